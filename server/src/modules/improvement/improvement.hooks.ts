import { localDate } from '../../../../common/business-time.js';
import type { LedgerHooks, Row } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerBehaviour, WorkflowDeclaration } from '../app-module.js';
import { actorCheck } from '../user/actor-check.js';
import { rectificationLedger } from './rectification.ledger.js';
import { ofItsDepartment, RECTIFICATION_TRANSITIONS, rectificationProblems } from './rectification.rules.js';
import { reviewMeetingLedger } from './review-meeting.ledger.js';

const rectificationHooks: LedgerHooks = {
  // once reported the notice stands as the department received it; verified, it is closed
  frozen: (row: Row) =>
    row.status === 'CLOSED'
      ? `整改通知单 ${String(row.rectificationNo)} 已验证关闭，不可修改`
      : row.status === 'REPORTED'
        ? `整改通知单 ${String(row.rectificationNo)} 已提交整改报告，待验证，不可修改`
        : null,
  validateRow: (row, key) =>
    rectificationProblems(row as Row).map((p) => ({ row: key, field: p.field, code: 'INVALID', message: p.message })),
  beforeWrite: async (ctx, rows) => {
    for (const r of rows.filter((x) => !x.previous)) {
      r.values.status = 'ISSUED';
      r.values.issuedBy = ctx.displayName;
      r.values.issuedOn ??= localDate(ctx.now);
    }
  },
};

const meetingHooks: LedgerHooks = {
  beforeWrite: async (ctx, rows) => {
    for (const r of rows.filter((x) => !x.previous)) r.values.recordedBy = ctx.displayName;
  },
};

// the report is the department's own: a user of 整改部门 writes it (the administrator may stand in)
const ofDepartmentCheck = actorCheck(ofItsDepartment, 'department', '整改报告由整改部门的人员提交');

export const rectificationWorkflow: WorkflowDeclaration = {
  ledger: rectificationLedger,
  commands: {
    ...RECTIFICATION_TRANSITIONS,
    report: { ...RECTIFICATION_TRANSITIONS.report, check: ofDepartmentCheck },
  },
};

export const improvementBehaviours: LedgerBehaviour[] = [
  { ledger: rectificationLedger, hooks: rectificationHooks },
  { ledger: reviewMeetingLedger, hooks: meetingHooks },
];
