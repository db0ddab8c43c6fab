import type { DataSource } from 'typeorm';
import { takeAttempt } from './login-throttle.js';
import { verifyNobody, verifyPassword } from './password.js';
import { findUserByUsername, recordLoginSuccess, type UserRecord } from './user.store.js';

export { LOCK_MINUTES, MAX_FAILED_LOGINS } from './login-throttle.js';

export type AuthOutcome =
  | { ok: true; user: UserRecord }
  | { ok: false; reason: 'WRONG' }
  | { ok: false; reason: 'INACTIVE' }
  | { ok: false; reason: 'LOCKED'; until: Date };

/** Each wrong password in a row from one address waits longer before its answer: 0.25 s, 0.5 s, 1 s, 2 s. */
export const wrongPasswordDelayMs = (failedBefore: number): number => Math.min(2_000, 250 * 2 ** failedBefore);

/** The password checks a login runs; tests count them. */
export interface PasswordChecks {
  verify(stored: string, password: string): Promise<boolean>;
  verifyNobody(password: string): Promise<false>;
}

const realChecks: PasswordChecks = { verify: verifyPassword, verifyNobody };

/**
 * Checks a username and password. Known and unknown names take the same path — a place among the
 * name's attempts, the user lookup, one password check, the attempt settled — so neither the answer
 * nor its timing tells them apart; five wrong passwords from one address lock either alike for that
 * address (see login-throttle.ts), each wrong one answered later than the one before.
 */
export async function authenticate(
  ds: DataSource,
  username: string,
  password: string,
  checks: PasswordChecks = realChecks,
  client = '',
): Promise<AuthOutcome> {
  const attempt = await takeAttempt(ds, username, client);
  const user = await findUserByUsername(ds, username.trim());
  if (attempt.locked) {
    await checks.verifyNobody(password); // a locked name answers no faster than an open one
    return { ok: false, reason: 'LOCKED', until: attempt.until };
  }
  const right = user ? await checks.verify(user.passwordHash, password) : await checks.verifyNobody(password);
  // a deactivated account is told so, but only to whoever knows its password: no name is given away
  const ok = right && !!user?.active;
  // the place is held through the delay, so a guesser's parallel tries wait for it too
  if (!right) await new Promise((r) => setTimeout(r, wrongPasswordDelayMs(attempt.failed)));
  await attempt.settle(!right);
  if (right && user && !user.active) return { ok: false, reason: 'INACTIVE' };
  if (!ok || !user) return { ok: false, reason: 'WRONG' };
  await recordLoginSuccess(ds, user.id);
  return { ok: true, user };
}
