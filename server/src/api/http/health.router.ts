import express from 'express';
import type { DataSource } from 'typeorm';
import { clusterOf } from '../../core/db/cluster-pool.js';
import { dbKind } from '../../core/db/data-source.js';
import { retries } from '../../core/db/transaction.js';
import type { ReadRouter } from '../../core/db/read-router.js';
import { trailAlarm } from '../../core/audit/trail-alarm.js';
import { eventLoopDelay } from '../../core/runtime/event-loop.js';
import { heavyGate } from '../graphql/heavy.js';

/** Set while the instance shuts down. */
export interface Lifecycle {
  draining: boolean;
}

/** What a load balancer asks before sending work: the database answers, no migration is pending, each replica's lag, not shutting down. */
async function readiness(ds: DataSource, router: ReadRouter, lifecycle: Lifecycle): Promise<Record<string, unknown>> {
  let database = 'ok';
  let migrations = 'ok';
  try {
    await ds.query('SELECT 1');
    if (await ds.showMigrations()) migrations = 'pending';
  } catch {
    database = 'unavailable';
  }
  const ready = !lifecycle.draining && database === 'ok' && migrations === 'ok';
  // a broken trail keeps the instance serving (the ledgers are fine to read) but says so: degraded
  const alarm = trailAlarm(ds);
  const audit = alarm
    ? { status: 'broken', seq: alarm.seq, problem: alarm.problem, since: alarm.at.toISOString() }
    : 'ok';
  return {
    status: lifecycle.draining ? 'draining' : !ready ? 'unavailable' : alarm ? 'degraded' : 'ready',
    database,
    migrations,
    audit,
    replicas: router.status(),
    // write transactions the database refused (deadlock, certification conflict, lost node) and run again
    transactions: { retried: { ...retries } },
    // a Galera cluster: each node's state and which one this instance's work goes to
    ...(clusterOf(ds) ? { cluster: { nodes: clusterOf(ds)!.status(), failovers: clusterOf(ds)!.switches } } : {}),
    // how long the loop was held since the last /readyz, and the heavy work running and waiting its turn
    eventLoop: eventLoopDelay(),
    heavy: heavyGate.load(),
  };
}

/**
 * `/healthz` (the process and its database answer) and `/readyz` (send it work: 503 while draining,
 * with a migration pending or the database down; each replica's lag). A draining instance also
 * closes every connection after its answer, so clients reconnect to another one.
 */
export function healthRouter(ds: DataSource, router: ReadRouter, lifecycle: Lifecycle): express.Router {
  const r = express.Router();
  r.use((_req, res, next) => {
    if (lifecycle.draining) res.setHeader('Connection', 'close');
    next();
  });
  r.get('/healthz', async (_req, res) => {
    try {
      await ds.query('SELECT 1');
      res.json({ status: 'ok', database: dbKind(ds) });
    } catch {
      res.status(503).json({ status: 'unavailable', database: dbKind(ds) });
    }
  });
  r.get('/readyz', async (_req, res) => {
    const body = await readiness(ds, router, lifecycle);
    res.status(body.status === 'ready' || body.status === 'degraded' ? 200 : 503).json(body);
  });
  return r;
}
