import express from 'express';
import type { DataSource } from 'typeorm';
import { getLedger } from '../../core/ledger/define-ledger.js';
import { reconcileLedger } from '../../core/ledger/reconcile.js';
import { sendError } from './http-errors.js';
import type { Logger } from './logger.js';
import { signedIn } from './session.js';

/**
 * `GET /audit/reconcile/<ledger>`: the reconciliation as NDJSON — a `{"progress":n,"total":m}` line
 * per batch while it runs, then `{"result":…}`; for auditors and administrators.
 */
export function auditRouter(ds: DataSource, log: Logger, roles: readonly string[]): express.Router {
  const router = express.Router();
  router.get('/audit/reconcile/:ledger', async (req, res) => {
    if (!(await signedIn(ds, req, res, roles, '核对台账'))) return;
    const ledger = getLedger(String(req.params.ledger));
    if (!ledger) return sendError(res, 404, 'NOT_FOUND', '没有这个台账');
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    try {
      const result = await reconcileLedger(ds, ledger, { limit: 1000, onProgress: (progress, total) => res.write(`${JSON.stringify({ progress, total })}\n`) });
      res.end(`${JSON.stringify({ result })}\n`);
    } catch (e) {
      log.error({ err: e, ledger: ledger.name }, 'reconcile failed');
      res.end(`${JSON.stringify({ error: '核对失败' })}\n`);
    }
  });
  return router;
}
