import type { DataSource, TableColumn } from 'typeorm';
import type { ColumnSpec, DbType, IndexSpec, TableSpec } from './table-spec.js';

/** The database's own names for the kinds the migrations write (SQLite and MySQL/MariaDB). */
const TYPE_ALIASES: Record<string, DbType> = {
  int: 'int',
  integer: 'int',
  bigint: 'bigint',
  varchar: 'varchar',
  'character varying': 'varchar',
  text: 'text',
  boolean: 'boolean',
  tinyint: 'boolean',
  datetime: 'datetime',
  date: 'date',
  decimal: 'decimal',
  numeric: 'decimal',
};

function columnOf(c: TableColumn): ColumnSpec {
  const type = TYPE_ALIASES[c.type.toLowerCase()] ?? (c.type as DbType);
  return {
    name: c.name,
    type,
    ...(type === 'varchar' ? { length: Number(c.length) } : {}),
    nullable: c.isNullable,
    ...(c.isUnique ? { unique: true } : {}),
    ...(c.isPrimary ? { primary: true } : {}),
  };
}

/** A table as the database has it, in the terms of TableSpec (columns in table order, indexes by name). */
export async function readTable(ds: DataSource, name: string): Promise<TableSpec | null> {
  const qr = ds.createQueryRunner();
  try {
    const t = await qr.getTable(name);
    if (!t) return null;
    const indexes: IndexSpec[] = t.indices
      .filter((i) => !i.isUnique && i.name?.startsWith('ix_'))
      .map((i) => ({ name: i.name!, columns: [...i.columnNames] }));
    return { name, columns: t.columns.map(columnOf), indexes };
  } finally {
    await qr.release();
  }
}

const describe = (c: ColumnSpec) =>
  `${c.type}${c.length ? `(${c.length})` : ''}${c.nullable ? ' NULL' : ' NOT NULL'}${c.unique ? ' UNIQUE' : ''}${c.primary ? ' PRIMARY' : ''}`;

/** Every difference between a declared table and the database's, in words; [] when they agree. */
export function tableDrift(declared: TableSpec, actual: TableSpec | null): string[] {
  if (!actual) return [`table ${declared.name} does not exist`];
  const out: string[] = [];
  const have = new Map(actual.columns.map((c) => [c.name, c]));
  for (const c of declared.columns) {
    const a = have.get(c.name);
    if (!a) out.push(`${declared.name}.${c.name}: declared ${describe(c)}, missing in the database`);
    else if (describe(a) !== describe(c))
      out.push(`${declared.name}.${c.name}: declared ${describe(c)}, database has ${describe(a)}`);
    have.delete(c.name);
  }
  for (const a of have.values()) out.push(`${declared.name}.${a.name}: in the database (${describe(a)}), not declared`);
  const idx = new Map(actual.indexes.map((i) => [i.name, i]));
  for (const i of declared.indexes) {
    const a = idx.get(i.name);
    if (!a) out.push(`${declared.name}: index ${i.name} (${i.columns.join(', ')}) declared, missing in the database`);
    else if (a.columns.join(',') !== i.columns.join(','))
      out.push(`${declared.name}: index ${i.name} is on (${a.columns.join(', ')}), declared (${i.columns.join(', ')})`);
    idx.delete(i.name);
  }
  for (const a of idx.values())
    out.push(`${declared.name}: index ${a.name} (${a.columns.join(', ')}) in the database, not declared`);
  return out;
}
