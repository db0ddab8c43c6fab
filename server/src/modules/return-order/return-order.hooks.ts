import type { WorkflowDeclaration } from '../app-module.js';
import { decidesReturns, RETURN_TRANSITIONS } from '../rework/rework.rules.js';
import { actorCheck } from '../user/actor-check.js';
import type { LedgerDef } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerHooks } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerBehaviour } from '../app-module.js';
import { findByIds } from '../../core/ledger/query/ledger-store.js';
import type { CellError, Row, SaveContext } from '../../core/ledger/schema/ledger.types.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { archiveWarranty, transactionSource } from '../warranty/warranty.service.js';
import { returnOrderLedger } from './return-order.ledger.js';
import { amountProblem, approvalReasons } from './return-order.rules.js';

/**
 * New orders (and ones whose unit or receipt time changed) get the warranty decision as of the day
 * the unit came in, with its reason; the customer comes from the archive. A fee on an in-warranty
 * decision is refused, never silently zeroed.
 */
async function decideWarranty(
  ctx: SaveContext,
  rows: Array<{ key: string; values: Record<string, unknown>; previous: Row | null }>,
): Promise<CellError[]> {
  const errors: CellError[] = [];
  const src = transactionSource(ctx.em);
  const touched = rows.filter(
    (r) =>
      !r.previous ||
      'archiveId' in r.values ||
      'receivedAt' in r.values ||
      'fee' in r.values ||
      'type' in r.values ||
      'amount' in r.values,
  );
  const archiveIds = [...new Set(touched.map((r) => (r.values.archiveId ?? r.previous?.archiveId) as number))];
  const archives = new Map((await findByIds(ctx.em, serviceArchiveLedger, archiveIds)).map((a) => [a.id, a]));
  for (const r of touched) {
    const m = { ...r.previous, ...r.values };
    const archive = archives.get(m.archiveId as number)!;
    if (!r.previous) r.values.status = 'REGISTERED';
    if (!r.previous || 'archiveId' in r.values) {
      r.values.customerId = archive.customerId;
      r.values.modelId = archive.modelId ?? null;
    }
    if (!r.previous || 'archiveId' in r.values || 'receivedAt' in r.values) {
      const v = await archiveWarranty(src, archive, m.receivedAt as Date, r.previous?.id);
      if (v) {
        r.values.warrantyDecision = v.remedy;
        r.values.decisionReason = v.reason;
        r.values.flags = v.flags.length ? v.flags.join('；') : null;
      }
    }
    const decision = r.values.warrantyDecision ?? r.previous?.warrantyDecision;
    const fee = m.fee as number | null | undefined;
    if (decision && decision !== 'CHARGED_REPAIR') {
      if (fee)
        errors.push({ row: r.key, field: 'fee', code: 'INVALID', message: '保修期内（或三包）不收费，费用应为 0' });
      else if (fee === null || fee === undefined) r.values.fee = 0;
    } else if (fee !== null && fee !== undefined && fee < 0)
      errors.push({ row: r.key, field: 'fee', code: 'INVALID', message: '费用不能为负' });
    const amount = amountProblem(m);
    if (amount) errors.push({ row: r.key, field: 'amount', code: 'INVALID', message: amount });
    // what departs from the verdict, or moves money or goods, waits for the department manager
    const reasons = approvalReasons({ ...m, warrantyDecision: decision, fee: r.values.fee ?? fee });
    r.values.approvalRequired = reasons.length > 0;
    r.values.approvalReason = reasons.length ? reasons.join('；') : null;
    if (r.previous?.approvedAt && reasons.length)
      Object.assign(r.values, { approvedBy: null, approvedAt: null, approvalNote: null }); // a changed order is approved again
  }
  return errors;
}

const returnOrderHooks: LedgerHooks = { beforeWrite: decideWarranty };

// the manager approves the remedy and its money: whoever changed them is a proposer (decideWarranty clears an approval on any change)
const returnOrderApproval: LedgerDef['approval'] = {
  fields: ['type', 'amount', 'fee', 'qtyClaimed', 'archiveId', 'customerId'],
  reopen: () => null,
};

/** What the module's ledgers do beyond their declarations; wired by the composition root. */
export const returnOrderBehaviours: LedgerBehaviour[] = [
  { ledger: returnOrderLedger, hooks: returnOrderHooks, approval: returnOrderApproval },
];

// a return or exchange is decided by a department manager with the sales representative (customer-service-procedure 四)
const returnDeciderCheck = actorCheck(decidesReturns, null, '退/换货由部门负责人或总经理室会同销售代表决定');

/** The return order's commands, with the approver's check that needs the user list. */
export const returnOrderWorkflow: WorkflowDeclaration = {
  ledger: returnOrderLedger,
  commands: { ...RETURN_TRANSITIONS, approve: { ...RETURN_TRANSITIONS.approve, check: returnDeciderCheck } },
};
