import { roleLabel } from '../../core/ledger/schema/permissions.js';
import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import type { ReadRouter } from '../../core/db/read-router.js';
import type { SessionUser } from '../graphql/context.js';
import { sendError } from './http-errors.js';

/** Where sessions are kept: the user module's store, given by the composition root (modules/index.ts). */
export interface SessionStore {
  userForToken(ds: DataSource, token: string): Promise<SessionUser | null>;
  /** Why a token that signs no one in no longer does, in words (or null). */
  whySignedOut(ds: DataSource, token: string): Promise<string | null>;
  keepReadsOnPrimary(ds: DataSource, sessionId: number, until: number): Promise<void>;
}

let store: SessionStore | null = null;

export function useSessionStore(s: SessionStore): void {
  store = s;
}

function sessions(): SessionStore {
  if (!store) throw new Error('no session store: the modules were not loaded');
  return store;
}

/** After a write, the session's reads stay on the primary for a few seconds, on every instance (only with replicas). */
export async function readOwnWrites(ds: DataSource, router: ReadRouter, user: SessionUser): Promise<void> {
  if (!router.hasReplicas) return;
  user.primaryUntil = router.primaryUntil();
  await sessions().keepReadsOnPrimary(ds, user.sessionId, user.primaryUntil);
}

/** Why the token a request carries signs no one in (deactivated, password reset, expired), or null. */
export async function signedOutReason(ds: DataSource, req: Request): Promise<string | null> {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m ? sessions().whySignedOut(ds, m[1]) : null;
}

/** The signed-in user of a request (`Authorization: Bearer <token>`), or null. */
export async function userFrom(ds: DataSource, req: Request): Promise<SessionUser | null> {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m ? sessions().userForToken(ds, m[1]) : null;
}

/**
 * The signed-in user of a file route, answering 401 (not signed in) or 403 (a role not in `roles`,
 * with what it may not do) itself and giving null then. Every request log line names the user.
 */
export async function signedIn(
  ds: DataSource,
  req: Request,
  res: Response,
  roles: readonly string[] | null,
  what: string,
): Promise<SessionUser | null> {
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
    sendError(res, 403, 'FORBIDDEN', `「${roleLabel(user.role)}」角色不能${what}`);
    return null;
  }
  return user;
}
