import { addDays, localDate } from '../../../../common/business-time.js';
import type { EnumCode, QuickFilter, Row } from '../../core/ledger/schema/ledger.types.js';
import type { Transition } from '../../core/ledger/write/workflow.js';
import { Role, WRITERS } from '../user/roles.js';
import type { RectificationStatus } from './rectification.ledger.js';

type Status = EnumCode<typeof RectificationStatus>;
const text = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';
const VERIFIERS = [Role.QUALITY, Role.MANAGER, Role.ADMIN];

/** Who the rectification's own work belongs to: the users of its 整改部门 (the administrator stands in). */
export function ofItsDepartment(
  user: { role: string; departmentId: number | null } | null,
  row: Record<string, unknown>,
): boolean {
  if (!user) return false;
  if (user.role === Role.ADMIN) return true;
  return user.departmentId !== null && user.departmentId === row.departmentId;
}

/** 已逾期: not reported by the end of its 整改期限 (China time), as a list filter (the grid's 已逾期, 我的待办). */
export function rectificationOverdueFilter(now: Date): Record<string, Record<string, unknown>> {
  return { status: { eq: 'ISSUED' }, dueDate: { lte: addDays(localDate(now), -1) } };
}

export const RECTIFICATION_QUICK_FILTERS: readonly QuickFilter[] = [
  {
    key: 'overdue',
    label: { zh: '已逾期', en: 'Overdue' },
    filter: rectificationOverdueFilter,
    order: [{ field: 'dueDate', direction: 'ASC' }],
  },
];

/** Where a row names what it was raised from: the reference its source needs. */
const SOURCE_REF: Record<string, { field: string; storage: string; label: string } | undefined> = {
  COMPLAINT: { field: 'sourceComplaint', storage: 'sourceComplaintId', label: '来源投诉' },
  REVIEW_MEETING: { field: 'reviewMeeting', storage: 'reviewMeetingId', label: '检讨会议' },
  SURVEY: { field: 'sourceSurvey', storage: 'sourceSurveyId', label: '来源问卷' },
};

/** A notice's cells that contradict each other: its source without the record it names, a deadline before its issue. */
export function rectificationProblems(row: Row): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  const ref = SOURCE_REF[String(row.source)];
  if (ref && row[ref.storage] == null) out.push({ field: ref.field, message: `来源为此类时须填写「${ref.label}」` });
  if (typeof row.dueDate === 'string' && typeof row.issuedOn === 'string' && row.dueDate < row.issuedOn)
    out.push({ field: 'dueDate', message: '「整改期限」不能早于「下发日期」' });
  return out;
}

export const RECTIFICATION_TRANSITIONS: Record<string, Transition<Status>> = {
  report: {
    mutation: 'reportRectification',
    inbox: '待提交整改报告的整改通知单',
    description:
      "ISSUED → REPORTED: the department's 整改报告 (the cause found, what was done, how it was completed), by a user of that department.",
    args: { report: { type: 'String', description: '整改报告：原因、措施、完成情况.' } },
    label: '提交整改报告',
    roles: WRITERS,
    from: ['ISSUED'],
    to: 'REPORTED',
    needs: ['report'],
    offeredWhen: (row, user) => ofItsDepartment(user, row),
    inboxFilter: (user) =>
      user.role === Role.ADMIN ? {} : user.departmentId === null ? null : { departmentId: { eq: user.departmentId } },
    // check (the reporter belongs to the department) is attached in rectification.hooks.ts
    apply: (_row, input, now, actor) => ({
      report: String(input.report).trim(),
      reportedBy: actor.displayName,
      reportedAt: now,
      verificationNote: null,
    }),
  },
  verify: {
    mutation: 'verifyRectification',
    inbox: '待验证的整改报告',
    description: 'REPORTED → CLOSED: quality verifies the rectification took effect; not whoever reported it.',
    args: { note: { type: 'String', description: '验证意见.', optional: true } },
    label: '验证关闭',
    roles: VERIFIERS,
    from: ['REPORTED'],
    to: 'CLOSED',
    separateFrom: ['report'],
    apply: (_row, input, now, actor) => ({
      verifiedBy: actor.displayName,
      verifiedAt: now,
      verificationNote: text(input.note) ? String(input.note).trim() : '整改有效',
    }),
  },
  sendBack: {
    mutation: 'sendBackRectification',
    description: 'REPORTED → ISSUED: the rectification did not take effect; back to the department with the reason.',
    args: { reason: { type: 'String', description: '退回理由.' } },
    label: '退回重新整改',
    roles: VERIFIERS,
    from: ['REPORTED'],
    to: 'ISSUED',
    needs: ['reason'],
    separateFrom: ['report'],
    apply: (_row, input) => ({ verificationNote: `退回：${String(input.reason).trim()}` }),
  },
};
