import type { DataSource } from 'typeorm';
import { newBatchId } from '../../core/audit/audit-trail.js';
import { localDate } from '../../core/calendar/working-calendar.js';
import { quoter } from '../../core/db/sql-value.js';
import { inTransaction } from '../../core/db/transaction.js';
import { commitAudit, insertAudited, writeContext } from '../../core/ledger/write/row-writer.js';
import { extraInspections, type UnitFacts } from './extra-inspections.rules.js';
import { routineInspectionLedger } from './routine-inspection.ledger.js';

/** Every unit in service with what the wider plan needs, in three statements. */
async function unitFacts(ds: DataSource): Promise<UnitFacts[]> {
  const q = quoter(ds);
  const units: Array<{ id: number; acc: unknown; tier: string | null; life: number | null }> = await ds.query(
    `SELECT a.${q('id')} AS id, a.${q('acceptanceDate')} AS acc, c.${q('tier')} AS tier, m.${q('serviceLifeYears')} AS life
     FROM ${q('service_archive')} a
       LEFT JOIN ${q('customer')} c ON c.${q('id')} = a.${q('customerId')}
       LEFT JOIN ${q('product_model')} m ON m.${q('id')} = a.${q('modelId')}
     WHERE a.${q('voidedAt')} IS NULL AND a.${q('acceptanceDate')} IS NOT NULL`,
  );
  const plans: Array<{ id: number; last: unknown; open: number }> = await ds.query(
    `SELECT ${q('archiveId')} AS id, MAX(COALESCE(${q('doneAt')}, ${q('dueDate')})) AS last,
       SUM(CASE WHEN ${q('doneAt')} IS NULL THEN 1 ELSE 0 END) AS open
     FROM ${q('routine_inspection')} WHERE ${q('voidedAt')} IS NULL GROUP BY ${q('archiveId')}`,
  );
  const day = (v: unknown) => (v instanceof Date ? localDate(v) : String(v).slice(0, 10));
  const byUnit = new Map(plans.map((p) => [Number(p.id), p]));
  return units.map((u) => {
    const plan = byUnit.get(Number(u.id));
    return {
      archiveId: Number(u.id),
      acceptanceDate: day(u.acc),
      keyAccount: u.tier === 'KEY',
      lifeYears: u.life === null ? null : Number(u.life),
      open: Number(plan?.open ?? 0) > 0,
      last: plan?.last ? day(plan.last) : null,
    };
  });
}

/**
 * 补充例行检查计划: the inspections big accounts and units near their design life need beyond the
 * policy's months, written in one transaction, each audited. Planning again adds nothing.
 */
export async function planExtraInspections(
  ds: DataSource,
  actor: { userId: number | null; role: string; displayName: string },
  now = new Date(),
): Promise<number> {
  const extra = extraInspections(await unitFacts(ds), localDate(now));
  if (!extra.length) return 0;
  await inTransaction(ds, async (em) => {
    const ctx = writeContext(em, actor, now, newBatchId());
    for (const x of extra) await insertAudited(ctx, routineInspectionLedger, { ...x }, 'PLAN_INSPECTIONS');
    await commitAudit(ctx);
  });
  return extra.length;
}
