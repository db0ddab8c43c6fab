import type ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { quoter } from '../../db/sql-value.js';
import { keyedBatches } from './export.js';
import type { LedgerFilter } from '../query/filter-parser.js';
import type { LedgerDef } from '../schema/ledger.types.js';
import { declaredCells, excelTimeOf, numFmtOf, paced, TIME_FMT } from './sheet-cells.js';
import { excelSheetName, SheetDigest, type SheetCell } from './sheet-digest.js';

/** Who wrote what: user ids to display names, read once per workbook. */
export async function userNames(ds: DataSource): Promise<Map<number, string>> {
  const q = quoter(ds);
  const rows: Array<{ id: number; name: string }> = await ds.query(
    `SELECT ${q('id')} AS id, ${q('displayName')} AS name FROM ${q('app_user')}`,
  );
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
  ds: DataSource,
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  ledger: LedgerDef,
  filters: LedgerFilter[],
  name: string,
  users: Map<number, string>,
  role: string | null,
): Promise<LedgerSheet> {
  const sheet = wb.addWorksheet(excelSheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  const header = [
    'ID',
    ...ledger.columns.map((c) => c.label.zh),
    '录入时间',
    '录入人',
    '修改时间',
    '修改人',
    '版本',
    '作废时间',
    '作废原因',
  ];
  sheet.columns = header.map((h, i) => {
    const time = h === '录入时间' || h === '修改时间' || h === '作废时间';
    const numFmt = time ? TIME_FMT : numFmtOf(ledger.columns[i - 1]);
    return { header: h, width: 16, style: numFmt ? { numFmt } : {} };
  });
  const digest = new SheetDigest();
  digest.add(header);
  const declared = declaredCells(ledger, 'zh', role);
  const seen = new Set<number>();
  const pace = paced();
  const by = (v: unknown) => (v === null || v === undefined ? null : (users.get(Number(v)) ?? `#${String(v)}`));
  for (const filter of filters) {
    for await (const { rows: batch, key } of keyedBatches(ds, ledger, { filter, includeVoided: true })) {
      for (const r of batch) {
        const id = Number(r[0]);
        if (seen.has(id)) continue;
        seen.add(id);
        const cells = dossierRow(r, declared(r, key), by);
        digest.add(cells);
        sheet.addRow(cells).commit();
        await pace();
      }
    }
  }
  sheet.commit();
  return { ids: [...seen], digest };
}

/**
 * A batch row (the system columns, then the declared ones) as a dossier's ledger sheet writes it: ID,
 * the declared cells, who created and last changed it and when, the version, 作废 with its reason.
 */
export function dossierRow(r: unknown[], declared: SheetCell[], by: (userId: unknown) => string | null): SheetCell[] {
  return [
    Number(r[0]),
    ...declared,
    excelTimeOf(r[2]),
    by(r[3]),
    excelTimeOf(r[4]),
    by(r[5]),
    Number(r[1]),
    excelTimeOf(r[6]),
    (r[7] as string | null) ?? null,
  ];
}
