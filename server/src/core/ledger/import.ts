import ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { batchSave, type Actor, type SaveResult } from './batch-save.js';
import { parseDelimited } from './cell-format.js';
import type { CellError, ColumnDef, LedgerDef } from './ledger.types.js';

export interface ImportReport extends SaveResult {
  dryRun: boolean;
  rows: number;
}

/** Reads the first sheet of an XLSX file as text rows. */
export async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  const out: string[][] = [];
  sheet?.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let i = 1; i <= row.cellCount; i++) {
      const v = row.getCell(i).value;
      cells.push(v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : typeof v === 'object' && 'text' in v ? String(v.text) : String(v));
    }
    out.push(cells);
  });
  return out;
}

/** Maps header cells to columns by Chinese label, English label or field name. */
export function mapHeaders(ledger: LedgerDef, header: string[]): { columns: Array<ColumnDef | null>; errors: CellError[] } {
  const errors: CellError[] = [];
  const norm = (s: string) => s.trim().toLowerCase();
  const columns = header.map((h, i) => {
    const n = norm(h);
    if (n === '' || n === 'id') return null;
    const col = ledger.columns.find((c) => norm(c.label.zh) === n || norm(c.label.en) === n || norm(c.field) === n);
    if (!col) errors.push({ row: '1', field: h, code: 'UNKNOWN_HEADER', message: `第 ${i + 1} 列表头「${h}」不是本台账的列` });
    return col ?? null;
  });
  return { columns, errors };
}

/**
 * Imports a paper-era ledger (CSV or XLSX rows, first row headers) as new rows through the batch
 * save: a dry run reports every bad cell by line number and column; a real run writes all or nothing.
 * System-set columns (numbers, statuses) in the file are ignored.
 */
export async function importLedger(
  ds: DataSource,
  ledger: LedgerDef,
  actor: Actor,
  table: string[][],
  dryRun: boolean,
): Promise<ImportReport> {
  const [header = [], ...body] = table;
  const { columns, errors } = mapHeaders(ledger, header);
  const data = body.map((cells, i) => ({ line: i + 2, cells })).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (errors.length) return { ok: false, batchId: null, errors, conflicts: [], saved: [], dryRun, rows: data.length };
  const creates = data.map((r) => {
    const values: Record<string, unknown> = {};
    columns.forEach((col, i) => {
      if (col && (col.editableBy ?? ledger.writeRoles).includes(actor.role)) values[col.field] = r.cells[i] ?? '';
    });
    return { ref: String(r.line), values };
  });
  const res = await batchSave(ds, ledger, actor, { creates }, { dryRun, action: 'IMPORT' });
  return { ...res, dryRun, rows: data.length };
}

export function parseCsv(text: string): string[][] {
  return parseDelimited(text, text.split('\n', 1)[0].includes('\t') && !text.split('\n', 1)[0].includes(',') ? '\t' : ',');
}
