import type { EntityManager } from 'typeorm';
import { dbKind } from '../../db/data-source.js';
import { parseFilter, type LedgerFilter, type SqlFragment } from './filter-parser.js';
import { LedgerInputError } from '../schema/ledger-input-error.js';
import { hydrate, quote, selectList } from './ledger-store.js';
import type { LedgerDef, Row } from '../schema/ledger.types.js';
import {
  decodeCursor,
  encodeCursor,
  keysetCondition,
  orderBySql,
  parseSort,
  type ResolvedSortKey,
  type SortKey,
} from './sort-parser.js';

export interface ListArgs {
  first?: number | null;
  after?: string | null;
  filter?: LedgerFilter | null;
  orderBy?: SortKey[] | null;
  includeVoided?: boolean | null;
  /**
   * Whom the rows are read for: a filter or sort on a personal detail this role may not read is
   * refused. Absent: the system itself (reports, to-do lists), which reads everything.
   */
  role?: string | null;
  /** The stored columns the caller needs (a GraphQL selection); all when absent. Sort keys are always read. */
  columns?: ReadonlySet<string> | null;
}

export interface ListPage {
  rows: Row[];
  /** The keyset cursor of row i, encoded when asked for. */
  cursorAt: (i: number) => string;
  hasNextPage: boolean;
  /** Counts the whole filtered ledger; only run when asked for. */
  count: () => Promise<number>;
}

export const MAX_PAGE = 500;

/**
 * A list's filter and order, checked and turned into SQL once: a page, a count and every batch of an
 * export reuse it. Refuses undeclared columns, invalid values and — for `args.role` — personal
 * details it may not read (LedgerInputError naming the argument).
 */
export interface QueryPlan {
  keys: ResolvedSortKey[];
  /** The WHERE of the list and its count: declared filters plus the voided switch. */
  where: SqlFragment;
  /** The same with equalities as one-point ranges, for a page after a cursor on MySQL/MariaDB. */
  seekWhere: SqlFragment;
}

export function planQuery(em: EntityManager, ledger: LedgerDef, args: ListArgs): QueryPlan {
  const keys = parseSort(ledger, args.orderBy, args.role);
  const where = whereOf(em, ledger, args);
  // MariaDB reads `status = ?` by ref from the value's first row, even past a cursor 100,000 rows down
  // (measured: 100,101 rows read); as a one-point range it starts at the cursor (144 rows)
  const seekWhere = dbKind(em.connection) === 'mysql' ? whereOf(em, ledger, args, true) : where;
  return { keys, where, seekWhere };
}

/** Checks a list's filter and order (declared columns, valid values, none masked for `args.role`) without reading anything. */
export function validateListArgs(em: EntityManager, ledger: LedgerDef, args: ListArgs): void {
  planQuery(em, ledger, args);
}

function whereOf(em: EntityManager, ledger: LedgerDef, args: ListArgs, pointRanges = false): SqlFragment {
  const f = parseFilter(em.connection, ledger, args.filter, { pointRanges, role: args.role });
  if (!args.includeVoided) f.sql.push(`t.${quote(em.connection, 'voidedAt')} IS NULL`);
  return f;
}

/** The SQL of one keyset page (`first + 1` rows), its parameters, the resolved sort keys and the list's WHERE. */
export function pageQuery(
  em: EntityManager,
  ledger: LedgerDef,
  args: ListArgs,
  first: number,
  plan = planQuery(em, ledger, args),
  /** Columns selected after the row's own, from tables joined to `t` (an export's reference keys). */
  joined: { select: string; joins: string } = { select: '', joins: '' },
): { sql: string; params: unknown[]; keys: ResolvedSortKey[]; where: SqlFragment } {
  const ds = em.connection;
  const { keys, where } = plan;
  const pageWhere = args.after
    ? { sql: [...plan.seekWhere.sql], params: [...plan.seekWhere.params] }
    : { sql: [...where.sql], params: [...where.params] };
  if (args.after) {
    const k = keysetCondition(ds, keys, decodeCursor(keys, args.after));
    pageWhere.sql.push(k.sql);
    pageWhere.params.push(...k.params);
  }
  const only = args.columns ? new Set([...args.columns, ...keys.map((k) => k.field)]) : null;
  return {
    sql: `SELECT ${selectList(ds, ledger, 't', only)}${joined.select} FROM ${quote(ds, ledger.table)} t${joined.joins}${whereSql(pageWhere.sql)} ORDER BY ${orderBySql(ds, keys)} LIMIT ${first + 1}`,
    params: pageWhere.params,
    keys,
    where,
  };
}

const whereSql = (w: string[]) => (w.length ? ` WHERE ${w.join(' AND ')}` : '');

export function checkPageSize(first: number, maxPage: number): void {
  if (!Number.isInteger(first) || first < 1 || first > maxPage) {
    throw new LedgerInputError('first', 'INVALID_PAGE_SIZE', `first: 每页 1–${MAX_PAGE} 行 (1 to ${MAX_PAGE})`);
  }
}

/**
 * One keyset page of a ledger: declared filters and sorts pushed into SQL, `id` as tie-breaker,
 * `first + 1` rows read to know whether another page follows.
 */
export async function listLedger(
  em: EntityManager,
  ledger: LedgerDef,
  args: ListArgs,
  maxPage = MAX_PAGE,
  plan?: QueryPlan,
): Promise<ListPage> {
  const first = args.first ?? 100;
  checkPageSize(first, maxPage);
  const q = pageQuery(em, ledger, args, first, plan);
  const raw: Record<string, unknown>[] = await em.query(q.sql, q.params);
  const rows = raw.slice(0, first).map((r) => hydrate(ledger, r));
  return {
    rows,
    cursorAt: (i) => encodeCursor(q.keys, rows[i]),
    hasNextPage: raw.length > first,
    count: async () => {
      const res: Array<{ n: number | string }> = await em.query(
        `SELECT COUNT(*) AS n FROM ${quote(em.connection, ledger.table)} t${whereSql(q.where.sql)}`,
        q.where.params,
      );
      return Number(res[0].n);
    },
  };
}

/** Every row of a filtered ledger, read in keyset pages of 500 (reports over a month or a year). */
export async function listAll(
  em: EntityManager,
  ledger: LedgerDef,
  args: Omit<ListArgs, 'first' | 'after'>,
): Promise<Row[]> {
  const out: Row[] = [];
  const plan = planQuery(em, ledger, args);
  let after: string | null = null;
  do {
    const page = await listLedger(em, ledger, { ...args, first: MAX_PAGE, after }, MAX_PAGE, plan);
    out.push(...page.rows);
    after = page.hasNextPage ? page.cursorAt(page.rows.length - 1) : null;
  } while (after);
  return out;
}
