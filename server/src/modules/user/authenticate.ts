import type { DataSource } from 'typeorm';
import { takeAttempt } from './login-throttle.js';
import { verifyNobody, verifyPassword } from './password.js';
import { findUserByUsername, recordLoginSuccess, type UserRecord } from './user.store.js';

export { LOCK_MINUTES, MAX_FAILED_LOGINS } from './login-throttle.js';

export type AuthOutcome = { ok: true; user: UserRecord } | { ok: false; reason: 'WRONG' | 'LOCKED' };

/** The password checks a login runs; tests count them. */
export interface PasswordChecks {
  verify(stored: string, password: string): Promise<boolean>;
  verifyNobody(password: string): Promise<false>;
}

const realChecks: PasswordChecks = { verify: verifyPassword, verifyNobody };

/**
 * Checks a username and password. Known and unknown names take the same path — a place among the
 * name's attempts, the user lookup, one password check, the attempt settled — so neither the answer
 * nor its timing tells them apart; five wrong passwords lock either alike (see login-throttle.ts).
 */
export async function authenticate(ds: DataSource, username: string, password: string, checks: PasswordChecks = realChecks): Promise<AuthOutcome> {
  const attempt = await takeAttempt(ds, username);
  const user = await findUserByUsername(ds, username.trim());
  if (attempt.locked) {
    await checks.verifyNobody(password); // a locked name answers no faster than an open one
    return { ok: false, reason: 'LOCKED' };
  }
  const ok = user && user.active ? await checks.verify(user.passwordHash, password) : await checks.verifyNobody(password);
  await attempt.settle(!ok);
  if (!ok || !user) return { ok: false, reason: 'WRONG' };
  await recordLoginSuccess(ds, user.id);
  return { ok: true, user };
}
