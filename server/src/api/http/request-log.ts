import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from './logger.js';

const OPERATION = /^\s*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

/** What the request log says about a GraphQL request: its operation name, never its variables. */
function operationOf(req: Request): string | undefined {
  const body = req.body as { operationName?: unknown; query?: unknown } | undefined;
  if (!body || typeof body !== 'object') return undefined;
  if (typeof body.operationName === 'string' && body.operationName) return body.operationName.slice(0, 100);
  return typeof body.query === 'string' ? OPERATION.exec(body.query)?.[1] : undefined;
}

/**
 * One log line per request when it ends: request id (echoed as X-Request-Id), method, path without
 * its query string, GraphQL operation name, user id, status and duration. Never headers or bodies.
 */
export function requestLog(log: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const started = process.hrtime.bigint();
    const given = req.headers['x-request-id'];
    const id = typeof given === 'string' && /^[\w.-]{1,64}$/.test(given) ? given : randomUUID();
    res.locals.requestId = id;
    res.setHeader('X-Request-Id', id);
    res.on('close', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const line = {
        reqId: id,
        method: req.method,
        path: req.originalUrl.split('?')[0],
        operation: operationOf(req),
        userId: res.locals.userId as number | undefined,
        status: res.statusCode,
        ms: Math.round(ms * 10) / 10,
        error: res.locals.errorCode as string | undefined,
        aborted: res.writableFinished ? undefined : true,
      };
      if (res.statusCode >= 500) log.error(line, 'request');
      else log.info(line, 'request');
    });
    next();
  };
}
