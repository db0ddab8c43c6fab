import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { SessionUser } from '../../api/graphql/context.js';
import { fromSql, quoter, toSqlParam } from '../../core/db/sql-value.js';

export interface UserRecord {
  id: number;
  username: string;
  displayName: string;
  role: string;
  departmentId: number | null;
  passwordHash: string;
  active: boolean;
  failedLogins: number;
  lockedUntil: Date | null;
  mustChangePassword: boolean;
  deptHead: boolean;
}

/** A quoted name, in a transaction (EntityManager) or out of one. */
const q = (db: DataSource | EntityManager, name: string) => quoter('connection' in db ? db.connection : db)(name);

function identity(r: Record<string, unknown>): Omit<SessionUser, 'sessionId'> {
  return {
    id: Number(r.id),
    username: String(r.username),
    displayName: String(r.displayName),
    role: String(r.role),
    departmentId: r.departmentId === null ? null : Number(r.departmentId),
    mustChangePassword: fromSql('bool', r.mustChangePassword) === true,
    deptHead: fromSql('bool', r.deptHead) === true,
  };
}
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function findUserByUsername(ds: DataSource, username: string): Promise<UserRecord | null> {
  const rows: Record<string, unknown>[] = await ds.query(
    `SELECT * FROM ${q(ds, 'app_user')} WHERE ${q(ds, 'username')} = ?`,
    [username],
  );
  if (!rows.length) return null;
  const r = rows[0];
  return {
    ...identity(r),
    passwordHash: String(r.passwordHash),
    active: (fromSql('bool', r.active) as boolean) && !r.voidedAt,
    failedLogins: Number(r.failedLogins),
    lockedUntil: fromSql('datetime', r.lockedUntil) as Date | null,
  };
}

export async function recordLoginSuccess(ds: DataSource, userId: number): Promise<void> {
  await ds.query(
    `UPDATE ${q(ds, 'app_user')} SET ${q(ds, 'failedLogins')} = 0, ${q(ds, 'lockedUntil')} = NULL, ${q(ds, 'lastLoginAt')} = ? WHERE ${q(ds, 'id')} = ?`,
    [toSqlParam(ds, 'datetime', new Date()), userId],
  );
}

/** Opens a session and answers its bearer token; only the token's SHA-256 is stored. */
export async function openSession(ds: DataSource, userId: number, ttlHours: number): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date();
  await ds.query(
    `INSERT INTO ${q(ds, 'user_session')} (${q(ds, 'tokenHash')}, ${q(ds, 'userId')}, ${q(ds, 'createdAt')}, ${q(ds, 'expiresAt')}) VALUES (?, ?, ?, ?)`,
    [
      tokenHash(token),
      userId,
      toSqlParam(ds, 'datetime', now),
      toSqlParam(ds, 'datetime', new Date(now.getTime() + ttlHours * 3600_000)),
    ],
  );
  return token;
}

export async function closeSession(ds: DataSource, sessionId: number): Promise<void> {
  await ds.query(`UPDATE ${q(ds, 'user_session')} SET ${q(ds, 'revokedAt')} = ? WHERE ${q(ds, 'id')} = ?`, [
    toSqlParam(ds, 'datetime', new Date()),
    sessionId,
  ]);
}

/**
 * The user behind a bearer token, if the session is open and unexpired and the user active. Read on
 * every request from the primary, with no cache, so that a logout, a deactivation or a password change
 * holds on every instance at once (one lookup by a unique index: measured in README, "Several instances").
 */
/**
 * Why a token no longer signs anyone in, in words for the sign-in page: the account deactivated, the
 * password reset by an administrator, changed elsewhere, or the session expired; null for a token never issued.
 */
