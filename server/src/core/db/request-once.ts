import { AsyncLocalStorage } from 'node:async_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { quoter, toSqlParam } from './sql-value.js';

/**
 * A request sent again — by a client that lost the answer, or by a person pressing save twice — is
 * applied once. The request names itself (an Idempotency-Key, scoped to its user); its first write
 * transaction records that name in the same commit, so the name is taken exactly when the writes are
 * in. The answer is kept beside the name and sent again to a repeat, for a day.
 */
export interface RequestOnce {
  key: string;
  /** Set once a transaction of this request has committed its name. */
  recorded: boolean;
}

export const requestOnce = new AsyncLocalStorage<RequestOnce>();

/** The request's name was already taken by another request with the same key: its answer is the answer. */
export class RepeatedRequest extends Error {
  constructor(readonly key: string) {
    super('repeated request');
  }
}

const DUPLICATE = (e: unknown) => {
  const err = e as { errno?: number; code?: string; driverError?: { errno?: number; code?: string } };
  const code = err?.code ?? err?.driverError?.code ?? '';
  return (err?.errno ?? err?.driverError?.errno) === 1062 || /SQLITE_CONSTRAINT/.test(code);
};

/** Inside a write transaction: records the current request's name with it (once per request). */
export async function recordRequest(em: EntityManager): Promise<void> {
  const once = requestOnce.getStore();
  if (!once || once.recorded) return;
  const q = quoter(em.connection);
  try {
    await em.query(`INSERT INTO ${q('request_done')} (${q('key')}, ${q('at')}) VALUES (?, ?)`, [
      once.key,
      toSqlParam(em.connection, 'datetime', new Date()),
    ]);
  } catch (e) {
    if (DUPLICATE(e)) throw new RepeatedRequest(once.key);
    throw e;
  }
}

/** After the commit: later transactions of the same request add nothing. */
export function requestRecorded(): void {
  const once = requestOnce.getStore();
  if (once) once.recorded = true;
}

/** What is known of a request by its name: not seen, applied (its answer kept or not yet), and the answer. */
export async function requestDone(ds: DataSource, key: string): Promise<{ response: string | null } | null> {
  const q = quoter(ds);
  const rows: Array<{ response: string | null }> = await ds.query(
    `SELECT ${q('response')} AS response FROM ${q('request_done')} WHERE ${q('key')} = ?`,
    [key],
  );
  return rows.length ? { response: rows[0].response ?? null } : null;
}

export async function keepResponse(ds: DataSource, key: string, response: string): Promise<void> {
  const q = quoter(ds);
  await ds.query(`UPDATE ${q('request_done')} SET ${q('response')} = ? WHERE ${q('key')} = ?`, [response, key]);
}

/** Forgets requests and commit markers older than a day. */
export async function forgetOldRequests(ds: DataSource, now = new Date()): Promise<void> {
  const q = quoter(ds);
  const dayAgo = toSqlParam(ds, 'datetime', new Date(now.getTime() - 86_400_000));
  await ds.query(`DELETE FROM ${q('request_done')} WHERE ${q('at')} < ?`, [dayAgo]);
  await ds.query(`DELETE FROM ${q('tx_commit')} WHERE ${q('at')} < ?`, [dayAgo]);
}
