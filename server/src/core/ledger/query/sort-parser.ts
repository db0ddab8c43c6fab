import { roleLabel } from '../schema/permissions.js';
import type { DataSource } from 'typeorm';
import { fromSql, toSqlParam, type StorageType } from '../../db/sql-value.js';
import { storageField } from '../schema/define-ledger.js';
import { LedgerInputError } from '../schema/ledger-input-error.js';
import { quote, storageType } from './ledger-store.js';
import type { LedgerDef, Row } from '../schema/ledger.types.js';
import { isMaskedFor } from '../schema/masking.js';

export type SortDirection = 'ASC' | 'DESC';

export interface SortKey {
  field: string;
  direction: SortDirection;
}

export interface ResolvedSortKey extends SortKey {
  type: StorageType;
  /** Required columns never hold NULL, so their keyset condition can stay index-friendly. */
  nullable: boolean;
}

/** Sortable keys: system times, id, and declared sortable columns (refs sort by `<field>Id`). */
export function sortableFields(ledger: LedgerDef): Map<string, { type: StorageType; nullable: boolean }> {
  const m = new Map<string, { type: StorageType; nullable: boolean }>([
    ['id', { type: 'int', nullable: false }],
    ['createdAt', { type: 'datetime', nullable: false }],
    ['updatedAt', { type: 'datetime', nullable: false }],
  ]);
  for (const c of ledger.columns) {
    if (c.sortable !== false && c.type !== 'text')
      m.set(storageField(c), { type: storageType(c), nullable: !c.required });
  }
  return m;
}

/**
 * Validates the requested order and appends `id` as the tie-breaker, so paging is stable. A sort on a
 * personal detail `role` may not read is refused (it would tell the value by its place); absent: the system.
 */
export function parseSort(
  ledger: LedgerDef,
  orderBy: SortKey[] | null | undefined,
  role: string | null = null,
): ResolvedSortKey[] {
  const allowed = sortableFields(ledger);
  const keys: ResolvedSortKey[] = [];
  for (const [i, k] of (orderBy ?? []).entries()) {
    const declared = ledger.columns.find((c) => c.field === k.field || storageField(c) === k.field);
    if (isMaskedFor(declared, role))
      throw new LedgerInputError(
        'orderBy',
        'MASKED_FIELD',
        `「${roleLabel(role ?? '')}」角色不能按「${declared!.label.zh}」排序`,
      );
    const spec = allowed.get(k.field);
    if (!spec) throw new LedgerInputError(`orderBy[${i}].field`, 'UNKNOWN_FIELD', `orderBy: 不可排序的列 ${k.field}`);
    if (k.direction !== 'ASC' && k.direction !== 'DESC') {
      throw new LedgerInputError(`orderBy[${i}].direction`, 'INVALID', 'orderBy: direction must be ASC or DESC');
    }
    if (keys.some((x) => x.field === k.field)) continue;
    keys.push({ field: k.field, direction: k.direction, ...spec });
    if (k.field === 'id') return keys;
  }
  if (keys.length > 3) throw new LedgerInputError('orderBy', 'TOO_MANY', 'orderBy: 最多 3 个排序列');
  // id runs the same way as the last key, so (key, id) is one index walked forwards or backwards:
  // MySQL cannot use an index for mixed directions and would sort the whole table for every page
  keys.push({ field: 'id', direction: keys.at(-1)?.direction ?? 'ASC', type: 'int', nullable: false });
  return keys;
}

export function orderBySql(ds: DataSource, keys: ResolvedSortKey[]): string {
  return keys.map((k) => `t.${quote(ds, k.field)} ${k.direction}`).join(', ');
}

