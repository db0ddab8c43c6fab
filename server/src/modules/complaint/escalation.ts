import type { DataSource } from 'typeorm';
import { newBatchId } from '../../core/audit/audit-trail.js';
import { quoter, toSqlParam } from '../../core/db/sql-value.js';
import { inTransaction } from '../../core/db/transaction.js';
import type { ScheduledJob } from '../../core/jobs/scheduler.js';
import { findByIds } from '../../core/ledger/query/ledger-store.js';
import type { SaveContext } from '../../core/ledger/schema/ledger.types.js';
import { commitAudit, updateAudited } from '../../core/ledger/write/row-writer.js';
import { complaintLedger } from './complaint.ledger.js';
import { TERMINAL } from './complaint.rules.js';
import { ANSWER_DUE } from './deadline.rules.js';
import { DEFAULT_ESCALATION, escalationReasons, type EscalationSettings } from './escalation.rules.js';

const BATCH = 500;

/** Open, not escalated complaints that may escalate now: one statement (clusters by model and cause within the window). */
async function candidates(
  ds: DataSource,
  now: Date,
  s: EscalationSettings,
): Promise<Array<{ id: number; cluster: boolean }>> {
  const q = quoter(ds);
  const c = (n: string) => `c.${q(n)}`;
  // a paper record entered after the fact (补录) is history: never escalated, whatever its status became
  const open = `${c('voidedAt')} IS NULL AND (${c('escalated')} IS NULL OR ${c('escalated')} = ?) AND (${c('backfilled')} IS NULL OR ${c('backfilled')} = ?) AND ${c('status')} NOT IN (${[...TERMINAL].map(() => '?').join(', ')})`;
  const since = toSqlParam(ds, 'datetime', new Date(now.getTime() - s.clusterDays * 86_400_000));
  const at = toSqlParam(ds, 'datetime', now);
  const no = toSqlParam(ds, 'bool', false);
  const yes = toSqlParam(ds, 'bool', true);
  const rows: Array<{ id: number; cluster: number }> = await ds.query(
    `SELECT c.${q('id')} AS id, CASE WHEN g.n IS NULL THEN 0 ELSE 1 END AS cluster FROM ${q('complaint')} c
      LEFT JOIN (SELECT ${q('modelId')} AS m, ${q('causeCategory')} AS k, COUNT(*) AS n FROM ${q('complaint')}
        WHERE ${q('voidedAt')} IS NULL AND ${q('receivedAt')} >= ? AND ${q('receivedAt')} <= ? AND ${q('modelId')} IS NOT NULL AND ${q('causeCategory')} IS NOT NULL
        GROUP BY ${q('modelId')}, ${q('causeCategory')} HAVING COUNT(*) >= ?) g
        ON g.m = c.${q('modelId')} AND g.k = c.${q('causeCategory')} AND c.${q('receivedAt')} >= ? AND c.${q('receivedAt')} <= ?
      WHERE ${open}
        AND ((c.${q('dueAt')} < ? AND c.${q('status')} IN (${ANSWER_DUE.map(() => '?').join(', ')})) OR c.${q('reopenCount')} > 0 OR c.${q('isRepeat')} = ? OR c.${q('satisfied')} = ? OR c.${q('channel')} = 'MEDIA' OR g.n IS NOT NULL)
      ORDER BY c.${q('id')}`,
    [since, at, s.clusterSize, since, at, no, no, ...TERMINAL, at, ...ANSWER_DUE, yes, no],
  );
  return rows.map((r) => ({ id: Number(r.id), cluster: Number(r.cluster) === 1 }));
}

/**
 * Escalates every open complaint that meets a cause now, by the system, with the reason recorded
 * and audited (自动升级). `now` is the clock (tests inject it). Answers how many, by reason.
 */
export async function runEscalation(
  ds: DataSource,
  now: Date,
  s: EscalationSettings = DEFAULT_ESCALATION,
): Promise<{ escalated: number; byReason: Record<string, number> }> {
  const found = await candidates(ds, now, s);
  const byReason: Record<string, number> = {};
  let escalated = 0;
  for (let i = 0; i < found.length; i += BATCH) {
    const chunk = found.slice(i, i + BATCH);
    const cluster = new Set(chunk.filter((c) => c.cluster).map((c) => c.id));
    const chunkReasons: Record<string, number> = {};
    escalated += await inTransaction(ds, async (em) => {
      for (const k of Object.keys(chunkReasons)) delete chunkReasons[k]; // a refused attempt counts nothing
      const ctx: SaveContext = {
        em,
        userId: null,
        role: 'ADMIN',
        displayName: '系统',
        now,
        audit: [],
        batchId: newBatchId(),
      };
      let n = 0;
      for (const row of await findByIds(
        em,
        complaintLedger,
        chunk.map((c) => c.id),
        true,
      )) {
        const reasons = escalationReasons(row, now, cluster.has(row.id), s);
        if (!reasons.length) continue;
        await updateAudited(
          ctx,
          complaintLedger,
          row,
          { escalated: true, escalationReason: reasons.join('；') },
          'AUTO_ESCALATE',
          reasons.join('；'),
        );
        for (const r of reasons) chunkReasons[r] = (chunkReasons[r] ?? 0) + 1;
        n++;
      }
      await commitAudit(ctx);
      return n;
    });
    for (const [r, n] of Object.entries(chunkReasons)) byReason[r] = (byReason[r] ?? 0) + n;
  }
  return { escalated, byReason };
}

/** The escalation as a scheduled job: every few minutes, on one instance at a time. */
export function escalationJob(everyMinutes: number, s: EscalationSettings = DEFAULT_ESCALATION): ScheduledJob {
  return { name: 'complaint-escalation', everyMs: everyMinutes * 60_000, run: (ds, now) => runEscalation(ds, now, s) };
}
