import type { LedgerHooks } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerDef } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerBehaviour } from '../app-module.js';
import { type CellError, type Row } from '../../core/ledger/schema/ledger.types.js';
import { noticeLedger } from './notice.ledger.js';

const noticeHooks: LedgerHooks = {
  frozen: (row: Row) =>
    row.status === 'APPROVED' || row.status === 'REJECTED'
      ? `奖罚通知单 ${String(row.noticeNo)} 已审批，不可修改`
      : null,
  validateRow: (row, key) => {
    const errors: CellError[] = [];
    if (!row.department && !row.person)
      errors.push({ row: key, field: 'department', code: 'REQUIRED', message: '「部门」和「责任人」至少填一项' });
    if (!row.sourceComplaintId && !row.sourceReworkId)
      errors.push({ row: key, field: 'sourceComplaint', code: 'REQUIRED', message: '须注明来源投诉或来源返工单' });
    return errors;
  },
  beforeWrite: async (ctx, rows) => {
    for (const r of rows.filter((x) => !x.previous)) {
      r.values.status = 'DRAFT';
      r.values.proposedBy = ctx.displayName;
    }
  },
};

// the general manager approves what was submitted: a change to it sends the notice back to a draft, to be submitted again
const noticeApproval: LedgerDef['approval'] = {
  fields: ['kind', 'department', 'person', 'amount', 'reason', 'sourceComplaintId', 'sourceReworkId', 'bonusMonth'],
  reopen: (row) => (row.status === 'SUBMITTED' ? { values: { status: 'DRAFT' } } : null),
};

/** What the module's ledgers do beyond their declarations; wired by the composition root. */
export const noticeBehaviours: LedgerBehaviour[] = [
  { ledger: noticeLedger, hooks: noticeHooks, approval: noticeApproval },
];
