import type { DataSource, EntityManager } from 'typeorm';
import { fromSql, quoter, toSqlParam, type StorageType } from '../../db/sql-value.js';
import { forUpdate } from '../../db/transaction.js';
import { storageField } from '../schema/define-ledger.js';
import type { ColumnDef, LedgerDef, Row } from '../schema/ledger.types.js';

/** System columns every ledger table has, besides its declared ones. */
export const BASE_COLUMNS: ReadonlyArray<{ field: string; type: StorageType }> = [
  { field: 'id', type: 'int' },
  { field: 'version', type: 'int' },
  { field: 'createdAt', type: 'datetime' },
  { field: 'createdBy', type: 'int' },
  { field: 'updatedAt', type: 'datetime' },
  { field: 'updatedBy', type: 'int' },
  { field: 'voidedAt', type: 'datetime' },
  { field: 'voidReason', type: 'text' },
];

export function storageType(c: ColumnDef): StorageType {
  if (c.type === 'enum') return 'string';
  if (c.type === 'ref') return 'int';
  return c.type;
}

interface StoredColumn {
  field: string;
  type: StorageType;
}

const storedCache = new WeakMap<LedgerDef, StoredColumn[]>();

/** Every stored column of a ledger: system columns, then declared ones (refs as `<field>Id`). */
export function storedColumns(ledger: LedgerDef): StoredColumn[] {
  let cols = storedCache.get(ledger);
  if (!cols) {
    cols = [...BASE_COLUMNS, ...ledger.columns.map((c) => ({ field: storageField(c), type: storageType(c) }))];
    storedCache.set(ledger, cols);
  }
  return cols;
}

export function quote(ds: DataSource, name: string): string {
  return quoter(ds)(name);
}

/** The stored columns a statement selects: all of them, or `only` (id and version always). */
function selected(ledger: LedgerDef, only?: ReadonlySet<string> | null): StoredColumn[] {
  const all = storedColumns(ledger);
  return only ? all.filter((c) => c.field === 'id' || c.field === 'version' || only.has(c.field)) : all;
}

export function selectList(ds: DataSource, ledger: LedgerDef, alias = 't', only?: ReadonlySet<string> | null): string {
  return selected(ledger, only)
    .map((c) => `${alias}.${quote(ds, c.field)}`)
    .join(', ');
}

const typeCache = new WeakMap<LedgerDef, Map<string, StoredColumn['type']>>();

/** A row from its stored values; a column the statement did not select stays absent. */
export function hydrate(ledger: LedgerDef, raw: Record<string, unknown>): Row {
  let types = typeCache.get(ledger);
  if (!types) typeCache.set(ledger, (types = new Map(storedColumns(ledger).map((c) => [c.field, c.type]))));
  // the statement's columns (a page selects a dozen of sixty), in its order, which is the declared one
  const row: Record<string, unknown> = {};
  for (const field in raw) {
    const type = types.get(field);
    if (type !== undefined) row[field] = fromSql(type, raw[field]);
  }
  return row as Row;
}

/**
 * Rows whose `field` is one of `values`, read 1,000 values per statement, each statement's rows by
 * id (the same order on every engine); `extra` adds conditions.
 */
async function readIn(
  em: EntityManager,
  ledger: LedgerDef,
  field: string,
  values: readonly unknown[],
  extra: string,
  suffix = '',
  only?: ReadonlySet<string> | null,
): Promise<Row[]> {
  const ds = em.connection;
  const out: Row[] = [];
  for (let i = 0; i < values.length; i += 1000) {
    const chunk = values.slice(i, i + 1000);
    const raw: Record<string, unknown>[] = await em.query(
      `SELECT ${selectList(ds, ledger, 't', only)} FROM ${quote(ds, ledger.table)} t WHERE t.${quote(ds, field)} IN (${chunk.map(() => '?').join(',')})${extra} ORDER BY t.${quote(ds, 'id')}${suffix}`,
      chunk,
    );
    for (const r of raw) out.push(hydrate(ledger, r));
  }
  return out;
}

