import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { userFrom } from '../http/session.js';
import { ANONYMOUS_BUDGET, documentProblem, SIGNED_IN_BUDGET } from './limits.js';

/**
 * Refuses, before Apollo parses it, a GraphQL document over its sender's budget (limits.ts): a
 * signed-in user's, or the much smaller one of a request without a session. The user found is kept
 * for the request's context.
 */
export function documentBudget(ds: DataSource) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const query: unknown =
      req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    try {
      const user = await userFrom(ds, req);
      res.locals.user = user;
      const problem = documentProblem(query, user ? SIGNED_IN_BUDGET : ANONYMOUS_BUDGET);
      if (!problem) return next();
      res.status(400).json({ errors: [{ message: problem, extensions: { code: 'QUERY_TOO_LARGE' } }] });
    } catch (e) {
      next(e);
    }
  };
}
