import { roleLabel } from '../schema/permissions.js';
import type { DataSource } from 'typeorm';
import { toSqlParam } from '../../db/sql-value.js';
import { coerceCell } from '../../../../../common/cell-value.js';
import { refOf, storageField } from '../schema/define-ledger.js';
import { LedgerInputError } from '../schema/ledger-input-error.js';
import { BASE_COLUMNS, quote, storageType } from './ledger-store.js';
import type { ColumnDef, LedgerDef } from '../schema/ledger.types.js';
import { isMaskedFor } from '../schema/masking.js';

/** Per-column filter: every operator given must hold. `in` takes up to 500 values; an empty `in` matches nothing. */
export interface ColumnFilter {
  eq?: unknown;
  in?: unknown[];
  gte?: unknown;
  lte?: unknown;
  contains?: string;
  isNull?: boolean;
}

/**
 * Column filters by filter key. Two keys nest a filter of another ledger: a ref column's field
 * (`archive: { serialNo: { contains: 'XD12' } }`: the referenced row must match) and, on a ledger
 * with lines, `lines` (at least one of the row's lines must match).
 */
export interface LedgerFilter {
  [key: string]: ColumnFilter | LedgerFilter | null | undefined;
}

/** The filter key that asks for rows having at least one (non-voided) line matching a filter of the lines ledger. */
export const LINES_FILTER = 'lines';

export interface SqlFragment {
  sql: string[];
  params: unknown[];
}

/** The operators a column filter takes; any other key of a ref filter is a filter of the referenced row. */
export const OPS: ReadonlySet<string> = new Set(['eq', 'in', 'gte', 'lte', 'contains', 'isNull']);

/** Filterable columns by their filter key (storage field: refs filter by `customerId`). */
const filterable = new WeakMap<LedgerDef, Map<string, ColumnDef>>();

export function filterableColumns(ledger: LedgerDef): Map<string, ColumnDef> {
  let out = filterable.get(ledger);
  if (!out) filterable.set(ledger, (out = filterableColumnsOf(ledger)));
  return out;
}

function filterableColumnsOf(ledger: LedgerDef): Map<string, ColumnDef> {
  const out = new Map<string, ColumnDef>();
  out.set('id', { field: 'id', label: { zh: 'ID', en: 'ID' }, type: 'int' });
  const created = BASE_COLUMNS.find((c) => c.field === 'createdAt')!;
  out.set('createdAt', { field: created.field, label: { zh: '录入时间', en: 'Created at' }, type: 'datetime' });
  out.set('updatedAt', { field: 'updatedAt', label: { zh: '修改时间', en: 'Updated at' }, type: 'datetime' });
  for (const c of ledger.columns) {
    if (c.filterable === false) continue;
    out.set(storageField(c), c.type === 'ref' ? { ...c, type: 'int', field: storageField(c) } : c);
  }
  return out;
}

function operand(col: ColumnDef, path: string, raw: unknown): unknown {
  const r = coerceCell({ ...col, required: false, check: undefined }, raw);
  if (!r.ok) throw new LedgerInputError(path, r.code, `${path}: ${r.message}`);
  return r.value;
}

export interface FilterOptions {
  /** Table alias the conditions are written on ('t'). */
  alias?: string;
  /** Path of the filter in the request, for errors ('filter'). */
  prefix?: string;
  depth?: number;
  /** Equalities as one-point ranges (a page after a cursor on MySQL/MariaDB). */
  pointRanges?: boolean;
  /** Whom the filter is run for: a personal detail this role may not read is refused (it would tell the value by narrowing). Absent: the system. */
  role?: string | null;
}

/**
 * Turns a typed filter into SQL conditions, accepting only declared filterable columns that the
 * role may read — the one walker of the filter grammar, nested filters of referenced rows and lines
 * included.
 * @example parseFilter(ds, complaintLedger, { status: { in: ['RECEIVED'] }, receivedAt: { gte: '2026-01-01' } }, { role: 'CLERK' })
 */
export function parseFilter(
  ds: DataSource,
  ledger: LedgerDef,
  filter: LedgerFilter | null | undefined,
  opts: FilterOptions = {},
): SqlFragment {
  const { alias = 't', prefix = 'filter', depth = 0, pointRanges = false, role = null } = opts;
  const out: SqlFragment = { sql: [], params: [] };
  if (!filter) return out;
  const columns = filterableColumns(ledger);
  for (const [key, f] of Object.entries(filter)) {
    if (f === null || f === undefined) continue;
    const declared = ledger.columns.find((c) => c.field === key || storageField(c) === key);
    if (isMaskedFor(declared, role))
      throw new LedgerInputError(
        `${prefix}.${key}`,
        'MASKED_FIELD',
        `「${roleLabel(role ?? '')}」角色不能按「${declared!.label.zh}」筛选`,
      );
    const nested = key === LINES_FILTER && ledger.lines ? linesExists : refColumn(ledger, key) ? refIn : null;
    if (nested) {
      if (depth >= MAX_NESTING)
        throw new LedgerInputError(
          `${prefix}.${key}`,
          'TOO_DEEP',
          `${prefix}.${key}: 筛选嵌套最多 ${MAX_NESTING} 层 (nested too deep)`,
        );
      const sub = nested(ds, ledger, key, f as LedgerFilter, {
        alias,
        prefix: `${prefix}.${key}`,
        depth: depth + 1,
        role,
      });
      out.sql.push(sub.sql[0]);
      out.params.push(...sub.params);
      continue;
    }
    const col = columns.get(key);
    if (!col)
      throw new LedgerInputError(
        `${prefix}.${key}`,
        'UNKNOWN_FIELD',
        `${prefix}.${key}: 不可筛选的列 (not a filterable column)`,
      );
    const cond = columnConditions(
      ds,
      col,
      `${alias}.${quote(ds, storageField(col))}`,
      f as ColumnFilter,
      `${prefix}.${key}`,
      pointRanges,
    );
    out.sql.push(...cond.sql);
    out.params.push(...cond.params);
  }
  return out;
}

