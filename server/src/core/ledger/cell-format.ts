import { BUSINESS_OFFSET_MS } from '../calendar/working-calendar.js';
import { storageField } from './define-ledger.js';
import type { ColumnDef, Row } from './ledger.types.js';

export { parseDelimited } from './delimited.js';

export type Lang = 'zh' | 'en';

/** 'YYYY-MM-DD HH:mm:ss' in China time, as clerks read and type it. */
export function formatDateTime(d: Date): string {
  return new Date(d.getTime() + BUSINESS_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

/**
 * A cell as text for export and copy: enums by label, yes/no, local times, refs by their key
 * (looked up by the caller). Import reads every one of these forms back.
 */
export function formatCell(col: ColumnDef, row: Row, lang: Lang, refKey?: (col: ColumnDef, id: number) => string | undefined): string {
  const v = row[storageField(col)];
  if (v === null || v === undefined) return '';
  switch (col.type) {
    case 'datetime':
      return formatDateTime(v as Date);
    case 'bool':
      return v ? (lang === 'zh' ? '是' : 'yes') : lang === 'zh' ? '否' : 'no';
    case 'enum':
      return col.enum!.values[String(v)]?.[lang] ?? String(v);
    case 'ref':
      return refKey?.(col, v as number) ?? String(v);
    default:
      return String(v);
  }
}

/** Cells Excel would run as a formula get a leading apostrophe. */
export function guardFormula(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