export async function whySignedOut(ds: DataSource, token: string): Promise<string | null> {
  const rows: Record<string, unknown>[] = await ds.query(
    `SELECT s.${q(ds, 'revokedAt')} AS revokedAt, s.${q(ds, 'expiresAt')} AS expiresAt, u.${q(ds, 'active')} AS active,
       u.${q(ds, 'voidedAt')} AS voidedAt, u.${q(ds, 'mustChangePassword')} AS mustChangePassword
     FROM ${q(ds, 'user_session')} s JOIN ${q(ds, 'app_user')} u ON u.${q(ds, 'id')} = s.${q(ds, 'userId')}
     WHERE s.${q(ds, 'tokenHash')} = ?`,
    [tokenHash(token)],
  );
  return signedOutReason(rows[0]);
}

/** The reason itself, from the session and its user as stored (see whySignedOut). */
export function signedOutReason(r: Record<string, unknown> | undefined, now = new Date()): string | null {
  if (!r) return null;
  if (!fromSql('bool', r.active) || r.voidedAt) return '账号已停用，请联系系统管理员';
  if (r.revokedAt)
    return fromSql('bool', r.mustChangePassword)
      ? '您的密码已被管理员重置，请用新的一次性密码登录'
      : '您已退出登录，或在别处修改了密码，请重新登录';
  if ((fromSql('datetime', r.expiresAt) as Date) < now) return '登录已过期，请重新登录';
  return null;
}

export async function userForToken(ds: DataSource, token: string): Promise<SessionUser | null> {
  return (await loadSessionUser(ds, tokenHash(token)))?.user ?? null;
}

async function loadSessionUser(ds: DataSource, hash: string): Promise<{ user: SessionUser; expiresAt: Date } | null> {
  const rows: Record<string, unknown>[] = await ds.query(
    `SELECT s.${q(ds, 'id')} AS sessionId, s.${q(ds, 'expiresAt')} AS expiresAt, u.${q(ds, 'id')} AS id, u.${q(ds, 'username')} AS username,
       u.${q(ds, 'displayName')} AS displayName, u.${q(ds, 'role')} AS role, u.${q(ds, 'departmentId')} AS departmentId, u.${q(ds, 'active')} AS active,
       u.${q(ds, 'mustChangePassword')} AS mustChangePassword, u.${q(ds, 'deptHead')} AS deptHead, u.${q(ds, 'voidedAt')} AS voidedAt,
       s.${q(ds, 'primaryUntil')} AS primaryUntil
     FROM ${q(ds, 'user_session')} s JOIN ${q(ds, 'app_user')} u ON u.${q(ds, 'id')} = s.${q(ds, 'userId')}
     WHERE s.${q(ds, 'tokenHash')} = ? AND s.${q(ds, 'revokedAt')} IS NULL`,
    [hash],
  );
  if (!rows.length) return null;
  const r = rows[0];
  const expiresAt = fromSql('datetime', r.expiresAt) as Date;
  if (!fromSql('bool', r.active) || r.voidedAt || expiresAt < new Date()) return null;
  const primaryUntil = r.primaryUntil ? (fromSql('datetime', r.primaryUntil) as Date).getTime() : 0;
  return { user: { ...identity(r), sessionId: Number(r.sessionId), primaryUntil }, expiresAt };
}

