import { isMaskedFor, maskText } from '../schema/masking.js';
import { BUSINESS_OFFSET_MS } from '../../calendar/working-calendar.js';
import { enumOf, storageField } from '../schema/define-ledger.js';
import type { ColumnDef, LedgerDef } from '../schema/ledger.types.js';
import { storedColumns } from './ledger-store.js';
import { fromSql } from '../../db/sql-value.js';

export { parseDelimited } from '../../../../../common/delimited.js';

export type Lang = 'zh' | 'en';

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

const HOUR_MS = 3_600_000;
/** 'YYYY-MM-DD HH' in China time of each hour met: an export's times fall in a few thousand distinct hours. */
const hourText = new Map<number, string>();

/** 'YYYY-MM-DD HH:mm:ss' in China time, as clerks read and type it (on the export hot path: the hour's text is reused). */
export function formatDateTime(d: Date): string {
  const ms = d.getTime() + BUSINESS_OFFSET_MS;
  const hour = Math.floor(ms / HOUR_MS);
  let head = hourText.get(hour);
  if (head === undefined) {
    const t = new Date(hour * HOUR_MS);
    head = `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${two(t.getUTCHours())}`;
    if (hourText.size > 100_000) hourText.clear();
    hourText.set(hour, head);
  }
  const inHour = ms - hour * HOUR_MS;
  return `${head}:${two(Math.floor(inHour / 60_000))}:${two(Math.floor(inHour / 1000) % 60)}`;
}

/** China-time 'YYYY-MM-DD HH' of each UTC hour met in the drivers' text times, by the hour's digits as a number (YYYYMMDDHH). */
const textHour = new Map<number, string>();

/** The digits of a stored time's UTC hour as one number: YYYYMMDDHH (a number key is found 2× faster than the text's). */
function hourDigits(v: string): number {
  const d = (i: number) => v.charCodeAt(i) - 48;
  return (
    (((d(0) * 10 + d(1)) * 10 + d(2)) * 10 + d(3)) * 1_000_000 +
    (d(5) * 10 + d(6)) * 10_000 +
    (d(8) * 10 + d(9)) * 100 +
    d(11) * 10 +
    d(12)
  );
}

/**
 * A stored time as `formatDateTime` writes it, from either driver's form. The drivers' UTC text
 * ('YYYY-MM-DD HH:MM:SS[.SSS]') is shifted by its hour's text alone, without a Date per cell: China
 * time is a whole number of hours from UTC, so minutes and seconds carry over as they are.
 */
export function formatStoredDateTime(v: unknown): string {
  if (typeof v === 'string' && v.length >= 19 && v.charCodeAt(10) === 32 && v.charCodeAt(13) === 58) {
    const key = hourDigits(v);
    let head = textHour.get(key);
    if (head === undefined) {
      head = formatDateTime(new Date(`${v.slice(0, 10)}T${v.slice(11, 13)}:00:00Z`)).slice(0, 13);
      if (textHour.size > 100_000) textHour.clear();
      textHour.set(key, head);
    }
    return head + v.slice(13, 19);
  }
  return formatDateTime(fromSql('datetime', v) as Date);
}

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

export function guardFormula(s: string): string {
  return s.length && FORMULA_START.has(s[0]) ? `'${s}` : s;
}

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * One formatter per declared column over a stored-column array (as the export reads rows), decided
 * once per export rather than per cell. Accepts both drivers' raw forms (Date or text times, 0/1 or
 * boolean flags, decimal strings).
 */
export function cellFormatters(
  ledger: LedgerDef,
  lang: Lang,
  role: string | null = null,
): Array<(row: unknown[], refKey?: (col: ColumnDef, id: number) => string | undefined) => string> {
  const stored = storedColumns(ledger).map((c) => c.field);
  return ledger.columns.map((col) => {
    if (isMaskedFor(col, role)) {
      const i = stored.indexOf(storageField(col));
      return (row) => (row[i] == null ? '' : maskText(col.sensitive!.mask, String(row[i])));
    }
    const i = stored.indexOf(storageField(col));
    switch (col.type) {
      case 'datetime':
        return (row) => (row[i] == null ? '' : formatStoredDateTime(row[i]));
      case 'date':
        return (row) => (row[i] == null ? '' : (fromSql('date', row[i]) as string));
      case 'bool': {
        const [yes, no] = lang === 'zh' ? ['是', '否'] : ['yes', 'no'];
        return (row) => (row[i] == null ? '' : fromSql('bool', row[i]) ? yes : no);
      }
      case 'enum': {
        const labels = new Map(Object.entries(enumOf(col).values).map(([k, l]) => [k, l[lang]]));
        return (row) => (row[i] == null ? '' : (labels.get(String(row[i])) ?? String(row[i])));
      }
      case 'ref':
        return (row, refKey) => (row[i] == null ? '' : (refKey?.(col, Number(row[i])) ?? String(row[i])));
      case 'decimal':
        return (row) => (row[i] == null ? '' : String(Number(row[i])));
      default:
        return (row) => (row[i] == null ? '' : String(row[i]));
    }
  });
}

type CellFormatter = ReturnType<typeof cellFormatters>[number];

const csvText = (s: string) => csvField(guardFormula(s));

/**
 * A cell's text kept by the stored value at `at` (an enum's code, a reference's id), worked out once
 * each. Bounded: a value met once (a unit's archive) is not worth keeping long.
 */
export function keptByValue<K>(
  at: number,
  cell: (row: unknown[], key: K) => string,
): (row: unknown[], key: K) => string {
  const kept = new Map<unknown, string>();
  return (row, key) => {
    const v = row[at];
    let text = kept.get(v);
    if (text === undefined) {
      text = cell(row, key);
      if (kept.size > 20_000) kept.clear();
      kept.set(v, text);
    }
    return text;
  };
}

/**
 * The CSV text of each declared column, formula-guarded and quoted only where the column's type can
 * need it: times, days, yes/no and numbers never do (a negative number stays a number), labels and keys once each.
 */
export function csvCellFormatters(ledger: LedgerDef, lang: Lang, role: string | null = null): CellFormatter[] {
  const plain = cellFormatters(ledger, lang, role);
  const stored = storedColumns(ledger).map((c) => c.field);
  return ledger.columns.map((col, j) => {
    const f = plain[j];
    if (isMaskedFor(col, role)) return (row, key) => csvText(f(row, key));
    switch (col.type) {
      // a number column holds only what the number formatter wrote (-5, 1234.50): a spreadsheet reads
      // -5 as the number it is, and no formula can hide in it, so only text cells are guarded
      case 'datetime':
      case 'date':
      case 'bool':
      case 'int':
      case 'decimal':
        return f;
      case 'enum': {
        // one lookup a cell, of the stored value: the label comes quoted and guarded already
        const at = stored.indexOf(storageField(col));
        const labels = new Map(Object.entries(enumOf(col).values).map(([k, l]) => [k, csvText(l[lang])]));
        return (row) => {
          const v = row[at];
          if (v === null || v === undefined) return '';
          const s = String(v);
          return labels.get(s) ?? csvText(s);
        };
      }
      case 'ref':
        // a reference's CSV text by its id: ids repeat row after row
        return keptByValue(stored.indexOf(storageField(col)), (row, key) => csvText(f(row, key)));
      default:
        return (row, key) => csvText(f(row, key));
    }
  });
}
