import type ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { COLS, toRecord } from '../../audit/audit-record.js';
import { quoter } from '../../db/sql-value.js';
import { excelTime, paced, TIME_FMT } from './sheet-cells.js';
import type { LedgerDef } from '../schema/ledger.types.js';
import { SheetDigest } from './sheet-digest.js';
import { manifestSheet, type ManifestSheet } from './workbook-manifest.js';
import { readableEvents, type ReadableEvent } from '../trail/trail-display.js';

/** A sheet of trail entries (变更记录, 审计日志): one row per entry as a reader reads it, hashed for the manifest. */
export class TrailSheet {
  static readonly HEADER = ['序号', '时间', '用户', '操作', '台账', '记录', '字段', '原值', '新值', '原因'];
  readonly digest = new SheetDigest();
  private readonly sheet: ExcelJS.Worksheet;
  private readonly pace = paced();

  constructor(
    wb: ExcelJS.stream.xlsx.WorkbookWriter,
    readonly name: string,
  ) {
    this.sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    this.sheet.columns = TrailSheet.HEADER.map((h) => ({
      header: h,
      width: h === '原值' || h === '新值' ? 28 : 14,
      style: h === '时间' ? { numFmt: TIME_FMT } : {},
    }));
    this.digest.add(TrailSheet.HEADER);
  }

  async add(events: ReadableEvent[]): Promise<void> {
    for (const e of events) {
      const cells = [
        e.seq,
        excelTime(e.at),
        e.userName,
        e.actionLabel,
        e.ledgerLabel,
        e.record,
        e.fieldLabel,
        e.oldValue,
        e.newValue,
        e.reason,
      ];
      this.digest.add(cells);
      this.sheet.addRow(cells).commit();
      await this.pace();
    }
  }

  /** Ends the sheet; answers what the manifest lists for it. */
  commit(): ManifestSheet {
    this.sheet.commit();
    return manifestSheet(this.name, this.digest);
  }
}

/**
 * 变更记录: every audit event of the given records, ledger by ledger, oldest first — time, who, the
 * action and the field in Chinese, the record by its number, old and new as the grid shows them.
 */
export async function writeHistorySheet(
  ds: DataSource,
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  records: Array<{ ledger: LedgerDef; ids: number[] }>,
  users: Map<number, string>,
  role: string | null,
): Promise<ManifestSheet> {
  const q = quoter(ds);
  const sheet = new TrailSheet(wb, '变更记录');
  for (const { ledger, ids } of records) {
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows: Array<Record<string, unknown>> = await ds.query(
        `SELECT ${COLS.map(q).join(', ')} FROM ${q('audit_event')} WHERE ${q('entity')} = ? AND ${q('entityId')} IN (${chunk.map(() => '?').join(', ')}) ORDER BY ${q('seq')}`,
        [ledger.name, ...chunk],
      );
      await sheet.add(await readableEvents(ds, rows.map(toRecord), users, role));
    }
  }
  return sheet.commit();
}
