import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { fromSql, quoter, toSqlParam } from '../../core/db/sql-value.js';
import { insertIgnoreSql } from '../../core/db/sql-dialect.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** Wrong passwords one client address may send, to any names, within LOCK_MINUTES before it is locked out of every name. */
export const MAX_FAILED_PER_CLIENT = 20;
/** A check in flight longer than this was lost with its process: it no longer holds a place. */
const STALE_MS = 30_000;

/** How long an attempt waits for a place while five checks are in flight, before it is refused as locked. */
const MAX_WAIT_MS = 5_000;

/** A name as typed (trimmed, any case): the same for a real name and a made-up one. */
export const subjectOf = (username: string): string => username.trim().toLowerCase().slice(0, 100);
/**
 * Attempts are kept per name and client address together: whoever guesses a name locks it for
 * themselves only, and the owner signing in from their own desk still gets in.
 */
export const attemptKey = (username: string, client: string): string =>
  createHash('sha256')
    .update(`login\n${subjectOf(username)}\n${client}`)
    .digest('hex');
/** …and per client address alone, across names (one address trying many names). */
const clientKey = (client: string): string => createHash('sha256').update(`client\n${client}`).digest('hex');

export type Attempt =
  { locked: true; until: Date } | { locked: false; failed: number; settle(wrongPassword: boolean): Promise<void> };

async function affected(ds: DataSource, sql: string, params: unknown[]): Promise<number> {
  const qr = ds.createQueryRunner();
  try {
    return Number((await qr.query(sql, params, true)).affected ?? 0);
  } finally {
    await qr.release();
  }
}

/**
 * Takes a place for one password check under a name from a client address (sign-in, or the current
 * password when changing it). Only wrong passwords count: five lock that name for that address for
 * 15 minutes, twenty from one address (to any names) lock the address. At most five checks are in
 * flight or counted per name and address, so parallel guesses cannot get past five; a sixth waits for
 * a place instead of being locked out. A name nobody has answers exactly like one somebody has.
 */
export async function takeAttempt(ds: DataSource, username: string, client: string): Promise<Attempt> {
  const q = quoter(ds);
  const key = attemptKey(username, client);
  const started = Date.now();
  const clientLock = await lockedUntil(ds, clientKey(client));
  if (clientLock) return { locked: true, until: clientLock };
  for (;;) {
    const now = new Date();
    const at = toSqlParam(ds, 'datetime', now);
    const stale = toSqlParam(ds, 'datetime', new Date(now.getTime() - STALE_MS));
    const [failed, pending, pendingAt, lockedUntilCol] = [q('failed'), q('pending'), q('pendingAt'), q('lockedUntil')];
    const pendingNow = `(CASE WHEN ${pendingAt} IS NULL OR ${pendingAt} < ? THEN 0 ELSE ${pending} END)`;
    // assignments read the old values on SQLite and the new ones on MySQL: each reads only columns set after it
    const took = await affected(
      ds,
      `UPDATE ${q('login_throttle')} SET ${failed} = CASE WHEN ${lockedUntilCol} IS NOT NULL THEN 0 ELSE ${failed} END, ${lockedUntilCol} = NULL,
         ${pending} = ${pendingNow} + 1, ${pendingAt} = ?
       WHERE ${q('nameHash')} = ? AND (${lockedUntilCol} IS NULL OR ${lockedUntilCol} <= ?)
         AND (CASE WHEN ${lockedUntilCol} IS NOT NULL THEN 0 ELSE ${failed} END) + ${pendingNow} < ?`,
      [stale, at, key, at, stale, MAX_FAILED_LOGINS],
    );
    if (took) {
      const [row]: Array<{ n: unknown }> = await ds.query(
        `SELECT ${failed} AS n FROM ${q('login_throttle')} WHERE ${q('nameHash')} = ?`,
        [key],
      );
      return { locked: false, failed: Number(row?.n ?? 0), settle: (wrong) => settle(ds, key, client, wrong) };
    }
    const rows: Array<{ until: unknown }> = await ds.query(
      `SELECT ${lockedUntilCol} AS until FROM ${q('login_throttle')} WHERE ${q('nameHash')} = ?`,
      [key],
    );
    if (!rows.length) {
      // made by a parallel attempt first
      await ds.query(
        `${insertIgnoreSql(ds)} ${q('login_throttle')} (${q('nameHash')}, ${q('subject')}, ${q('client')}, ${failed}, ${pending}) VALUES (?, ?, ?, 0, 0)`,
        [key, subjectOf(username), client.slice(0, 64)],
      );
      continue;
    }
    const until = fromSql('datetime', rows[0].until) as Date | null;
    if (until && until > now) return { locked: true, until };
    if (Date.now() - started > MAX_WAIT_MS) return { locked: true, until: new Date(now.getTime() + 60_000) };
    await new Promise((r) => setTimeout(r, 25 + Math.random() * 50));
  }
}

async function lockedUntil(ds: DataSource, key: string): Promise<Date | null> {
  const q = quoter(ds);
  const [row]: Array<{ until: unknown }> = await ds.query(
    `SELECT ${q('lockedUntil')} AS until FROM ${q('login_throttle')} WHERE ${q('nameHash')} = ?`,
    [key],
  );
  const until = row ? (fromSql('datetime', row.until) as Date | null) : null;
  return until && until > new Date() ? until : null;
}

