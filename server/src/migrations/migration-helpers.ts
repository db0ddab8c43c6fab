import { Table, TableIndex, type TableColumnOptions } from 'typeorm';

/** Compact column spec for migrations: name, kind, options. Frozen in each migration, never derived. */
type Kind = 'id' | 'int' | 'bigint' | 'string' | 'text' | 'bool' | 'datetime' | 'date' | 'decimal' | 'hash';

export function col(name: string, kind: Kind, opts: { length?: number; nullable?: boolean; unique?: boolean; primary?: boolean; default?: unknown } = {}): TableColumnOptions {
  const base: TableColumnOptions = { name, type: 'int', isNullable: opts.nullable ?? false, isUnique: opts.unique, isPrimary: opts.primary, default: opts.default };
  switch (kind) {
    case 'id':
      return { ...base, type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
    case 'int':
      return { ...base, type: 'int' };
    case 'bigint':
      return { ...base, type: 'bigint' };
    case 'string':
      return { ...base, type: 'varchar', length: String(opts.length ?? 255) };
    case 'hash':
      return { ...base, type: 'char', length: '64' };
    case 'text':
      return { ...base, type: 'text' };
    case 'bool':
      return { ...base, type: 'boolean' };
    case 'datetime':
      return { ...base, type: 'datetime', precision: 3 };
    case 'date':
      return { ...base, type: 'date' };
    case 'decimal':
      return { ...base, type: 'decimal', precision: 14, scale: 2 };
  }
}

/** System columns of every ledger table (see core/ledger/ledger-store.ts BASE_COLUMNS). */
export function ledgerSystemColumns(): TableColumnOptions[] {
  return [
    col('id', 'id'),
    col('version', 'int'),
    col('createdAt', 'datetime'),
    col('createdBy', 'int', { nullable: true }),
    col('updatedAt', 'datetime'),
    col('updatedBy', 'int', { nullable: true }),
    col('voidedAt', 'datetime', { nullable: true }),
    col('voidReason', 'text', { nullable: true }),
  ];
}

export function table(name: string, columns: TableColumnOptions[], indexed: string[][] = []): Table {
  return new Table({
    name,
    columns,
    indices: indexed.map((cols) => new TableIndex({ name: `ix_${name}_${cols.join('_')}`, columnNames: cols })),
  });
}
