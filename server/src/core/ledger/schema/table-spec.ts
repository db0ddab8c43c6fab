import { createHash } from 'node:crypto';
import type { ColumnDef, LedgerDef } from './ledger.types.js';
import { storageField } from './define-ledger.js';

export type { ColumnSpec, DbType, IndexSpec, TableSpec } from './table-types.js';
import type { ColumnSpec, TableSpec } from './table-types.js';

/** Every ledger table has these, before its declared columns (ledger-store's BASE_COLUMNS). */
export const SYSTEM_COLUMNS: readonly ColumnSpec[] = [
  { name: 'id', type: 'int', nullable: false, primary: true },
  { name: 'version', type: 'int', nullable: false },
  { name: 'createdAt', type: 'datetime', nullable: false },
  { name: 'createdBy', type: 'int', nullable: true },
  { name: 'updatedAt', type: 'datetime', nullable: false },
  { name: 'updatedBy', type: 'int', nullable: true },
  { name: 'voidedAt', type: 'datetime', nullable: true },
  { name: 'voidReason', type: 'text', nullable: true },
];

const DEFAULT_LENGTH = { string: 255, enum: 20 } as const;

export function columnSpec(c: ColumnDef): ColumnSpec {
  const base = { name: storageField(c), nullable: c.nullable ?? !c.required, ...(c.dbUnique ? { unique: true } : {}) };
  switch (c.type) {
    case 'string':
      return { ...base, type: 'varchar', length: c.maxLength ?? DEFAULT_LENGTH.string };
    case 'enum':
      return { ...base, type: 'varchar', length: c.maxLength ?? DEFAULT_LENGTH.enum };
    case 'ref':
      return { ...base, type: 'int' };
    case 'bool':
      return { ...base, type: 'boolean' };
    default:
      return { ...base, type: c.type };
  }
}

/** `ix_<table>_<columns>`; past MySQL's 64 characters, cut and told apart by a hash of the whole name. */
export function indexName(table: string, columns: readonly string[]): string {
  const full = `ix_${table}_${columns.join('_')}`;
  return full.length <= 64 ? full : `${full.slice(0, 55)}_${createHash('sha1').update(full).digest('hex').slice(0, 8)}`;
}

/** The table a ledger declaration makes: system columns, declared columns in order, declared indexes. */
export function tableSpec(ledger: LedgerDef): TableSpec {
  return {
    name: ledger.table,
    columns: [...SYSTEM_COLUMNS, ...ledger.columns.map(columnSpec), ...(ledger.storageColumns ?? [])],
    indexes: (ledger.indexes ?? []).map((cols) => ({ name: indexName(ledger.table, cols), columns: [...cols] })),
  };
}
