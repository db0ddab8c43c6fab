import { unauthenticated } from './errors.js';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { findByField, findByIds, findColumnsByIds } from '../../core/ledger/query/ledger-store.js';
import type { LedgerDef, Row } from '../../core/ledger/schema/ledger.types.js';

/** The signed-in user as every resolver sees it. */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: string;
  departmentId: number | null;
  /** Heads their department (approves its complaints' handling proposals). */
  deptHead: boolean;
  /** A one-time password is in use: only changePassword, me and logout until it is changed. */
  mustChangePassword: boolean;
  sessionId: number;
  /** Until when (ms) this session's reads stay on the primary, after its last write (0: never wrote). */
  primaryUntil?: number;
}

// Batches wait for setImmediate rather than the end of the current microtask queue, so loads that
// sibling field resolvers reach a few promise hops apart still share one statement: the number of
// statements then follows the shape of the query, not its row count.
const batchSchedule = { batchScheduleFn: (run: () => void) => setImmediate(run), maxBatchSize: 1000 };

/** Per-request DataLoaders, one per ledger (by id) and per ledger field (rows pointing at a parent); batches capped at 1000. */
export class Loaders {
  /** Row loaders by ledger, or by ledger and the columns a selection reads. */
  private readonly rowLoaders = new Map<string, DataLoader<number, Row | null>>();
  /** What each row loader has read so far, by loader key: a resolver can answer without waiting. */
  private readonly settled = new Map<string, Map<number, Row | null>>();
  private readonly byParent = new Map<string, DataLoader<number, Row[]>>();
  private readonly byName = new Map<string, DataLoader<number, unknown>>();
  /** Per-request memo for other shared reads (the working calendar…). */
  readonly memo = new Map<string, Promise<unknown>>();
  constructor(private readonly ds: DataSource) {}

  /** Live rows of `ledger` whose `field` holds the given id, oldest first. */
  children(ledger: LedgerDef, field: string): DataLoader<number, Row[]> {
    const key = `${ledger.name}.${field}`;
    let l = this.byParent.get(key);
    if (!l) {
      l = new DataLoader<number, Row[]>(async (ids) => {
        const rows = await findByField(this.ds.manager, ledger, field, ids);
        const by = new Map<number, Row[]>(ids.map((id) => [id, []]));
        for (const r of rows.sort((a, b) => a.id - b.id)) by.get(r[field] as number)?.push(r);
        return ids.map((id) => by.get(id) ?? []);
      }, batchSchedule);
      this.byParent.set(key, l);
    }
    return l;
  }

  /** A named per-request loader for other reads by id (account states, who did a step): one statement per batch. */
  batch<V>(name: string, load: (ids: readonly number[]) => Promise<V[]>): DataLoader<number, V> {
    let l = this.byName.get(name) as DataLoader<number, V> | undefined;
    if (!l) {
      l = new DataLoader<number, V>(load, batchSchedule);
      this.byName.set(name, l as DataLoader<number, unknown>);
    }
    return l;
  }

  once<T>(key: string, load: () => Promise<T>): Promise<T> {
    if (!this.memo.has(key)) this.memo.set(key, load());
    return this.memo.get(key) as Promise<T>;
  }

  row(ledger: LedgerDef): DataLoader<number, Row | null> {
    return this.byIds(ledger.name, (ids) => findByIds(this.ds.manager, ledger, ids));
  }

  /** Rows by id with only some columns (what a selection asks of a referenced row): one loader per set of columns. */
  rowColumns(ledger: LedgerDef, only: ReadonlySet<string>): DataLoader<number, Row | null> {
    const cols = [...only].sort();
    return this.byIds(columnsKey(ledger, only), (ids) => findColumnsByIds(this.ds.manager, ledger, ids, new Set(cols)));
  }

  /** The loader of `ledger`'s rows with the columns `only` (null: whole rows). */
  rowsOf(ledger: LedgerDef, only: ReadonlySet<string> | null): DataLoader<number, Row | null> {
    return only ? this.rowColumns(ledger, only) : this.row(ledger);
  }

  /**
   * A row that loader has already read in this request, at once (undefined: not read yet). A list
   * reads its page's references before it answers, so each row's reference resolves without a
   * promise: graphql-js then completes the page on its synchronous path.
   */
  known(ledger: LedgerDef, only: ReadonlySet<string> | null, id: number): Row | null | undefined {
    return this.settled.get(only ? columnsKey(ledger, only) : ledger.name)?.get(id);
  }

  private byIds(key: string, read: (ids: readonly number[]) => Promise<Row[]>): DataLoader<number, Row | null> {
    let l = this.rowLoaders.get(key);
    if (!l) {
      const settled = new Map<number, Row | null>();
      this.settled.set(key, settled);
      l = new DataLoader<number, Row | null>(async (ids) => {
        const byId = new Map((await read(ids)).map((r) => [r.id, r]));
        return ids.map((id) => {
          const row = byId.get(id) ?? null;
          settled.set(id, row);
          return row;
        });
      }, batchSchedule);
      this.rowLoaders.set(key, l);
    }
    return l;
  }
}

// a selection's set of columns is made once per query document (refSelection), so its key is worked out once
const keyOfColumns = new WeakMap<ReadonlySet<string>, string>();
function columnsKey(ledger: LedgerDef, only: ReadonlySet<string>): string {
  let cols = keyOfColumns.get(only);
  if (cols === undefined) keyOfColumns.set(only, (cols = [...only].sort().join(',')));
  return `${ledger.name}:${cols}`;
}

/** Configuration the resolvers need, given once to the app (no mutable globals). */
export interface RequestSettings {
  /** How long a new session lives. */
  sessionTtlHours: number;
}

export const DEFAULT_SETTINGS: RequestSettings = { sessionTtlHours: 12 };

export interface RequestContext {
  /** The primary: every write, and every read that is not a list, a report or an export. */
  ds: DataSource;
  /** Where list and report reads go: a replica that keeps up, or the primary (in a mutation, after the session's own writes, or with no replica). */
  reads: DataSource;
  settings: RequestSettings;
  user: SessionUser | null;
  loaders: Loaders;
  ip: string;
  /** Request id of the request log (X-Request-Id). */
  requestId?: string;
  /** With a token that signs no one in: why, in words (asked only when an operation needs a user). */
  signedOut?: () => Promise<string | null>;
}

export function createContext(
  ds: DataSource,
  user: SessionUser | null,
  ip = '',
  requestId?: string,
  settings: RequestSettings = DEFAULT_SETTINGS,
  reads: DataSource = ds,
): RequestContext {
  return { ds, reads, settings, user, loaders: new Loaders(reads), ip, requestId };
}

/** Turns a request into one that reads only from the primary (a mutation: it reads what it is about to write). */
export function readFromPrimary(ctx: RequestContext): void {
  if (ctx.reads === ctx.ds) return;
  ctx.reads = ctx.ds;
  ctx.loaders = new Loaders(ctx.ds);
}

/** The signed-in user of a request that the auth checker let through (an operation with @Authorized). */
export function userOf(ctx: RequestContext): SessionUser {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}
