import type { DataSource } from 'typeorm';
import { dbKind } from './data-source.js';

/** A quoter for table and column names in the data source's dialect (`name` / "name"). */
export function quoter(ds: DataSource): (name: string) => string {
  return (name) => ds.driver.escape(name);
}

import type { StorageType } from '../../../../common/cell-types.js';

export type { StorageType };

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

/** UTC 'YYYY-MM-DD HH:MM:SS.SSS', the form TypeORM writes datetimes to SQLite in. */
export function sqliteDateTime(d: Date): string {
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(
    d.getUTCMinutes(),
  )}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}`;
}

/**
 * Turns a value into a bound SQL parameter for a raw query or a query-builder condition.
 * TypeORM converts entity values on save, but not parameters of hand-written conditions.
 */
export function toSqlParam(ds: DataSource, type: StorageType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  const sqlite = dbKind(ds) === 'sqlite';
  if (type === 'datetime') {
    const d = value instanceof Date ? value : new Date(String(value));
    return sqlite ? sqliteDateTime(d) : d;
  }
  if (type === 'bool') return value ? 1 : 0;
  return value;
}

/** Normalises a value read back from either database into its JS form. */
export function fromSql(type: StorageType, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'datetime':
      if (value instanceof Date) return value;
      return new Date(String(value).replace(' ', 'T') + (String(value).endsWith('Z') ? '' : 'Z'));
    case 'bool':
      return value === true || value === 1 || value === '1';
    case 'int':
      return Number(value);
    case 'decimal':
      return Number(value);
    case 'date':
      if (value instanceof Date) return value.toISOString().slice(0, 10);
      return String(value).slice(0, 10);
    default:
      return value;
  }
}
