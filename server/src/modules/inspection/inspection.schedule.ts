import { addMonths } from '../../core/calendar/working-calendar.js';
import { insertAudited } from '../../core/ledger/write/row-writer.js';
import { findByIds } from '../../core/ledger/query/ledger-store.js';
import type { Row, SaveContext } from '../../core/ledger/schema/ledger.types.js';
import { warrantyPolicyLedger } from '../warranty/warranty-policy.ledger.js';
import { parseMonths } from '../warranty/warranty.rules.js';
import { routineInspectionLedger } from './routine-inspection.ledger.js';

/** Due dates of a unit's routine inspections: the policy's months after acceptance (default 1, 3, 6, 12). */
export function inspectionPlan(
  acceptanceDate: string,
  months: string | null,
): Array<{ planMonth: number; dueDate: string }> {
  return (parseMonths(months) ?? [1, 3, 6, 12]).map((m) => ({ planMonth: m, dueDate: addMonths(acceptanceDate, m) }));
}

/** After archives are saved: a unit whose acceptance date was just recorded gets its inspections scheduled. */
export async function scheduleInspections(
  ctx: SaveContext,
  rows: Array<{ id: number; values: Record<string, unknown>; previous: Row | null }>,
): Promise<void> {
  const due = rows.filter((r) => r.values.acceptanceDate && !r.previous?.acceptanceDate);
  if (!due.length) return;
  const policyIds = [...new Set(due.map((r) => (r.values.policyId ?? r.previous?.policyId) as number))];
  const policies = new Map((await findByIds(ctx.em, warrantyPolicyLedger, policyIds)).map((p) => [p.id, p]));
  for (const r of due) {
    const policy = policies.get((r.values.policyId ?? r.previous?.policyId) as number);
    for (const p of inspectionPlan(String(r.values.acceptanceDate), (policy?.inspectionMonths as string) ?? null)) {
      await insertAudited(ctx, routineInspectionLedger, {
        archiveId: r.id,
        planMonth: p.planMonth,
        dueDate: p.dueDate,
      });
    }
  }
}
