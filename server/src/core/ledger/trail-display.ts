import type { DataSource } from 'typeorm';
import { formatDateTime } from './cell-format.js';
import { readKeys } from './ledger-store.js';
import type { ColumnDef } from './ledger.types.js';

const SYSTEM_LABELS: Record<string, string> = { voidedAt: '作废时间', voidReason: '作废原因', version: '版本' };

/** A trail value as the grid shows it: refs by their key, enums and flags in Chinese, times in China time. */
export function displayer(ds: DataSource): (col: ColumnDef | undefined, v: string | null) => Promise<string | null> {
  const keys = new Map<string, Map<number, string>>();
  return async (col, v) => {
    if (v === null || !col) return v;
    switch (col.type) {
      case 'ref': {
        const target = col.ref!.ledger();
        let m = keys.get(target.name);
        if (!m) keys.set(target.name, (m = new Map()));
        if (!m.has(Number(v))) for (const [id, k] of await readKeys(ds.manager, target, col.ref!.key, [Number(v)])) m.set(id, k);
        return m.get(Number(v)) ?? v;
      }
      case 'enum':
        return col.enum!.values[v]?.zh ?? v;
      case 'bool':
        return v === 'true' ? '是' : v === 'false' ? '否' : v;
      case 'datetime':
        return Number.isNaN(Date.parse(v)) ? v : formatDateTime(new Date(v));
      default:
        return v;
    }
  };
}


/** A trail field as a reader names it: the column's Chinese label, or the system column's. */
export function fieldLabel(col: ColumnDef | undefined, field: string | null): string | null {
  return field === null ? null : (col?.label.zh ?? SYSTEM_LABELS[field] ?? field);
}
