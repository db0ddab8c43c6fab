import type { DataSource, EntityManager } from 'typeorm';
import { dbKind } from './data-source.js';

const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs `work` in one database transaction: all of it commits or none of it.
 * SQLite has a single connection, so write transactions are queued one after another there;
 * MySQL runs them concurrently and relies on row locks.
 */
export async function inTransaction<T>(ds: DataSource, work: (em: EntityManager) => Promise<T>): Promise<T> {
  if (dbKind(ds) !== 'sqlite') return ds.transaction(work);
  const previous = sqliteQueues.get(ds) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(() => ds.transaction(work));
  sqliteQueues.set(
    ds,
    run.catch(() => undefined),
  );
  return run;
}

/** `FOR UPDATE` where the database has row locks; SQLite's write transaction already excludes others. */
export function forUpdate(ds: DataSource): string {
  return dbKind(ds) === 'mysql' ? ' FOR UPDATE' : '';
}
