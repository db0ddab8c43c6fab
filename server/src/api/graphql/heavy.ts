import { GraphQLError } from 'graphql';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { HeavyGate, TooBusyError } from '../../core/runtime/heavy-gate.js';
import type { RequestContext } from './context.js';

/**
 * What the heavy fields cost, in the units of query-cost.ts. Measured on the demo data (SQLite,
 * 10 calls each) against an ordinary ledger page — 100 complaints with their customers, ≈ 5.6 ms for
 * a cost of ≈ 500, so one unit ≈ 10 µs and the request limit (250,000) ≈ 2.5 s of work: a ten-year
 * KPI table 27 ms, 我的待办 8.4 ms, a Pareto or rework history 5–30 ms, the callback plan and the year's
 * satisfaction 3–4 ms, a ledger held against its trail 53 ms (more as the ledger grows), the whole
 * chain verified 420 ms.
 */
export const FIELD_COST = {
  kpis: 3_000,
  pareto: 3_000,
  reworkHistory: 1_000,
  myWork: 1_000,
  plan: 500,
  reconcile: 25_000,
  verifyChain: 50_000,
} as const;

/** One gate per instance (heavy-gate.ts): heavy fields take turns, each on a fresh turn of the event loop. */
export const heavyGate = new HeavyGate();

const takeTurns: MiddlewareFn<RequestContext> = async ({ context }, next) => {
  try {
    return await heavyGate.run(context.user ? `u${context.user.id}` : `ip${context.ip}`, next);
  } catch (e) {
    if (!(e instanceof TooBusyError)) throw e;
    throw new GraphQLError(`服务器繁忙：您已有 ${e.waiting} 项统计在排队，请等它们完成后再试 (too busy)`, {
      extensions: { code: 'TOO_BUSY', http: { status: 429 } },
    });
  }
};

/** Marks a resolver heavy: it waits its turn at the instance's gate. Declare its `complexity` from FIELD_COST beside it. */
export const Heavy = () => UseMiddleware(takeTurns);
