import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ReadRouter } from '../../core/db/read-router.js';
import { keepReadsOnPrimary, userForToken } from '../../modules/user/user.store.js';
import type { SessionUser } from '../graphql/context.js';
import { sendError } from './http-errors.js';

/** After a write, the session's reads stay on the primary for a few seconds, on every instance (only with replicas). */
export async function readOwnWrites(ds: DataSource, router: ReadRouter, user: SessionUser): Promise<void> {
  if (!router.hasReplicas) return;
  user.primaryUntil = router.primaryUntil();
  await keepReadsOnPrimary(ds, user.sessionId, user.primaryUntil);
}

/** The signed-in user of a request (`Authorization: Bearer <token>`), or null. */
export async function userFrom(ds: DataSource, req: Request): Promise<SessionUser | null> {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m ? userForToken(ds, m[1]) : null;
}

/**
 * The signed-in user of a file route, answering 401 (not signed in) or 403 (a role not in `roles`,
 * with what it may not do) itself and giving null then. Every request log line names the user.
 */
export async function signedIn(ds: DataSource, req: Request, res: Response, roles: readonly string[] | null, what: string): Promise<SessionUser | null> {
  const user = await userFrom(ds, req);
  if (!user) {
    sendError(res, 401, 'UNAUTHENTICATED', '请先登录 (sign in first)');
    return null;
  }
  res.locals.userId = user.id;
  if (user.mustChangePassword) {
    sendError(res, 403, 'PASSWORD_CHANGE_REQUIRED', '请先修改一次性密码 (change your one-time password first)');
    return null;
  }
  if (roles && !roles.includes(user.role)) {
    sendError(res, 403, 'FORBIDDEN', `角色 ${user.role} 不能${what}`);
    return null;
  }
  return user;
}
