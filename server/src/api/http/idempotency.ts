import type { NextFunction, Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { keepResponse, requestDone, requestOnce } from '../../core/db/request-once.js';
import { userFrom } from './session.js';

const KEY = /^[A-Za-z0-9_-]{16,64}$/;
/** Answers larger than this are not kept: a repeat then hears that it was applied, not the whole answer. */
const KEEP_AT_MOST = 8 * 1024 * 1024;

const graphqlError = (res: Response, status: number, message: string, code: string) =>
  res.status(status).json({ errors: [{ message, extensions: { code, field: 'Idempotency-Key' } }] });

/**
 * POST /graphql with an `Idempotency-Key` header: a save sent again with the same key (the client lost
 * the answer to a dropped connection or a failed-over server, or a person pressed save twice) is
 * applied once, and the repeat receives the first answer. The key is the user's own: another user's
 * identical key is another request.
 */
export function idempotentRequests(ds: DataSource) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const given = req.get('idempotency-key');
    if (given === undefined) return next();
    if (!KEY.test(given))
      return void graphqlError(res, 400, 'Idempotency-Key 须为 16–64 个字母、数字、- 或 _', 'BAD_USER_INPUT');
    const user = await userFrom(ds, req);
    res.locals.user = user; // the GraphQL context takes it from here rather than asking again
    if (!user) return next(); // refused as signed out by the ordinary path
    const key = `${user.id}:${given}`;
    // applied already: its answer, waiting a moment if the first is still on its way out (a double click)
    const earlier = await answerOf(ds, key, 10_000);
    if (earlier !== undefined) return void replay(res, earlier);
    const send = res.send.bind(res);
    const once = { key, recorded: false };
    res.send = (body?: unknown) => {
      if (typeof body !== 'string') return send(body);
      // a concurrent repeat that lost the race for the key: the first one's answer, once it is kept
      if (!once.recorded && body.includes('"REPEATED_REQUEST"')) {
        void answerOf(ds, key, 10_000).then((a) => replay(res, a ?? null, send));
        return res;
      }
      if (!once.recorded) return send(body);
      const keep = body.length <= KEEP_AT_MOST ? keepResponse(ds, key, body) : Promise.resolve();
      void keep.catch(() => undefined).finally(() => send(body));
      return res;
    };
    requestOnce.run(once, next);
  };
}

/** The answer kept for `key` (null when it was applied but its answer is not kept), waiting up to `waitMs` for it; undefined when never applied. */
async function answerOf(ds: DataSource, key: string, waitMs: number): Promise<string | null | undefined> {
  const until = Date.now() + waitMs;
  for (;;) {
    const done = await requestDone(ds, key);
    if (!done) return undefined;
    if (done.response !== null || Date.now() >= until) return done.response;
    await new Promise((r) => setTimeout(r, 100));
  }
}

function replay(res: Response, answer: string | null | undefined, send = res.send.bind(res)): void {
  res.setHeader('Idempotent-Replayed', 'true');
  res.status(200).type('application/json');
  send(
    answer ??
      JSON.stringify({
        errors: [
          {
            message: '这次提交已经保存过（同一个请求重复发送），请刷新查看结果',
            extensions: { code: 'REPEATED_REQUEST' },
          },
        ],
      }),
  );
}
