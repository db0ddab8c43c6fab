import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { fromSql, quoter, toSqlParam } from '../../core/db/sql-value.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** A check in flight longer than this was lost with its process: it no longer holds a place. */
const STALE_MS = 30_000;
/** How long an attempt waits for a place while five checks are in flight, before it is refused as locked. */
const MAX_WAIT_MS = 5_000;

/** Attempts are kept per name as typed (trimmed, any case), known or not: the same for a real name and a made-up one. */
export const nameHash = (username: string): string => createHash('sha256').update(`login\n${username.trim().toLowerCase()}`).digest('hex');

export type Attempt = { locked: true } | { locked: false; settle(wrongPassword: boolean): Promise<void> };

async function affected(ds: DataSource, sql: string, params: unknown[]): Promise<number> {
  const qr = ds.createQueryRunner();
  try {
    return Number((await qr.query(sql, params, true)).affected ?? 0);
  } finally {
    await qr.release();
  }
}

/**
 * Takes a place for one password check under a name (sign-in, or the current password when changing
 * it). Only wrong passwords count: five lock the name for 15 minutes. At most five checks are ever in
 * flight or counted per name, wherever they come from, so parallel guesses cannot get past five; a
 * sixth waits for a place (the right password frees them all) instead of being locked out. A name
 * nobody has answers exactly like one somebody has: the same statements, the same lock.
 */
export async function takeAttempt(ds: DataSource, username: string): Promise<Attempt> {
  const q = quoter(ds);
  const key = nameHash(username);
  const started = Date.now();
  for (;;) {
    const now = new Date();
    const at = toSqlParam(ds, 'datetime', now);
    const stale = toSqlParam(ds, 'datetime', new Date(now.getTime() - STALE_MS));
    const [failed, pending, pendingAt, lockedUntil] = [q('failed'), q('pending'), q('pendingAt'), q('lockedUntil')];
    const pendingNow = `(CASE WHEN ${pendingAt} IS NULL OR ${pendingAt} < ? THEN 0 ELSE ${pending} END)`;
    // assignments read the old values on SQLite and the new ones on MySQL: each reads only columns set after it
    const took = await affected(ds,
      `UPDATE ${q('login_throttle')} SET ${failed} = CASE WHEN ${lockedUntil} IS NOT NULL THEN 0 ELSE ${failed} END, ${lockedUntil} = NULL,
         ${pending} = ${pendingNow} + 1, ${pendingAt} = ?
       WHERE ${q('nameHash')} = ? AND (${lockedUntil} IS NULL OR ${lockedUntil} <= ?)
         AND (CASE WHEN ${lockedUntil} IS NOT NULL THEN 0 ELSE ${failed} END) + ${pendingNow} < ?`,
      [stale, at, key, at, stale, MAX_FAILED_LOGINS]);
    if (took) return { locked: false, settle: (wrong) => settle(ds, key, wrong) };
    const rows: Array<{ until: unknown }> = await ds.query(`SELECT ${lockedUntil} AS until FROM ${q('login_throttle')} WHERE ${q('nameHash')} = ?`, [key]);
    if (!rows.length) {
      await ds.query(`INSERT INTO ${q('login_throttle')} (${q('nameHash')}, ${failed}, ${pending}) VALUES (?, 0, 0)`, [key]).catch(() => undefined); // made by a parallel attempt first
      continue;
    }
    const until = fromSql('datetime', rows[0].until) as Date | null;
    if ((until && until > now) || Date.now() - started > MAX_WAIT_MS) return { locked: true };
    await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
  }
}

/** Gives the place back: a wrong password is counted (the fifth locks), a right one clears the count. */
async function settle(ds: DataSource, key: string, wrongPassword: boolean): Promise<void> {
  const q = quoter(ds);
  const release = `${q('pending')} = CASE WHEN ${q('pending')} > 0 THEN ${q('pending')} - 1 ELSE 0 END`;
  if (wrongPassword) {
    await ds.query(
      `UPDATE ${q('login_throttle')} SET ${q('lockedUntil')} = CASE WHEN ${q('failed')} + 1 >= ? THEN ? ELSE ${q('lockedUntil')} END, ${q('failed')} = ${q('failed')} + 1, ${release} WHERE ${q('nameHash')} = ?`,
      [MAX_FAILED_LOGINS, toSqlParam(ds, 'datetime', new Date(Date.now() + LOCK_MINUTES * 60_000)), key]);
  } else {
    await ds.query(`UPDATE ${q('login_throttle')} SET ${q('failed')} = 0, ${release} WHERE ${q('nameHash')} = ?`, [key]);
  }
}

/** A new password from the administrator lifts a lock on the name. */
export async function clearAttempts(em: EntityManager, username: string): Promise<void> {
  const q = quoter(em.connection);
  await em.query(`DELETE FROM ${q('login_throttle')} WHERE ${q('nameHash')} = ?`, [nameHash(username)]);
}
