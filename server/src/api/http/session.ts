import type { Request } from 'express';
import type { DataSource } from 'typeorm';
import { userForToken } from '../../modules/user/user.store.js';
import type { SessionUser } from '../graphql/context.js';

/** The signed-in user of a request (`Authorization: Bearer <token>`), or null. */
export async function userFrom(ds: DataSource, req: Request): Promise<SessionUser | null> {
  const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return m ? userForToken(ds, m[1]) : null;
}