/** The conditions of one column's filter (every operator given must hold), on column expression `c`. */
function columnConditions(
  ds: DataSource,
  col: ColumnDef,
  c: string,
  f: ColumnFilter,
  at: string,
  pointRanges: boolean,
): SqlFragment {
  const out: SqlFragment = { sql: [], params: [] };
  const type = storageType(col);
  const param = (v: unknown) => toSqlParam(ds, type, v);
  for (const [op, raw] of Object.entries(f)) {
    if (raw === undefined || raw === null) continue;
    const path = `${at}.${op}`;
    if (!OPS.has(op)) throw new LedgerInputError(path, 'UNKNOWN_OPERATOR', `${path}: 不支持的运算 (unknown operator)`);
    switch (op) {
      case 'eq': {
        const v = param(operand(col, path, raw));
        // as a one-point range MariaDB can walk an index from a keyset cursor; as `=` it reads the whole value's rows
        out.sql.push(pointRanges ? `${c} >= ? AND ${c} <= ?` : `${c} = ?`);
        out.params.push(...(pointRanges ? [v, v] : [v]));
        break;
      }
      case 'in': {
        if (!Array.isArray(raw) || raw.length > 500) {
          throw new LedgerInputError(path, 'INVALID_LIST', `${path}: 最多 500 个值 (at most 500 values)`);
        }
        // an empty list matches nothing (a filter text that fits no option), like an empty set
        out.sql.push(raw.length ? `${c} IN (${raw.map(() => '?').join(', ')})` : '1 = 0');
        out.params.push(...raw.map((v, i) => param(operand(col, `${path}[${i}]`, v))));
        break;
      }
      case 'gte':
      case 'lte':
        if (['bool', 'enum', 'text'].includes(col.type)) {
          throw new LedgerInputError(path, 'UNKNOWN_OPERATOR', `${path}: 该列不支持范围筛选 (no range on this column)`);
        }
        out.sql.push(`${c} ${op === 'gte' ? '>=' : '<='} ?`);
        out.params.push(param(operand(col, path, raw)));
        break;
      case 'contains': {
        if (col.type !== 'string' && col.type !== 'text') {
          throw new LedgerInputError(path, 'UNKNOWN_OPERATOR', `${path}: 只有文字列可以“包含”筛选 (text columns only)`);
        }
        // '!' as escape character: a backslash means different things in MySQL and SQLite literals
        const s = String(raw).replace(/[!%_]/g, (m) => `!${m}`);
        out.sql.push(`${c} LIKE ? ESCAPE '!'`);
        out.params.push(`%${s}%`);
        break;
      }
      case 'isNull':
        out.sql.push(raw ? `${c} IS NULL` : `${c} IS NOT NULL`);
        break;
    }
  }
  return out;
}

const MAX_NESTING = 3;

/** Where a nested filter sits: the outer row's alias, its path, its depth and whom it is run for. */
type Nesting = { alias: string; prefix: string; depth: number; role: string | null };

/** The ref column a nested filter key names (its field, not its stored `…Id`). */
function refColumn(ledger: LedgerDef, key: string): ColumnDef | undefined {
  return ledger.columns.find((c) => c.type === 'ref' && c.field === key && c.filterable !== false);
}

/** The referenced row (not voided) matches the nested filter. */
function refIn(ds: DataSource, ledger: LedgerDef, key: string, filter: LedgerFilter, at: Nesting): SqlFragment {
  const col = refColumn(ledger, key)!;
  const target = refOf(col).ledger();
  const alias = at.alias;
  const r = `${alias}r`;
  const inner = parseFilter(ds, target, filter, { ...at, alias: r });
  const where = [`${r}.${quote(ds, 'voidedAt')} IS NULL`, ...inner.sql];
  return {
    sql: [
      `${alias}.${quote(ds, storageField(col))} IN (SELECT ${r}.${quote(ds, 'id')} FROM ${quote(ds, target.table)} ${r} WHERE ${where.join(' AND ')})`,
    ],
    params: inner.params,
  };
}

/** `EXISTS` a non-voided line of the row that matches the lines filter. */
function linesExists(ds: DataSource, ledger: LedgerDef, _key: string, filter: LedgerFilter, at: Nesting): SqlFragment {
  const lines = ledger.lines!.ledger();
  const alias = at.alias;
  const l = `${alias}l`;
  const inner = parseFilter(ds, lines, filter, { ...at, alias: l });
  const parent = `${l}.${quote(ds, `${ledger.lines!.parentField}Id`)}`;
  const where = [`${parent} = ${alias}.${quote(ds, 'id')}`, `${l}.${quote(ds, 'voidedAt')} IS NULL`, ...inner.sql];
  return {
    sql: [`EXISTS (SELECT 1 FROM ${quote(ds, lines.table)} ${l} WHERE ${where.join(' AND ')})`],
    params: inner.params,
  };
}