/** One more wrong password from a client address: counted within a window of LOCK_MINUTES; the twentieth locks the address. */
async function countClientFailure(ds: DataSource, client: string): Promise<void> {
  const q = quoter(ds);
  const key = clientKey(client);
  const now = new Date();
  const windowStart = toSqlParam(ds, 'datetime', new Date(now.getTime() - LOCK_MINUTES * 60_000));
  const lockUntil = toSqlParam(ds, 'datetime', new Date(now.getTime() + LOCK_MINUTES * 60_000));
  await ds.query(
    `${insertIgnoreSql(ds)} ${q('login_throttle')} (${q('nameHash')}, ${q('subject')}, ${q('client')}, ${q('failed')}, ${q('pending')}, ${q('pendingAt')}) VALUES (?, '', ?, 0, 0, ?)`,
    [key, client.slice(0, 64), toSqlParam(ds, 'datetime', now)],
  );
  // pendingAt holds when the window began; a window older than LOCK_MINUTES starts again at this failure
  const fresh = `${q('pendingAt')} IS NULL OR ${q('pendingAt')} < ?`;
  await ds.query(
    `UPDATE ${q('login_throttle')} SET ${q('lockedUntil')} = CASE WHEN (CASE WHEN ${fresh} THEN 0 ELSE ${q('failed')} END) + 1 >= ? THEN ? ELSE ${q('lockedUntil')} END,
       ${q('failed')} = (CASE WHEN ${fresh} THEN 0 ELSE ${q('failed')} END) + 1, ${q('pendingAt')} = CASE WHEN ${fresh} THEN ? ELSE ${q('pendingAt')} END WHERE ${q('nameHash')} = ?`,
    [windowStart, MAX_FAILED_PER_CLIENT, lockUntil, windowStart, windowStart, toSqlParam(ds, 'datetime', now), key],
  );
}

/** Gives the place back: a wrong password is counted (the fifth locks; the address counts it too), a right one clears the count. */
async function settle(ds: DataSource, key: string, client: string, wrongPassword: boolean): Promise<void> {
  const q = quoter(ds);
  const release = `${q('pending')} = CASE WHEN ${q('pending')} > 0 THEN ${q('pending')} - 1 ELSE 0 END`;
  if (wrongPassword) {
    await ds.query(
      `UPDATE ${q('login_throttle')} SET ${q('lockedUntil')} = CASE WHEN ${q('failed')} + 1 >= ? THEN ? ELSE ${q('lockedUntil')} END, ${q('failed')} = ${q('failed')} + 1, ${release} WHERE ${q('nameHash')} = ?`,
      [MAX_FAILED_LOGINS, toSqlParam(ds, 'datetime', new Date(Date.now() + LOCK_MINUTES * 60_000)), key],
    );
    await countClientFailure(ds, client);
  } else {
    await ds.query(`UPDATE ${q('login_throttle')} SET ${q('failed')} = 0, ${release} WHERE ${q('nameHash')} = ?`, [
      key,
    ]);
  }
}

/** A new password from the administrator lifts every lock on the name, from every address. */
export async function clearAttempts(em: EntityManager, username: string): Promise<void> {
  const q = quoter(em.connection);
  await em.query(`DELETE FROM ${q('login_throttle')} WHERE ${q('subject')} = ?`, [subjectOf(username)]);
}

/** A lock in force: a name from one address, or an address (subject empty) for every name. */
export interface LoginLock {
  subject: string;
  client: string;
  failed: number;
  lockedUntil: Date;
}

/** The locks in force now, the latest first (what the administrator sees). */
export async function listLocks(ds: DataSource): Promise<LoginLock[]> {
  const q = quoter(ds);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${q('subject')} AS subject, ${q('client')} AS client, ${q('failed')} AS failed, ${q('lockedUntil')} AS until FROM ${q('login_throttle')} WHERE ${q('lockedUntil')} > ? ORDER BY ${q('lockedUntil')} DESC LIMIT 500`,
    [toSqlParam(ds, 'datetime', new Date())],
  );
  return rows.map((r) => ({
    subject: String(r.subject ?? ''),
    client: String(r.client ?? ''),
    failed: Number(r.failed),
    lockedUntil: fromSql('datetime', r.until) as Date,
  }));
}

/** Lifts one lock (a name from an address, or an address); answers whether there was one in force. */
export async function clearLock(em: EntityManager, subject: string, client: string): Promise<boolean> {
  const q = quoter(em.connection);
  const key = subject ? attemptKey(subject, client) : clientKey(client);
  const [row]: Array<{ until: unknown }> = await em.query(
    `SELECT ${q('lockedUntil')} AS until FROM ${q('login_throttle')} WHERE ${q('nameHash')} = ?`,
    [key],
  );
  await em.query(`DELETE FROM ${q('login_throttle')} WHERE ${q('nameHash')} = ?`, [key]);
  const until = row ? (fromSql('datetime', row.until) as Date | null) : null;
  return !!until && until > new Date();
}
