import type ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { COLS, toRecord } from '../audit/audit-record.js';
import { quoter } from '../db/sql-value.js';
import { excelTime } from './ledger-sheet.js';
import type { LedgerDef } from './ledger.types.js';
import { SheetDigest } from './sheet-digest.js';
import { readableEvents } from './trail-display.js';

/**
 * 变更记录: every audit event of the given records, ledger by ledger, oldest first — time, who, the
 * action and the field in Chinese, the record by its number, old and new as the grid shows them.
 */
export async function writeHistorySheet(
  ds: DataSource, wb: ExcelJS.stream.xlsx.WorkbookWriter, records: Array<{ ledger: LedgerDef; ids: number[] }>, users: Map<number, string>,
): Promise<SheetDigest> {
  const q = quoter(ds);
  const header = ['序号', '时间', '用户', '操作', '台账', '记录', '字段', '原值', '新值', '原因'];
  const sheet = wb.addWorksheet('变更记录', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ header: h, width: h === '原值' || h === '新值' ? 28 : 14, style: h === '时间' ? { numFmt: 'yyyy-mm-dd hh:mm:ss' } : {} }));
  const digest = new SheetDigest();
  digest.add(header);
  for (const { ledger, ids } of records) {
    for (let i = 0; i < ids.length; i += 500) {
      const chunk = ids.slice(i, i + 500);
      const rows: Array<Record<string, unknown>> = await ds.query(
        `SELECT ${COLS.map(q).join(', ')} FROM ${q('audit_event')} WHERE ${q('entity')} = ? AND ${q('entityId')} IN (${chunk.map(() => '?').join(', ')}) ORDER BY ${q('seq')}`,
        [ledger.name, ...chunk]);
      for (const e of await readableEvents(ds, rows.map(toRecord), users)) {
        const cells = [e.seq, excelTime(e.at), e.userName, e.actionLabel, e.ledgerLabel, e.record, e.fieldLabel, e.oldValue, e.newValue, e.reason];
        digest.add(cells);
        sheet.addRow(cells).commit();
      }
    }
  }
  sheet.commit();
  return digest;
}
