import type { DataSource } from 'typeorm';
import { fromSql, quoter, toSqlParam } from '../db/sql-value.js';

/**
 * Takes (or renews) the lease of a scheduled job for `holder` until now + `ttlMs`: true when this
 * holder has it. One row per job; whoever holds an unexpired lease keeps it, an expired one passes
 * to the first instance that asks (an instance that died lets go when its lease runs out). The
 * UPDATE's condition is evaluated under the row lock, so of two instances asking at once one wins;
 * the row is made the first time (of two instances making it at once, the second insert fails).
 */
export async function acquireLease(
  ds: DataSource,
  job: string,
  holder: string,
  ttlMs: number,
  now = new Date(),
): Promise<boolean> {
  const q = quoter(ds);
  const until = toSqlParam(ds, 'datetime', new Date(now.getTime() + ttlMs));
  const at = toSqlParam(ds, 'datetime', now);
  await ds.query(
    `UPDATE ${q('job_lease')} SET ${q('holder')} = ?, ${q('expiresAt')} = ? WHERE ${q('name')} = ? AND (${q('holder')} = ? OR ${q('expiresAt')} < ?)`,
    [holder, until, job, holder, at],
  );
  const holderNow = async () =>
    (
      (await ds.query(`SELECT ${q('holder')} AS holder FROM ${q('job_lease')} WHERE ${q('name')} = ?`, [
        job,
      ])) as Array<{ holder: string }>
    )[0]?.holder;
  let current = await holderNow();
  if (current === undefined) {
    try {
      await ds.query(
        `INSERT INTO ${q('job_lease')} (${q('name')}, ${q('holder')}, ${q('expiresAt')}) VALUES (?, ?, ?)`,
        [job, holder, until],
      );
    } catch {
      // another instance made the row first: it holds the lease
    }
    current = await holderNow();
  }
  return current === holder;
}

/** Records that a job ran (for /readyz and the operator), when, and counts its runs. */
export async function markRun(ds: DataSource, job: string, at: Date): Promise<void> {
  const q = quoter(ds);
  await ds.query(
    `UPDATE ${q('job_lease')} SET ${q('lastRunAt')} = ?, ${q('runs')} = ${q('runs')} + 1 WHERE ${q('name')} = ?`,
    [toSqlParam(ds, 'datetime', at), job],
  );
}

/** When a job last ran, on any instance. */
export async function lastRun(ds: DataSource, job: string): Promise<Date | null> {
  const q = quoter(ds);
  const rows: Array<{ at: unknown }> = await ds.query(
    `SELECT ${q('lastRunAt')} AS at FROM ${q('job_lease')} WHERE ${q('name')} = ?`,
    [job],
  );
  return rows.length ? (fromSql('datetime', rows[0].at) as Date | null) : null;
}
