import { Table, TableColumn, TableIndex, type QueryRunner, type TableColumnOptions } from 'typeorm';
import type { SchemaStep } from '../core/ledger/schema/table-diff.js';
import type { ColumnSpec } from '../core/ledger/schema/table-spec.js';

/** Compact column spec for migrations: name, kind, options. Frozen in each migration, never derived. */
type Kind = 'id' | 'int' | 'bigint' | 'string' | 'text' | 'bool' | 'datetime' | 'date' | 'decimal' | 'hash';

export function col(
  name: string,
  kind: Kind,
  opts: { length?: number; nullable?: boolean; unique?: boolean; primary?: boolean; default?: unknown } = {},
): TableColumnOptions {
  const base: TableColumnOptions = {
    name,
    type: 'int',
    isNullable: opts.nullable ?? false,
    isUnique: opts.unique,
    isPrimary: opts.primary,
    default: opts.default,
  };
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

/** System columns of every ledger table (see core/ledger/query/ledger-store.ts BASE_COLUMNS). */
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

/** A declared column (core/ledger/schema/table-spec.ts) as the Table API takes it; the same kinds as `col`. */
export function specColumn(c: ColumnSpec): TableColumnOptions {
  if (c.primary && c.name === 'id') return col('id', 'id');
  const kind = (
    {
      int: 'int',
      bigint: 'bigint',
      varchar: 'string',
      text: 'text',
      boolean: 'bool',
      datetime: 'datetime',
      date: 'date',
      decimal: 'decimal',
    } as const
  )[c.type];
  return col(c.name, kind, { length: c.length, nullable: c.nullable, unique: c.unique, primary: c.primary });
}

/** Replays generated schema steps (`npm run migration:new`) with the Table API, on SQLite and MySQL alike. */
export async function runSteps(qr: QueryRunner, steps: readonly SchemaStep[]): Promise<void> {
  for (const s of steps) {
    switch (s.op) {
      case 'createTable':
        await qr.createTable(
          new Table({
            name: s.table.name,
            columns: s.table.columns.map(specColumn),
            indices: s.table.indexes.map((i) => new TableIndex({ name: i.name, columnNames: i.columns })),
          }),
        );
        break;
      case 'dropTable':
        await qr.dropTable(s.table.name);
        break;
      case 'addColumn':
        await qr.addColumn(s.table, new TableColumn(specColumn(s.column)));
        break;
      case 'dropColumn':
        await qr.dropColumn(s.table, s.column.name);
        break;
      case 'changeColumn':
        await qr.changeColumn(s.table, s.from.name, new TableColumn(specColumn(s.to)));
        break;
      case 'createIndex':
        await qr.createIndex(s.table, new TableIndex({ name: s.index.name, columnNames: s.index.columns }));
        break;
      case 'dropIndex':
        await qr.dropIndex(s.table, s.index.name);
        break;
    }
  }
}