/** Opaque cursor: the sort keys' values of the last row, base64url JSON. */
export function encodeCursor(keys: ResolvedSortKey[], row: Row): string {
  const values = keys.map((k) => {
    const v = row[k.field];
    return v instanceof Date ? v.toISOString() : (v ?? null);
  });
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

/** Longest cursor accepted: three keys of long text and an id fit with room to spare. */
const MAX_CURSOR_LENGTH = 4096;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real instant, written as encodeCursor writes it (V8 reads 2026-02-30 as March 2nd). */
function isoRoundTrips(v: string): boolean {
  const t = Date.parse(v);
  return !Number.isNaN(t) && new Date(t).toISOString() === (v.includes('.') ? v : v.replace('Z', '.000Z'));
}

/** Whether a decoded cursor value can be a value of a sort key of this type. */
function fitsKey(key: ResolvedSortKey, v: unknown): boolean {
  if (v === null) return key.nullable;
  switch (key.type) {
    case 'int':
      return Number.isSafeInteger(v);
    case 'decimal':
      return typeof v === 'number' && Number.isFinite(v);
    case 'bool':
      return typeof v === 'boolean' || v === 0 || v === 1;
    case 'date':
      return typeof v === 'string' && ISO_DATE.test(v) && isoRoundTrips(`${v}T00:00:00.000Z`);
    case 'datetime':
      return typeof v === 'string' && ISO_INSTANT.test(v) && isoRoundTrips(v);
    default:
      return typeof v === 'string' && v.length <= MAX_CURSOR_LENGTH;
  }
}

/** The sort keys' values a cursor carries; anything that is not exactly that is BAD_USER_INPUT on `after`. */
export function decodeCursor(keys: ResolvedSortKey[], cursor: string): unknown[] {
  const invalid = () =>
    new LedgerInputError('after', 'INVALID_CURSOR', 'after: 游标无效或与排序不符 (cursor does not match this order)');
  if (cursor.length > MAX_CURSOR_LENGTH || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw invalid();
  let values: unknown;
  try {
    values = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(values) || values.length !== keys.length || !values.every((v, i) => fitsKey(keys[i], v)))
    throw invalid();
  return values.map((v, i) => fromSql(keys[i].type, v));
}

/**
 * Rows strictly after the cursor in the given order, written as OR-expanded comparisons
 * (`a > x OR (a = x AND id > y)`) because MySQL does not use an index for row-value comparisons.
 * NULLs sort first ascending and last descending on both MySQL and SQLite.
 */
export function keysetCondition(
  ds: DataSource,
  keys: ResolvedSortKey[],
  values: unknown[],
): { sql: string; params: unknown[] } {
  const ors: string[] = [];
  const params: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const parts: string[] = [];
    const p: unknown[] = [];
    for (let j = 0; j < i; j++) {
      const c = `t.${quote(ds, keys[j].field)}`;
      if (values[j] === null) parts.push(`${c} IS NULL`);
      else {
        parts.push(`${c} = ?`);
        p.push(toSqlParam(ds, keys[j].type, values[j]));
      }
    }
    const c = `t.${quote(ds, keys[i].field)}`;
    const v = values[i];
    const asc = keys[i].direction === 'ASC';
    if (v === null) {
      if (!asc) continue; // nothing sorts after NULL descending but more NULLs (ties)
      parts.push(`${c} IS NOT NULL`);
    } else if (asc) {
      parts.push(`${c} > ?`);
      p.push(toSqlParam(ds, keys[i].type, v));
    } else {
      parts.push(keys[i].nullable ? `(${c} < ? OR ${c} IS NULL)` : `${c} < ?`);
      p.push(toSqlParam(ds, keys[i].type, v));
    }
    ors.push(parts.length > 1 ? `(${parts.join(' AND ')})` : parts[0]);
    params.push(...p);
  }
  if (!ors.length) return { sql: '1 = 0', params };
  // the OR terms alone are not a seek on SQLite, nor a range on MariaDB behind an equality filter: a
  // redundant bound on the first key (`a <= x` descending) lets both start the index walk at the cursor
  const bound = leadingBound(ds, keys[0], values[0]);
  return bound
    ? { sql: `${bound.sql} AND (${ors.join(' OR ')})`, params: [...bound.params, ...params] }
    : { sql: `(${ors.join(' OR ')})`, params };
}

/** `a >= x` (ascending) or `a <= x` (descending, non-null column): implied by the keyset condition, usable as an index range. */
function leadingBound(ds: DataSource, key: ResolvedSortKey, value: unknown): { sql: string; params: unknown[] } | null {
  if (value === null || (key.direction === 'DESC' && key.nullable)) return null; // NULLs sort last descending: no single range
  return {
    sql: `t.${quote(ds, key.field)} ${key.direction === 'ASC' ? '>=' : '<='} ?`,
    params: [toSqlParam(ds, key.type, value)],
  };
}
