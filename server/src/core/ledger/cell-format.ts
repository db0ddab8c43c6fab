import { isMaskedFor, maskText } from './masking.js';
import { BUSINESS_OFFSET_MS } from '../calendar/working-calendar.js';
import { storageField } from './define-ledger.js';
import type { ColumnDef, LedgerDef } from './ledger.types.js';
import { storedColumns } from './ledger-store.js';
import { fromSql } from '../db/sql-value.js';

export { parseDelimited } from '../../../../common/delimited.js';

export type Lang = 'zh' | 'en';

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/** 'YYYY-MM-DD HH:mm:ss' in China time, as clerks read and type it (on the export hot path: no intermediate strings). */
export function formatDateTime(d: Date): string {
  const t = new Date(d.getTime() + BUSINESS_OFFSET_MS);
  return `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`;
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
export function cellFormatters(ledger: LedgerDef, lang: Lang, role: string | null = null): Array<(row: unknown[], refKey?: (col: ColumnDef, id: number) => string | undefined) => string> {
  const stored = storedColumns(ledger).map((c) => c.field);
  return ledger.columns.map((col) => {
    if (isMaskedFor(col, role)) {
      const i = stored.indexOf(storageField(col));
      return (row) => (row[i] == null ? '' : maskText(col.sensitive!.mask, String(row[i])));
    }
    const i = stored.indexOf(storageField(col));
    switch (col.type) {
      case 'datetime':
        return (row) => (row[i] == null ? '' : formatDateTime(fromSql('datetime', row[i]) as Date));
      case 'date':
        return (row) => (row[i] == null ? '' : (fromSql('date', row[i]) as string));
      case 'bool': {
        const [yes, no] = lang === 'zh' ? ['是', '否'] : ['yes', 'no'];
        return (row) => (row[i] == null ? '' : fromSql('bool', row[i]) ? yes : no);
      }
      case 'enum': {
        const labels = new Map(Object.entries(col.enum!.values).map(([k, l]) => [k, l[lang]]));
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
