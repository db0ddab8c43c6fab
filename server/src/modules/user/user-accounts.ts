import type { DataSource } from 'typeorm';
import { appendAudit, newBatchId } from '../../core/audit/audit-trail.js';
import { inTransaction } from '../../core/db/transaction.js';
import { findByIds } from '../../core/ledger/query/ledger-store.js';
import type { SaveContext } from '../../core/ledger/schema/ledger.types.js';
import { commitAudit, insertAudited } from '../../core/ledger/write/row-writer.js';
import { hashPassword, verifyPassword } from './password.js';
import { oneTimePassword, passwordProblem } from './password-policy.js';
import { userLedger } from './user.ledger.js';
import { endSessionsOf, passwordHashOf, setPassword } from './user.store.js';
import { clearAttempts, LOCK_MINUTES, takeAttempt } from './login-throttle.js';

/** A refused account change, naming the argument. */
export class AccountError extends Error {
  constructor(
    readonly field: string,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Creates an active user with a chosen password, by the system and through the trail (the first
 * administrator from ADMIN_PASSWORD, the demo users): no one-time password, no change forced.
 */
export async function createUser(
  ds: DataSource,
  user: { username: string; displayName: string; role: string; departmentId?: number | null; deptHead?: boolean },
  passwordHash: string,
): Promise<number> {
  return inTransaction(ds, async (em) => {
    const ctx: SaveContext = {
      em,
      userId: null,
      role: 'ADMIN',
      displayName: '系统',
      now: new Date(),
      audit: [],
      batchId: newBatchId(),
    };
    const id = await insertAudited(ctx, userLedger, {
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      departmentId: user.departmentId ?? null,
      deptHead: user.deptHead ?? false,
      active: true,
    });
    await setPassword(em, id, passwordHash, false);
    await commitAudit(ctx);
    return id;
  });
}

/**
 * An administrator gives a user a new one-time password (answered once): the user's sessions end
 * and the password must be changed at the next sign-in. Audited without the password.
 */
export async function resetPassword(
  ds: DataSource,
  actor: { userId: number },
  userId: number,
): Promise<{ username: string; password: string }> {
  const password = oneTimePassword();
  const hash = await hashPassword(password);
  return inTransaction(ds, async (em) => {
    const [user] = await findByIds(em, userLedger, [userId], true);
    if (!user || user.voidedAt) throw new AccountError('userId', 'NOT_FOUND', `没有用户 ${userId}`);
    await setPassword(em, userId, hash, true);
    await clearAttempts(em, String(user.username));
    await endSessionsOf(em, userId);
    await appendAudit(
      em,
      [
        {
          userId: actor.userId,
          action: 'RESET_PASSWORD',
          entity: userLedger.name,
          entityId: userId,
          field: null,
          oldValue: null,
          newValue: null,
          reason: '管理员重置密码',
        },
      ],
      newBatchId(),
    );
    return { username: String(user.username), password };
  });
}

/**
 * Everyone changes their own password: the current one must be right, the new one must pass the
 * policy and differ from it. The user's other sessions end; this one goes on.
 */
export async function changePassword(
  ds: DataSource,
  user: { id: number; username: string; sessionId: number },
  current: string,
  next: string,
  client = '',
): Promise<void> {
  // the current password is a sign-in in all but name: it counts toward the same five as the login
  const attempt = await takeAttempt(ds, user.username, client);
  if (attempt.locked)
    throw new AccountError('current', 'TOO_MANY_ATTEMPTS', `尝试次数过多，请 ${LOCK_MINUTES} 分钟后再试`);
  const stored = await passwordHashOf(ds, user.id);
  const right = !!stored && (await verifyPassword(stored, current));
  await attempt.settle(!right);
  if (!right) throw new AccountError('current', 'WRONG_PASSWORD', '当前密码不正确');
  const problem = passwordProblem(next, user.username);
  if (problem) throw new AccountError('next', 'WEAK_PASSWORD', `新密码：${problem}`);
  if (next === current) throw new AccountError('next', 'SAME_PASSWORD', '新密码不能与当前密码相同');
  const hash = await hashPassword(next);
  await inTransaction(ds, async (em) => {
    await setPassword(em, user.id, hash, false);
    await endSessionsOf(em, user.id, user.sessionId);
    await appendAudit(
      em,
      [
        {
          userId: user.id,
          action: 'CHANGE_PASSWORD',
          entity: userLedger.name,
          entityId: user.id,
          field: null,
          oldValue: null,
          newValue: null,
          reason: null,
        },
      ],
      newBatchId(),
    );
  });
}