/** The human key (`code`, `serialNo`…) of each id, reading only those two columns, 1,000 ids per statement. */
export async function readKeys(
  em: EntityManager,
  ledger: LedgerDef,
  keyField: string,
  ids: readonly number[],
): Promise<Map<number, string>> {
  const ds = em.connection;
  const out = new Map<number, string>();
  for (let i = 0; i < ids.length; i += 1000) {
    const chunk = ids.slice(i, i + 1000);
    const found: Array<{ id: number; k: unknown }> = await em.query(
      `SELECT ${quote(ds, 'id')} AS id, ${quote(ds, keyField)} AS k FROM ${quote(ds, ledger.table)} WHERE ${quote(ds, 'id')} IN (${chunk.map(() => '?').join(',')})`,
      chunk,
    );
    for (const f of found) out.set(Number(f.id), String(f.k));
  }
  return out;
}

/** Rows by id, in id order; `lock` takes row locks for the rest of the transaction. */
export function findByIds(em: EntityManager, ledger: LedgerDef, ids: readonly number[], lock = false): Promise<Row[]> {
  return readIn(em, ledger, 'id', ids, '', lock ? forUpdate(em.connection) : '');
}

/** Rows by id with only the `only` columns (and id, version): what a GraphQL selection asks of a referenced row. */
export function findColumnsByIds(
  em: EntityManager,
  ledger: LedgerDef,
  ids: readonly number[],
  only: ReadonlySet<string>,
): Promise<Row[]> {
  return readIn(em, ledger, 'id', ids, '', '', only);
}

/** Rows whose `field` is one of `values` (e.g. customers by code), non-voided only. */
export function findByField(
  em: EntityManager,
  ledger: LedgerDef,
  field: string,
  values: readonly unknown[],
): Promise<Row[]> {
  return readIn(em, ledger, field, values, ` AND t.${quote(em.connection, 'voidedAt')} IS NULL`);
}

function paramFor(ds: DataSource, ledger: LedgerDef, field: string, value: unknown): unknown {
  const col = storedColumns(ledger).find((c) => c.field === field);
  return toSqlParam(ds, col?.type ?? 'string', value);
}

/** Inserts one row and answers its new id. */
export async function insertRow(
  em: EntityManager,
  ledger: LedgerDef,
  values: Record<string, unknown>,
): Promise<number> {
  const ds = em.connection;
  const fields = Object.keys(values);
  const sql = `INSERT INTO ${quote(ds, ledger.table)} (${fields.map((f) => quote(ds, f)).join(', ')}) VALUES (${fields
    .map(() => '?')
    .join(', ')})`;
  const params = fields.map((f) => paramFor(ds, ledger, f, values[f]));
  const result = await em.queryRunner!.query(sql, params, true);
  const raw = result.raw as { insertId?: number; lastInsertRowid?: number | bigint } | number;
  if (typeof raw === 'number') return raw;
  return Number(raw.insertId ?? raw.lastInsertRowid);
}

/** Updates one row if its version still matches; answers whether it did. Bumps the version. */
export async function updateRow(
  em: EntityManager,
  ledger: LedgerDef,
  id: number,
  expectedVersion: number,
  values: Record<string, unknown>,
): Promise<boolean> {
  const ds = em.connection;
  const fields = Object.keys(values);
  const sets = [...fields.map((f) => `${quote(ds, f)} = ?`), `${quote(ds, 'version')} = ${quote(ds, 'version')} + 1`];
  const sql = `UPDATE ${quote(ds, ledger.table)} SET ${sets.join(', ')} WHERE ${quote(ds, 'id')} = ? AND ${quote(
    ds,
    'version',
  )} = ?`;
  const params = [...fields.map((f) => paramFor(ds, ledger, f, values[f])), id, expectedVersion];
  const result = await em.queryRunner!.query(sql, params, true);
  return Number(result.affected ?? 0) === 1;
}
