import { columnByStored } from './define-ledger.js';
import type { ColumnDef, LedgerDef } from './ledger.types.js';

/** How a personal detail is shown to whoever may not read it. */
export type MaskKind = 'name' | 'phone' | 'email';

/** 王丽 → 王*, 欧阳娜娜 → 欧***; 13812345678 → 138****5678; zhang.li@example.com → z***@example.com. */
export function maskText(kind: MaskKind, v: string): string {
  const chars = [...v];
  if (!chars.length) return v;
  switch (kind) {
    case 'name':
      return chars[0] + '*'.repeat(Math.max(chars.length - 1, 1));
    case 'phone': {
      const keep = chars.length >= 11 ? [3, 4] : chars.length >= 7 ? [2, 2] : [0, 0];
      return (
        chars.slice(0, keep[0]).join('') +
        '*'.repeat(chars.length - keep[0] - keep[1]) +
        chars.slice(chars.length - keep[1]).join('')
      );
    }
    case 'email': {
      const at = v.indexOf('@');
      return at > 0 ? `${v[0]}***${v.slice(at)}` : '***';
    }
  }
}

/** Whether `role` sees this column masked (null: the system itself, which sees everything). */
export function isMaskedFor(col: ColumnDef | undefined, role: string | null): boolean {
  return !!col?.sensitive && role !== null && !col.sensitive.visibleTo.includes(role);
}

/** A value as `role` may read it. */
export function shownTo<T>(col: ColumnDef | undefined, role: string | null, v: T): T | string {
  return isMaskedFor(col, role) && typeof v === 'string' ? maskText(col!.sensitive!.mask, v) : v;
}

/** The column behind a stored field (a trail entry's), if declared. */
export const columnOfStored = columnByStored;

/** Whether `role` reads every masked column of a ledger (and so what carries their contents: a sensitive attachment). */
export function readsEveryMasked(ledger: Pick<LedgerDef, 'columns'>, role: string): boolean {
  return ledger.columns.every((c) => !c.sensitive || c.sensitive.visibleTo.includes(role));
}
