import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { clusterOf, isNodeFailure, retryOff } from './cluster-pool.js';
import { dbKind } from './data-source.js';
import { forgetOldRequests, recordRequest, requestRecorded } from './request-once.js';
import type { ScheduledJob } from '../jobs/scheduler.js';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/** How often a write transaction refused by the database is run again, and for how long at most. */
export const RETRY = { attempts: 8, withinMs: 20_000 };

/** Counts of transactions run again, by why (the Galera test and bench report them). */
export const retries = { conflict: 0, lostNode: 0, committedUnheard: 0 };

/**
 * Errors after which the whole transaction may simply run again, because the database rolled it back:
 * 1213 a deadlock — also what Galera answers when another node's transaction won certification;
 * 1205 a lock wait timed out; 1047/1317/1927/1053 and a lost connection: the node failed or left the
 * cluster before the commit was sent.
 */
export function isRetryable(e: unknown): boolean {
  const err = e as { errno?: number; driverError?: { errno?: number } };
  const errno = err?.errno ?? err?.driverError?.errno ?? 0;
  return [1213, 1205, 1317].includes(errno) || isNodeFailure(e);
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `work` in one database transaction: all of it commits or none of it.
 * SQLite has a single connection, so write transactions are queued one after another there.
 * MySQL runs them concurrently and relies on row locks; a transaction the database refuses (a
 * deadlock, a Galera certification conflict, a node lost before the commit) is run again whole, a
 * bounded number of times, so `work` must keep nothing outside itself between attempts. On a cluster
 * each transaction also writes a marker row, so a commit whose answer was lost with its node is looked
 * up on the node that takes over: applied once, never twice.
 */
export async function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (dbKind(ds) === 'sqlite') {
    const previous = sqliteQueues.get(ds) ?? Promise.resolve();
    const run = previous
      .catch(() => undefined)
      .then(() =>
        ds.transaction(async (em) => {
          const value = await work(em);
          await recordRequest(em);
          return value;
        }),
      )
      .then((value) => (requestRecorded(), value));
    sqliteQueues.set(
      ds,
      run.catch(() => undefined),
    );
    return run;
  }
  const cluster = clusterOf(ds);
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    const marker = cluster ? randomUUID().replace(/-/g, '') : null;
    let result: { value: T } | null = null;
    try {
      const value = await ds.transaction(async (em) => {
        const value = await work(em);
        await recordRequest(em);
        if (marker) await em.query('INSERT INTO `tx_commit` (`id`, `at`) VALUES (?, UTC_TIMESTAMP(3))', [marker]);
        result = { value };
        return value;
      });
      requestRecorded();
      return value;
    } catch (e) {
      const retryable = isRetryable(e) && !retryOff();
      if (!retryable || attempt >= RETRY.attempts || Date.now() - started > RETRY.withinMs) {
        throw e;
      }
      if (isNodeFailure(e)) {
        retries.lostNode++;
        await cluster?.nodeFailed();
        // the work was done and the commit sent: it may have been applied before the node went
        if (result && marker && (await committed(ds, marker))) {
          retries.committedUnheard++;
          requestRecorded();
          return (result as { value: T }).value;
        }
      } else retries.conflict++;
      await pause(Math.min(1000, 25 * 2 ** (attempt - 1)) * (0.5 + Math.random()));
    }
  }
}

/** Whether the transaction that wrote `marker` committed, asked of the node now in use once it has applied all it received. */
async function committed(ds: DataSource, marker: string): Promise<boolean> {
  for (let i = 0; i < 20; i++) {
    const qr = ds.createQueryRunner();
    try {
      // every cluster connection reads causally (cluster-pool.ts): this waits for all the node received
      const rows: unknown[] = await qr.query('SELECT 1 FROM `tx_commit` WHERE `id` = ?', [marker]);
      return rows.length > 0;
    } catch (e) {
      if (!isNodeFailure(e)) throw e;
      await clusterOf(ds)?.nodeFailed();
      await pause(250);
    } finally {
      await qr.release().catch(() => undefined);
    }
  }
  throw new Error('集群中没有节点能确认这次保存是否已提交（no node could say whether the save committed）');
}

/** Forgets request names and commit markers older than a day (a lost answer is asked for again within minutes). */
export function forgetRequestsJob(everyMs: number): ScheduledJob {
  return { name: 'forget-requests', everyMs, run: (ds, now) => forgetOldRequests(ds, now) };
}

/** `FOR UPDATE` where the database has row locks; SQLite's write transaction already excludes others. */
export function forUpdate(ds: DataSource): string {
  return dbKind(ds) === 'mysql' ? ' FOR UPDATE' : '';
}
