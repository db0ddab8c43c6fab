import type { DataSource } from 'typeorm';
import { verifyNobody, verifyPassword } from './password.js';
import { findUserByUsername, lockAccount, recordLoginSuccess, reserveLoginAttempt, type UserRecord } from './user.store.js';

export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export type AuthOutcome = { ok: true; user: UserRecord } | { ok: false; reason: 'WRONG' | 'LOCKED' };

/** The password checks a login runs; tests count them. */
export interface PasswordChecks {
  verify(stored: string, password: string): Promise<boolean>;
  verifyNobody(password: string): Promise<false>;
}

const realChecks: PasswordChecks = { verify: verifyPassword, verifyNobody };

/**
 * Checks a username and password. An unknown or inactive user costs one password check too, so
 * timing does not tell real names apart. Attempts are counted in the database before the password
 * is checked, so parallel guesses from any number of processes lock the account after five.
 */
export async function authenticate(ds: DataSource, username: string, password: string, checks: PasswordChecks = realChecks): Promise<AuthOutcome> {
  const user = await findUserByUsername(ds, username.trim());
  if (!user || !user.active) {
    await checks.verifyNobody(password);
    return { ok: false, reason: 'WRONG' };
  }
  const lockMs = LOCK_MINUTES * 60_000;
  const attempt = await reserveLoginAttempt(ds, user.id, MAX_FAILED_LOGINS, lockMs);
  if (attempt === null) {
    await checks.verifyNobody(password); // a locked account answers no faster than an open one
    return { ok: false, reason: 'LOCKED' };
  }
  if (!(await checks.verify(user.passwordHash, password))) {
    if (attempt >= MAX_FAILED_LOGINS) await lockAccount(ds, user.id, lockMs);
    return { ok: false, reason: 'WRONG' };
  }
  await recordLoginSuccess(ds, user.id);
  return { ok: true, user };
}
