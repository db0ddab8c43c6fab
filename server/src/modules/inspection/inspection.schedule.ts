import { addMonths } from '../../core/calendar/working-calendar.js';
import { insertAudited } from '../../core/ledger/write/row-writer.js';
import { findByIds } from '../../core/ledger/query/ledger-store.js';
import type { Row, SaveContext } from '../../core/ledger/schema/ledger.types.js';
import { warrantyPolicyLedger } from '../warranty/warranty-policy.ledger.js';
import { parseMonths } from '../warranty/warranty.rules.js';
import { productModelLedger } from '../product/product-model.ledger.js';
import { routineInspectionLedger } from './routine-inspection.ledger.js';

/**
 * Due dates of a unit's routine inspections: the policy's months after acceptance (default 1, 3, 6, 12).
 * 一品一案 lets each model keep its own months, but the first month is always kept: it is where a new
 * unit's early faults and its operators' questions are caught.
 */
export function inspectionPlan(
  acceptanceDate: string,
  months: string | null,
): Array<{ planMonth: number; dueDate: string }> {
  const plan = [...new Set([1, ...(parseMonths(months) ?? [1, 3, 6, 12])])].sort((a, b) => a - b);
  return plan.map((m) => ({ planMonth: m, dueDate: addMonths(acceptanceDate, m) }));
}

/** A model's 例行检查项目 as typed (one per line, or separated by 、；) → the items. */
export function checklistItems(text: unknown): string[] {
  return String(text ?? '')
    .split(/[\n；;、]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The items a done inspection has not answered: each item must appear in its findings. */
export function unansweredItems(checklist: unknown, findings: unknown): string[] {
  const said = String(findings ?? '');
  return checklistItems(checklist).filter((item) => !said.includes(item));
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
  const modelIds = [...new Set(due.map((r) => (r.values.modelId ?? r.previous?.modelId) as number).filter(Boolean))];
  const models = new Map((await findByIds(ctx.em, productModelLedger, modelIds)).map((m) => [m.id, m]));
  for (const r of due) {
    const policy = policies.get((r.values.policyId ?? r.previous?.policyId) as number);
    const checklist = checklistItems(
      models.get((r.values.modelId ?? r.previous?.modelId) as number)?.inspectionChecklist,
    );
    for (const p of inspectionPlan(String(r.values.acceptanceDate), (policy?.inspectionMonths as string) ?? null)) {
      await insertAudited(ctx, routineInspectionLedger, {
        archiveId: r.id,
        planMonth: p.planMonth,
        dueDate: p.dueDate,
        ...(checklist.length ? { checklist: checklist.join('\n') } : {}),
      });
    }
  }
}
