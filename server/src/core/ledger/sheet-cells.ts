import { BUSINESS_OFFSET_MS } from '../calendar/working-calendar.js';
import { fromSql } from '../db/sql-value.js';
import { cellFormatters, guardFormula, type Lang } from './cell-format.js';
import { BASE_COLUMNS } from './ledger-store.js';
import type { ColumnDef, LedgerDef } from './ledger.types.js';
import type { SheetCell } from './sheet-digest.js';

/** An instant as Excel shows it: China time on the face of the cell (Excel dates carry no zone). */
export const excelTime = (d: Date): Date => new Date(d.getTime() + BUSINESS_OFFSET_MS);
/** A calendar day as an Excel date. */
export const excelDay = (day: string): Date => new Date(`${day}T00:00:00Z`);
/** A stored instant (either driver's form) as an Excel date, or empty. */
export const excelTimeOf = (v: unknown): Date | null => (v === null || v === undefined ? null : excelTime(fromSql('datetime', v) as Date));

export const TIME_FMT = 'yyyy-mm-dd hh:mm:ss';
export const DAY_FMT = 'yyyy-mm-dd';

/** The number format of a column in a sheet: times and days as Excel dates. */
export function numFmtOf(col: ColumnDef | undefined): string | undefined {
  return col?.type === 'datetime' ? TIME_FMT : col?.type === 'date' ? DAY_FMT : undefined;
}

type RefKey = (col: ColumnDef, id: number) => string | undefined;

/**
 * A batch row's declared columns as sheet cells: times and days as Excel dates, numbers as numbers,
 * the rest as the grid shows it in `lang` (enum labels, refs by their keys), formulas defused.
 */
export function declaredCells(ledger: LedgerDef, lang: Lang): (row: unknown[], key: RefKey) => SheetCell[] {
  const formatters = cellFormatters(ledger, lang);
  const kinds = ledger.columns.map((c) => c.type);
  return (r, key) => {
    const cells: SheetCell[] = new Array(kinds.length);
    for (let i = 0; i < kinds.length; i++) {
      const raw = r[BASE_COLUMNS.length + i]; // a batch row: the system columns, then the declared ones
      const kind = kinds[i];
      if (raw === null || raw === undefined) cells[i] = null;
      else if (kind === 'datetime') cells[i] = excelTime(fromSql('datetime', raw) as Date);
      else if (kind === 'date') cells[i] = excelDay(fromSql('date', raw) as string);
      else if (kind === 'int' || kind === 'decimal') cells[i] = Number(raw);
      else cells[i] = guardFormula(formatters[i](r, key));
    }
    return cells;
  };
}
