import type ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { BUSINESS_OFFSET_MS } from '../calendar/working-calendar.js';
import { fromSql, quoter } from '../db/sql-value.js';
import { cellFormatters, guardFormula } from './cell-format.js';
import { batches, refKeyReader } from './export.js';
import type { LedgerFilter } from './filter-parser.js';
import { BASE_COLUMNS } from './ledger-store.js';
import type { LedgerDef } from './ledger.types.js';
import { excelSheetName, SheetDigest, type SheetCell } from './sheet-digest.js';

/** An instant as Excel shows it: China time on the face of the cell (Excel dates carry no zone). */
export const excelTime = (d: Date): Date => new Date(d.getTime() + BUSINESS_OFFSET_MS);
/** A calendar day as an Excel date. */
export const excelDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

const TIME_FMT = 'yyyy-mm-dd hh:mm:ss';
const DAY_FMT = 'yyyy-mm-dd';

/** Who wrote what: user ids to display names, read once per workbook. */
export async function userNames(ds: DataSource): Promise<Map<number, string>> {
  const q = quoter(ds);
  const rows: Array<{ id: number; name: string }> = await ds.query(`SELECT ${q('id')} AS id, ${q('displayName')} AS name FROM ${q('app_user')}`);
  return new Map(rows.map((r) => [Number(r.id), r.name]));
}

export interface LedgerSheet {
  /** The ids of the rows written, for the sheets that follow them (their lines, their history). */
  ids: number[];
  digest: SheetDigest;
}

/**
 * One sheet of a workbook with the rows of a ledger that any of the list filters selects (each row
 * once, voided ones too): its columns as the grid shows them — numbers as numbers, times as Excel
 * dates — then who created and last changed it and when, the version, and 作废 with its reason.
 */
export async function writeLedgerSheet(
  ds: DataSource, wb: ExcelJS.stream.xlsx.WorkbookWriter, ledger: LedgerDef, filters: LedgerFilter[], name: string, users: Map<number, string>,
): Promise<LedgerSheet> {
  const sheet = wb.addWorksheet(excelSheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = ['ID', ...ledger.columns.map((c) => c.label.zh), '录入时间', '录入人', '修改时间', '修改人', '版本', '作废时间', '作废原因'];
  sheet.columns = header.map((h, i) => {
    const col = ledger.columns[i - 1];
    const time = h === '录入时间' || h === '修改时间' || h === '作废时间' || col?.type === 'datetime';
    return { header: h, width: 16, style: time ? { numFmt: TIME_FMT } : col?.type === 'date' ? { numFmt: DAY_FMT } : {} };
  });
  const digest = new SheetDigest();
  digest.add(header);
  const formatters = cellFormatters(ledger, 'zh');
  const refKeys = refKeyReader(ds, ledger);
  const seen = new Set<number>();
  const time = (v: unknown) => (v === null || v === undefined ? null : excelTime(fromSql('datetime', v) as Date));
  for (const filter of filters) {
    for await (const batch of batches(ds, ledger, { filter, includeVoided: true })) {
      const key = await refKeys(batch);
      for (const r of batch) {
        const id = Number(r[0]);
        if (seen.has(id)) continue;
        seen.add(id);
        const cells: SheetCell[] = [id];
        ledger.columns.forEach((c, i) => {
          const raw = r[BASE_COLUMNS.length + i]; // a batch row: the system columns, then the declared ones
          if (raw === null || raw === undefined) cells.push(null);
          else if (c.type === 'datetime') cells.push(time(raw));
          else if (c.type === 'date') cells.push(excelDay(fromSql('date', raw) as string));
          else if (c.type === 'int' || c.type === 'decimal') cells.push(Number(raw));
          else cells.push(guardFormula(formatters[i](r, key)));
        });
        const by = (v: unknown) => (v === null || v === undefined ? null : (users.get(Number(v)) ?? `#${String(v)}`));
        cells.push(time(r[2]), by(r[3]), time(r[4]), by(r[5]), Number(r[1]), time(r[6]), (r[7] as string | null) ?? null);
        digest.add(cells);
        sheet.addRow(cells).commit();
      }
    }
  }
  sheet.commit();
  return { ids: [...seen], digest };
}
