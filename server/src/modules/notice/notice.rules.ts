import type { EnumCode, Row } from '../../core/ledger/schema/ledger.types.js';
import type { Transition } from '../../core/ledger/write/workflow.js';
import { Role } from '../user/roles.js';
import { NoticeStatus, PROPOSERS } from './notice.ledger.js';

export const NOTICE_TRANSITIONS: Record<string, Transition<EnumCode<typeof NoticeStatus>>> = {
  submit: {
    mutation: 'submitNotice',
    inbox: '待提交的奖罚通知单',
    description: 'DRAFT → SUBMITTED for the general manager.',
    label: '提交',
    roles: PROPOSERS,
    from: ['DRAFT'],
    to: 'SUBMITTED',
  },
  approve: {
    mutation: 'approveNotice',
    inbox: '待审批的奖罚通知单',
    description:
      'SUBMITTED → APPROVED (general manager only, not whoever created, edited or submitted it); the notice is frozen.',
    args: { note: { type: 'String', description: '审批意见.', optional: true } },
    label: '批准',
    roles: [Role.MANAGER],
    from: ['SUBMITTED'],
    to: 'APPROVED',
    separateFrom: ['CREATE', 'EDIT', 'submit'],
    apply: (_row, input, now, actor) => ({
      approver: actor.displayName,
      decidedAt: now,
      decisionNote: typeof input.note === 'string' && input.note.trim() ? input.note.trim() : null,
    }),
  },
  reject: {
    mutation: 'rejectNotice',
    description: 'SUBMITTED → REJECTED (general manager only), with the reason.',
    args: { reason: { type: 'String', description: '驳回理由.' } },
    label: '驳回',
    roles: [Role.MANAGER],
    from: ['SUBMITTED'],
    to: 'REJECTED',
    separateFrom: ['CREATE', 'EDIT', 'submit'],
    needs: ['reason'],
    apply: (_row, input, now, actor) => ({
      approver: actor.displayName,
      decidedAt: now,
      decisionNote: String(input.reason).trim(),
    }),
  },
  reportToHr: {
    mutation: 'reportNoticeToHr',
    inbox: '待送人事部公布的处罚',
    description:
      'An approved penalty sent to 人事部 to be announced (3.5 「凡经批示须行政处分者，经整理后送人事部提报公布」): when and by whom; status unchanged.',
    label: '送人事部公布',
    roles: [Role.MANAGER, Role.ADMIN],
    from: ['APPROVED'],
    to: null,
    inboxFilter: () => ({ kind: { eq: 'PENALTY' }, hrReportedAt: { isNull: true } }),
    offeredWhen: (row) => row.kind === 'PENALTY' && !row.hrReportedAt,
    guard: (row) =>
      row.kind !== 'PENALTY'
        ? { field: 'kind', message: '只有处罚需送人事部公布' }
        : row.hrReportedAt
          ? { field: 'hrReportedAt', message: '已送人事部' }
          : null,
    apply: (_row, _input, now, actor) => ({ hrReportedAt: now, hrReportedBy: actor.displayName }),
  },
};

/** Serious: escalated, a claim, or a repeat complaint. */
export function isSerious(c: Row): boolean {
  return c.escalated === true || c.kind === 'CLAIM' || Number(c.reopenCount ?? 0) > 0;
}