/** Everyone who can appear in the trail, by name: login and display name, in login order. */
export async function listUserNames(ds: DataSource): Promise<Array<{ username: string; displayName: string }>> {
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${q(ds, 'username')} AS u, ${q(ds, 'displayName')} AS d FROM ${q(ds, 'app_user')} ORDER BY ${q(ds, 'username')}`,
  );
  return rows.map((r) => ({ username: String(r.u), displayName: String(r.d) }));
}

/** Sets a user's password hash (and whether it must be changed at the next sign-in); clears a lock. */
export async function setPassword(
  em: EntityManager,
  userId: number,
  passwordHash: string,
  mustChange: boolean,
): Promise<void> {
  await em.query(
    `UPDATE ${q(em, 'app_user')} SET ${q(em, 'passwordHash')} = ?, ${q(em, 'mustChangePassword')} = ?, ${q(em, 'failedLogins')} = 0, ${q(em, 'lockedUntil')} = NULL WHERE ${q(em, 'id')} = ?`,
    [passwordHash, toSqlParam(em.connection, 'bool', mustChange), userId],
  );
}

/** Keeps a session's reads on the primary until `until` (ms), on every instance (read-your-writes with replicas). */
export async function keepReadsOnPrimary(ds: DataSource, sessionId: number, until: number): Promise<void> {
  await ds.query(`UPDATE ${q(ds, 'user_session')} SET ${q(ds, 'primaryUntil')} = ? WHERE ${q(ds, 'id')} = ?`, [
    toSqlParam(ds, 'datetime', new Date(until)),
    sessionId,
  ]);
}

/** Ends every open session of a user (all but `keep`). */
export async function endSessionsOf(em: EntityManager, userId: number, keep: number | null = null): Promise<void> {
  await em.query(
    `UPDATE ${q(em, 'user_session')} SET ${q(em, 'revokedAt')} = ? WHERE ${q(em, 'userId')} = ? AND ${q(em, 'revokedAt')} IS NULL${keep === null ? '' : ` AND ${q(em, 'id')} <> ?`}`,
    [toSqlParam(em.connection, 'datetime', new Date()), userId, ...(keep === null ? [] : [keep])],
  );
}

/** Active, not voided administrators. */
export async function countActiveAdmins(em: EntityManager): Promise<number> {
  const rows: Array<{ n: number }> = await em.query(
    `SELECT COUNT(*) AS n FROM ${q(em, 'app_user')} WHERE ${q(em, 'role')} = 'ADMIN' AND ${q(em, 'active')} = ? AND ${q(em, 'voidedAt')} IS NULL`,
    [toSqlParam(em.connection, 'bool', true)],
  );
  return Number(rows[0].n);
}

/** The stored password hash of a user (for changePassword's check of the current one). */
export async function passwordHashOf(ds: DataSource, userId: number): Promise<string | null> {
  const rows: Array<{ h: string }> = await ds.query(
    `SELECT ${q(ds, 'passwordHash')} AS h FROM ${q(ds, 'app_user')} WHERE ${q(ds, 'id')} = ?`,
    [userId],
  );
  return rows[0]?.h ?? null;
}

export interface AccountState {
  lastLoginAt: Date | null;
  mustChangePassword: boolean;
}

/** Last sign-in and one-time-password state of users, in the order of `ids`. */
export async function accountStates(ds: DataSource, ids: readonly number[]): Promise<Array<AccountState | null>> {
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${q(ds, 'id')} AS id, ${q(ds, 'lastLoginAt')} AS l, ${q(ds, 'mustChangePassword')} AS m FROM ${q(ds, 'app_user')} WHERE ${q(ds, 'id')} IN (${ids.map(() => '?').join(', ')})`,
    [...ids],
  );
  const byId = new Map(
    rows.map((r) => [
      Number(r.id),
      { lastLoginAt: fromSql('datetime', r.l) as Date | null, mustChangePassword: fromSql('bool', r.m) === true },
    ]),
  );
  return ids.map((id) => byId.get(id) ?? null);
}

/** Whether a user heads a department, and which (for approvals). */
export async function headOf(
  em: EntityManager,
  userId: number,
): Promise<{ deptHead: boolean; departmentId: number | null } | null> {
  const rows: Array<Record<string, unknown>> = await em.query(
    `SELECT ${q(em, 'deptHead')} AS h, ${q(em, 'departmentId')} AS d FROM ${q(em, 'app_user')} WHERE ${q(em, 'id')} = ?`,
    [userId],
  );
  return rows.length
    ? { deptHead: fromSql('bool', rows[0].h) === true, departmentId: rows[0].d === null ? null : Number(rows[0].d) }
    : null;
}
