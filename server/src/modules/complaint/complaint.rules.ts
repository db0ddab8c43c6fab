import type { SlaRule } from '../../core/calendar/sla-clock.js';
import type { CellError, EnumCode, QuickFilter } from '../../core/ledger/schema/ledger.types.js';
import type { CommandArg } from '../../core/ledger/write/workflow.js';
import type { Transition } from '../../core/ledger/write/workflow.js';
import { Role, WRITERS } from '../user/roles.js';
import { ComplaintCause, HandlingScope, type ComplaintStatus } from './complaint.enums.js';
import { dueTodayFilter, overdueFilter } from './deadline.rules.js';

export type ComplaintStatusCode = EnumCode<typeof ComplaintStatus>;

export const TERMINAL: ReadonlySet<string> = new Set<ComplaintStatusCode>(['CLOSED', 'REJECTED', 'WITHDRAWN']);
/** A complaint not yet finished (closed, rejected or withdrawn). */
export const OPEN: readonly ComplaintStatusCode[] = [
  'RECEIVED',
  'ACKNOWLEDGED',
  'INVESTIGATING',
  'COUNTERMEASURE',
  'APPROVED',
  'RESPONDED',
  'CALLBACK',
  'REOPENED',
];
/** Everyone who may head a department (an approver is a MANAGER, or the responsible department's head). */
const APPROVERS = [Role.MANAGER, Role.ADMIN, Role.QUALITY, Role.CLERK, Role.PMC, Role.PRODUCTION];

/** Handling deadline by scope (procedure: 24 h; 48 h; 4 working days). */
export const HANDLING_SLA: Record<string, SlaRule> = {
  DEPARTMENT: { amount: 24, unit: 'CLOCK_HOURS' },
  CROSS_DEPARTMENT: { amount: 48, unit: 'CLOCK_HOURS' },
  CROSS_REGION: { amount: 4, unit: 'WORKING_DAYS' },
  GENERAL: { amount: 3, unit: 'WORKING_DAYS' },
  COMPLEX: { amount: 7, unit: 'WORKING_DAYS' },
  ENQUIRY: { amount: 1, unit: 'CLOCK_HOURS' },
};

/**
 * The scope a complaint's cause gives it (complaint-handling-procedures 第十条): 「一般投诉（工作失误、
 * 服务态度、内部管理）三个工作日内完成，复杂投诉（服务产品、服务渠道、违规操作）七至十个工作日完成」.
 * 产品质量 and 其他 are not named there: the clerk chooses.
 */
export const SCOPE_OF_CAUSE: Readonly<Record<string, string>> = {
  WORK_ERROR: 'GENERAL',
  SERVICE_ATTITUDE: 'GENERAL',
  INTERNAL_MANAGEMENT: 'GENERAL',
  SERVICE_PRODUCT: 'COMPLEX',
  SERVICE_CHANNEL: 'COMPLEX',
  VIOLATION: 'COMPLEX',
};

/** The route a cause proposes (3.4.1 「在“对策单位”栏内填注对策单位」); the clerk confirms or changes it. */
export const ROUTE_OF_CAUSE: Readonly<Record<string, string>> = {
  QUALITY: 'QUALITY_DEPT',
  PACKAGING: 'QUALITY_DEPT',
  CONTRACT_MISMATCH: 'QUALITY_DEPT',
  CONTRACT_TERMS: 'SUPERVISOR',
  ECONOMIC_DISPUTE: 'LEGAL',
  THIRD_PARTY: 'GM_JOINT',
  WORK_ERROR: 'DEPARTMENT',
  SERVICE_ATTITUDE: 'DEPARTMENT',
  INTERNAL_MANAGEMENT: 'DEPARTMENT',
  SERVICE_PRODUCT: 'DEPARTMENT',
  SERVICE_CHANNEL: 'DEPARTMENT',
  VIOLATION: 'DEPARTMENT',
};

/**
 * The 对策单位 a cause proposes, by the department's name: 品质部 for quality, spec and quantity,
 * 法务部 for an economic dispute, 总经理室 where another company is responsible. A name the
 * installation has no department of proposes nothing.
 */
export const DEPARTMENT_OF_CAUSE: Readonly<Record<string, string>> = {
  QUALITY: '品质部',
  PACKAGING: '品质部',
  CONTRACT_MISMATCH: '品质部',
  ECONOMIC_DISPUTE: '法务部',
  THIRD_PARTY: '总经理室',
};

/**
 * A scope other than the one the cause gives needs the reason (处理范围说明), kept in the trail with
 * the change; a paper record entered after the fact (补录) keeps what the paper said.
 */
export function scopeOverrideProblem(row: Record<string, unknown>, key: string): CellError | null {
  const given = SCOPE_OF_CAUSE[String(row.causeCategory)];
  if (!given || row.handlingScope === given || row.backfilled === true || text(row.scopeReason)) return null;
  const cause = ComplaintCause.values[String(row.causeCategory) as keyof typeof ComplaintCause.values]?.zh;
  const scope = HandlingScope.values[given as keyof typeof HandlingScope.values]?.zh;
  return {
    row: key,
    field: 'scopeReason',
    code: 'REQUIRED',
    message: `原因类别「${cause}」的投诉按${scope}处理；改为其他处理范围须写明「处理范围说明」`,
  };
}

/** A complex complaint's deadline once extended, with a recorded reason: 10 working days from receipt. */
export const EXTENDED_SLA: SlaRule = { amount: 10, unit: 'WORKING_DAYS' };

/** The rule a complaint's deadline follows now. */
export function handlingRule(row: Record<string, unknown>): SlaRule {
  return row.handlingScope === 'COMPLEX' && row.deadlineExtended === true
    ? EXTENDED_SLA
    : HANDLING_SLA[String(row.handlingScope)];
}

/** What a handling proposal lacks before it can be approved: the answer, and the countermeasure where the company was responsible. */
export function proposalProblem(row: Record<string, unknown>): { field: string; message: string } | null {
  if (!text(row.result)) return { field: 'result', message: '请先填写「处理结果」（拟答复客户的处理方案）' };
  if (row.companyResponsible === true && row.status !== 'COUNTERMEASURE')
    return { field: 'status', message: '公司有责任的投诉须先登记对策' };
  return null;
}

/** Claims above this amount (¥) are approved by the general manager's office only (不得超越核决权限); CLAIM_APPROVAL_LIMIT sets it. */
export const approvalLimits = { claim: 10_000 };

const overLimit = (row: Record<string, unknown>) =>
  row.claimAmount !== null && row.claimAmount !== undefined && Number(row.claimAmount) > approvalLimits.claim;

/** Whether a user approves a complaint's proposal: a manager; below the claim limit also an administrator or the head of its responsible department. */
export function mayApprove(
  user: { role: string; deptHead: boolean; departmentId: number | null } | null,
  row: Record<string, unknown>,
): boolean {
  if (!user) return false;
  // above the limit only the general manager's office decides, the administrator no more than a department head
  if (user.role === Role.MANAGER) return true;
  if (overLimit(row) || row.route === 'GM_JOINT') return false;
  if (user.role === Role.ADMIN) return true;
  return user.deptHead && user.departmentId !== null && user.departmentId === approvingDepartment(row);
}

/**
 * Whose head approves a handling proposal: the unit handling the complaint (承办部门, 3.6
 * 「营业单位…拟议处理方案及答复方式，并呈部门主管核示」); on a complaint entered before it was
 * recorded, its 对策单位 as before.
 */
export function approvingDepartment(row: Record<string, unknown>): unknown {
  return row.handlingDeptId ?? row.responsibleDeptId;
}

/**
 * Who records a complaint's countermeasure: quality (品管单位, 3.4.2), or any user of its 对策单位
 * (3.4.3 其他对策单位) — 生产部 for a production fault, 客服部 for a service one.
 */
export function mayRecordCountermeasure(
  user: { role: string; departmentId: number | null } | null,
  row: Record<string, unknown>,
): boolean {
  if (!user) return false;
  if (user.role === Role.QUALITY || user.role === Role.ADMIN) return true;
  return user.departmentId !== null && user.departmentId === row.responsibleDeptId;
}

export function approverProblem(
  user: { role: string; deptHead: boolean; departmentId: number | null } | null,
  row: Record<string, unknown>,
): string | null {
  if (mayApprove(user, row)) return null;
  return overLimit(row)
    ? `索赔金额超过 ¥${approvalLimits.claim.toLocaleString('zh-CN')}，须总经理室核准`
    : row.route === 'GM_JOINT'
      ? '涉及供应商或其他公司的责任，由总经理会同有关单位处理，须总经理室核准'
      : '只有承办部门的部门负责人或总经理室可以核准处理方案';
}

/** What the proposal's approval vouches for: the answer, the amount and the countermeasure. */
export const PROPOSAL_FIELDS = [
  'result',
  'claimAmount',
  'companyResponsible',
  'containment',
  'rootCause',
  'correctiveAction',
  'preventiveAction',
];

/**
 * A change to an approved proposal sends it back for approval (at the level the new amount needs);
 * once the answer has gone to the customer the approved proposal no longer changes.
 */
export function reopenProposal(
  row: Record<string, unknown>,
): { values: Record<string, unknown> } | { refused: string } | null {
  if (row.status === 'APPROVED') {
    return {
      values: {
        status: text(row.rootCause) && text(row.correctiveAction) ? 'COUNTERMEASURE' : 'INVESTIGATING',
        proposalApprovedBy: null,
        proposalApprovedAt: null,
        approvalNote: null,
      },
    };
  }
  if (row.status === 'RESPONDED' || row.status === 'CALLBACK' || row.status === 'CLOSED')
    return { refused: '已随处理方案核准并答复客户，不能再修改' };
  return null;
}

/** Closing after the deadline needs the reason for the delay. */
export function lateCloseProblem(
  row: Record<string, unknown>,
  input: Record<string, unknown>,
  now: Date,
): { field: string; message: string } | null {
  const due = row.dueAt instanceof Date ? row.dueAt : null;
  return due && now > due && !text(input.delayReason)
    ? { field: 'delayReason', message: '已超过处理期限，结案须填写延误原因' }
    : null;
}

/** Written reply to the customer within 7 days. */
export const REPLY_SLA: SlaRule = { amount: 7, unit: 'CALENDAR_DAYS' };

/**
 * The callback (回访) after the reply: 「受理人应通过电话或其他方式对客户进行回访」 (complaint-handling-
 * procedures 第三章 8) names no term; the product gives it the reply's seven days, counted from the reply.
 */
export const CALLBACK_DAYS_AFTER_REPLY = 7;

type C = Record<string, unknown>;
const text = (v: unknown) => typeof v === 'string' && v.trim().length > 0;

/** Who may move a complaint, from where, to where, and what must hold first. */
const reason: Record<string, CommandArg> = {
  reason: { type: 'String', description: 'Why, in words (kept in the audit trail).' },
};

/** The steps of a complaint that wait on the after-sales clerks' desk; quality steps in from the ledger. */
const CLERK_DESK = [Role.CLERK];

export const COMPLAINT_TRANSITIONS: Record<string, Transition<ComplaintStatusCode>> = {
  acknowledge: {
    mutation: 'acknowledgeComplaint',
    inbox: '待确认的投诉',
    description: 'RECEIVED/REOPENED → ACKNOWLEDGED.',
    label: '确认受理',
    roles: [Role.CLERK, Role.QUALITY, Role.ADMIN],
    inboxRoles: CLERK_DESK,
    from: ['RECEIVED', 'REOPENED'],
    to: 'ACKNOWLEDGED',
    apply: (_row, _input, now) => ({ acknowledgedAt: now }),
  },
  startInvestigation: {
    mutation: 'startComplaintInvestigation',
    inbox: '待开始调查的投诉',
    description: 'ACKNOWLEDGED → INVESTIGATING; needs a responsible department.',
    label: '开始调查',
    roles: [Role.CLERK, Role.QUALITY, Role.ADMIN],
    inboxRoles: CLERK_DESK,
    from: ['ACKNOWLEDGED'],
    to: 'INVESTIGATING',
    guard: (row) =>
      row.responsibleDeptId !== null && row.responsibleDeptId !== undefined
        ? null
        : { field: 'responsibleDept', message: '请先填写「对策单位」' },
  },
  recordCountermeasure: {
    mutation: 'recordComplaintCountermeasure',
    inbox: '待制定对策的投诉',
    description: 'INVESTIGATING → COUNTERMEASURE; needs root cause and corrective action.',
    label: '登记对策',
    roles: WRITERS,
    from: ['INVESTIGATING'],
    to: 'COUNTERMEASURE',
    offeredWhen: (row, user) => mayRecordCountermeasure(user, row),
    inboxFilter: (user) =>
      user.role === Role.QUALITY || user.role === Role.ADMIN
        ? {}
        : user.departmentId !== null
          ? { responsibleDeptId: { eq: user.departmentId } }
          : null,
    // check (quality, or a user of the 对策单位) is attached in complaint.hooks.ts
    guard: (row) =>
      !text(row.rootCause)
        ? { field: 'rootCause', message: '请先填写「原因分析」' }
        : !text(row.correctiveAction)
          ? { field: 'correctiveAction', message: '请先填写「纠正措施」' }
          : null,
  },
  verifyCountermeasure: {
    mutation: 'verifyComplaintCountermeasure',
    description: 'records who verified the countermeasure and when; status unchanged.',
    label: '验证对策效果',
    roles: [Role.QUALITY, Role.MANAGER, Role.ADMIN],
    // 品质部 confirms the effect before the reply (APPROVED), or after an interim reply that stated the containment
    from: ['COUNTERMEASURE', 'APPROVED', 'RESPONDED', 'CALLBACK'],
    to: null,
    guard: (row) => (row.verifiedAt ? { field: 'verifiedAt', message: '对策效果已验证' } : null),
    apply: (_row, _input, now, actor) => ({ verifiedAt: now, verifiedBy: actor.displayName }),
  },
  approveProposal: {
    mutation: 'approveComplaintProposal',
    inbox: '待核准处理方案的投诉',
    description:
      'INVESTIGATING/COUNTERMEASURE → APPROVED: the handling proposal (result, and the countermeasure where the company was responsible) approved by the head of the handling unit (承办部门) or a manager before the reply (经经理核准后答复客户); not by whoever recorded the countermeasure.',
    args: { note: { type: 'String', description: '核准意见.', optional: true } },
    label: '核准处理方案',
    roles: APPROVERS,
    from: ['INVESTIGATING', 'COUNTERMEASURE'],
    to: 'APPROVED',
    separateFrom: ['recordCountermeasure', 'EDIT'],
    offeredWhen: (row, user) => mayApprove(user, row),
    inboxFilter: (user) =>
      user.role === Role.MANAGER || user.role === Role.ADMIN
        ? {}
        : user.deptHead && user.departmentId !== null
          ? { handlingDeptId: { eq: user.departmentId } }
          : null,
    guard: (row) => proposalProblem(row),
    // check (the approver heads the responsible department, or is a manager) is attached in complaint.hooks.ts
    apply: (_row, input, now, actor) => ({
      proposalApprovedBy: actor.displayName,
      proposalApprovedAt: now,
      approvalNote: text(input.note) ? String(input.note).trim() : null,
    }),
  },
  sendBackProposal: {
    mutation: 'sendBackComplaintProposal',
    description:
      'COUNTERMEASURE/INVESTIGATING → INVESTIGATING: the approver sends the proposal back to the countermeasure unit to redo (重拟对策), with the reason.',
    args: reason,
    label: '退回重拟对策',
    roles: APPROVERS,
    from: ['INVESTIGATING', 'COUNTERMEASURE'],
    to: 'INVESTIGATING',
    needs: ['reason'],
    separateFrom: ['recordCountermeasure', 'EDIT'],
    offeredWhen: (row, user) => text(row.result) && mayApprove(user, row),
    apply: (_row, input) => ({
      sendBackReason: String(input.reason).trim(),
      proposalApprovedBy: null,
      proposalApprovedAt: null,
    }),
  },
  respond: {
    mutation: 'respondToComplaint',
    inbox: '待答复客户的投诉',
    description: 'APPROVED → RESPONDED (an enquiry straight from ACKNOWLEDGED/INVESTIGATING); needs a result.',
    label: '答复客户',
    roles: [Role.CLERK, Role.QUALITY, Role.ADMIN],
    inboxRoles: CLERK_DESK,
    from: ['ACKNOWLEDGED', 'INVESTIGATING', 'APPROVED'],
    to: 'RESPONDED',
    offeredWhen: (row) => row.status === 'APPROVED' || row.handlingScope === 'ENQUIRY',
    // the to-do list holds the approved ones; an enquiry (1 hour) is in the deadline lists
    inboxFilter: () => ({ status: { eq: 'APPROVED' } }),
    guard: (row) =>
      !text(row.result)
        ? { field: 'result', message: '请先填写「处理结果」' }
        : row.status !== 'APPROVED' && row.handlingScope !== 'ENQUIRY'
          ? { field: 'status', message: '处理方案须经对策单位负责人或经理核准后才能答复客户' }
          : replyProblem(row),
    apply: (_row, _input, now) => ({ repliedAt: now }),
  },
  recordCallback: {
    mutation: 'recordComplaintCallback',
    inbox: '待回访的投诉',
    description: 'RESPONDED → CALLBACK; an unsatisfied customer escalates the complaint.',
    args: {
      callbackResult: { type: 'String', description: '回访结果.' },
      satisfied: { type: 'Boolean', description: '客户是否满意.' },
    },
    label: '登记回访',
    roles: [Role.CLERK, Role.QUALITY, Role.ADMIN],
    inboxRoles: CLERK_DESK,
    from: ['RESPONDED'],
    to: 'CALLBACK',
    needs: ['callbackResult', 'satisfied'],
    apply: (_row, input, now, actor) => ({
      callbackAt: now,
      callbackBy: actor.displayName,
      callbackResult: String(input.callbackResult).trim(),
      satisfied: Boolean(input.satisfied),
      // a customer who rejects the answer escalates the complaint to leadership
      ...(input.satisfied ? {} : { escalated: true, escalationReason: '客户不认可处理结果' }),
    }),
  },
  close: {
    mutation: 'closeComplaint',
    inbox: '待结案的投诉',
    description:
      'CALLBACK → CLOSED; needs a callback result and, where the company was responsible, a verified countermeasure.',
    label: '结案',
    roles: [Role.QUALITY, Role.MANAGER, Role.ADMIN],
    from: ['CALLBACK'],
    to: 'CLOSED',
    args: {
      delayReason: {
        type: 'String',
        description: 'Why it was late: required when closing after the deadline.',
        optional: true,
      },
    },
    guard: (row) => closeBlocker(row),
    check: async (ctx, row, input) => lateCloseProblem(row, input, ctx.now),
    apply: (_row, input, now) => ({
      closedAt: now,
      ...(text(input.delayReason) ? { delayReason: String(input.delayReason).trim() } : {}),
    }),
  },
  extendDeadline: {
    mutation: 'extendComplaintDeadline',
    description:
      "a complex complaint's deadline from 7 to 10 working days after receipt, once, with the reason recorded.",
    args: reason,
    label: '延长期限',
    roles: [Role.QUALITY, Role.MANAGER, Role.ADMIN],
    from: OPEN,
    to: null,
    needs: ['reason'],
    offeredWhen: (row) => row.handlingScope === 'COMPLEX' && row.deadlineExtended !== true,
    guard: (row) =>
      row.handlingScope !== 'COMPLEX'
        ? { field: 'handlingScope', message: '只有复杂投诉可以延长处理期限（7 → 10 个工作日）' }
        : row.deadlineExtended
          ? { field: 'deadlineExtended', message: '处理期限已延长过一次' }
          : null,
    // apply (the new deadline on the working calendar) is attached in complaint.hooks.ts
  },
  reject: {
    mutation: 'rejectComplaint',
    description:
      'not the company’s responsibility, explained to the customer: 客服部 judges it (customer-service-procedure 三), as do quality and the managers.',
    args: reason,
    label: '不予受理',
    roles: [Role.CLERK, Role.QUALITY, Role.MANAGER, Role.ADMIN],
    from: ['RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'REOPENED'],
    to: 'REJECTED',
    needs: ['reason'],
    apply: (_row, input, now) => ({
      rejectReason: String(input.reason).trim(),
      closedAt: now,
      companyResponsible: false,
    }),
  },
  withdraw: {
    mutation: 'withdrawComplaint',
    description: 'the customer withdrew; records whether freely.',
    args: { ...reason, voluntary: { type: 'Boolean', description: '客户是否自愿撤诉.' } },
    label: '撤诉',
    roles: [Role.CLERK, Role.QUALITY, Role.ADMIN],
    from: OPEN,
    to: 'WITHDRAWN',
    needs: ['reason', 'voluntary'],
    apply: (_row, input, now) => ({
      withdrawReason: String(input.reason).trim(),
      withdrawnVoluntarily: Boolean(input.voluntary),
      closedAt: now,
    }),
  },
  reopen: {
    mutation: 'reopenComplaint',
    description: 'reopens a finished complaint and escalates it.',
    args: reason,
    label: '重复投诉',
    roles: [Role.CLERK, Role.QUALITY, Role.ADMIN],
    from: ['CLOSED', 'REJECTED', 'WITHDRAWN'],
    to: 'REOPENED',
    needs: ['reason'],
    apply: (row, input) => ({
      reopenCount: Number(row.reopenCount ?? 0) + 1,
      closedAt: null,
      escalated: true, // a repeat complaint always goes to leadership
      escalationReason: `重复投诉：${String(input.reason).trim()}`,
    }),
  },
  escalate: {
    mutation: 'escalateComplaint',
    description: 'escalates an open complaint to leadership.',
    args: reason,
    label: '升级',
    roles: [Role.CLERK, Role.QUALITY, Role.MANAGER, Role.ADMIN],
    from: OPEN,
    to: null,
    needs: ['reason'],
    guard: (row) => (row.escalated ? { field: 'escalated', message: '已升级' } : null),
    apply: (_row, input) => ({ escalated: true, escalationReason: String(input.reason).trim() }),
  },
};

/** Why a complaint cannot close yet, or null: a callback result, and a verified countermeasure where the company was responsible. */
/**
 * What stops the reply of a complaint the company is responsible for: 「品质部对改善结果进行确认有效后，
 * 把相应的信息交销售中心业务人员回复客户」 (customer-service-procedure 三). The effect is verified first;
 * where the corrective action takes longer than the seven days of the written reply, the reply may
 * state the containment (临时措施) and the verification follows before closing.
 */
export function replyProblem(row: C): { field: string; message: string } | null {
  if (row.companyResponsible !== true || row.verifiedAt || text(row.containment)) return null;
  return {
    field: 'verifiedAt',
    message:
      '公司有责任的投诉须先经品质部「验证对策效果」再答复客户；对策需较长时间的，先填写「临时措施」，答复临时措施，验证随后进行',
  };
}

export function closeBlocker(row: C): { field: string; message: string } | null {
  if (!text(row.callbackResult)) return { field: 'callbackResult', message: '结案前必须有回访结果' };
  if (row.companyResponsible === true && !row.verifiedAt) {
    return { field: 'verifiedAt', message: '公司有责任：结案前对策效果须经验证' };
  }
  return null;
}

/** Row rules of the ledger: a named customer unless anonymous; a claim amount only on claims. */
export function validateComplaintRow(row: C, key: string): CellError[] {
  const errors: CellError[] = [];
  if (!row.anonymous && (row.customerId === null || row.customerId === undefined)) {
    errors.push({ row: key, field: 'customer', code: 'REQUIRED', message: '「客户」必填（匿名投诉除外）' });
  }
  if (row.claimAmount !== null && row.claimAmount !== undefined) {
    if (row.kind !== 'CLAIM')
      errors.push({ row: key, field: 'claimAmount', code: 'INVALID', message: '只有「索赔」类投诉才有索赔金额' });
    else if (Number(row.claimAmount) < 0)
      errors.push({ row: key, field: 'claimAmount', code: 'INVALID', message: '索赔金额不能为负' });
  }
  if (row.receivedAt instanceof Date && row.receivedAt.getTime() > Date.now() + 5 * 60_000) {
    errors.push({ row: key, field: 'receivedAt', code: 'INVALID', message: '受理时间不能晚于现在' });
  }
  return errors;
}

/** 已超期 / 今日到期: complaints whose answer is due past their deadline, or due later today (China time); see deadline.rules.ts. */
export const COMPLAINT_QUICK_FILTERS: readonly QuickFilter[] = [
  // most overdue (or soonest due) first
  {
    key: 'overdue',
    label: { zh: '已超期', en: 'Overdue' },
    filter: overdueFilter,
    order: [{ field: 'dueAt', direction: 'ASC' }],
  },
  {
    key: 'dueToday',
    label: { zh: '今日到期', en: 'Due today' },
    filter: dueTodayFilter,
    order: [{ field: 'dueAt', direction: 'ASC' }],
  },
];

/**
 * 受理人 as the user list names people: a user's login, full display name or name alone (王丽 for
 * 王丽（客服）) becomes that user's display name; anything else (a colleague without an account) stays
 * as typed.
 */
/**
 * 非当事人: the person complained about (被投诉人) neither receives, handles nor approves the complaint
 * (complaint-handling-procedures 第十条: 「被投诉单位接到投诉后，立即由相关负责人（非当事人）…」).
 */
export function accusedProblem(row: Record<string, unknown>, person: string | null): string | null {
  const accused = typeof row.accusedPerson === 'string' ? row.accusedPerson.trim() : '';
  return accused && person && accused === person.trim()
    ? `${accused} 是本投诉的被投诉人，不能受理、处理或核准（非当事人）`
    : null;
}

export function receiverName(typed: string, users: ReadonlyArray<{ username: string; displayName: string }>): string {
  const text = typed.trim();
  const exact = users.find((u) => u.displayName === text || u.username === text);
  if (exact) return exact.displayName;
  const byName = users.filter((u) => u.displayName.split(/[（(]/)[0].trim() === text);
  return byName.length === 1 ? byName[0].displayName : text;
}

/** The departments named in 协办单位, as typed: separated by 、 , ， ； or spaces. */
export function assistingNames(typed: unknown): string[] {
  if (typeof typed !== 'string') return [];
  return [
    ...new Set(
      typed
        .split(/[、,，;；\s]+/)
        .map((x) => x.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * 协办单位 (several departments, one leads: the 对策单位): each a department the installation has, none
 * of them the lead itself. The receiving unit coordinates them (complaint rules 3.3 A
 * 「客户抱怨案件内容调查整理与处理协调」).
 */
export function assistingProblem(
  typed: unknown,
  departments: ReadonlyMap<string, number>,
  leadId: unknown,
): string | null {
  const names = assistingNames(typed);
  const unknown = names.filter((n) => !departments.has(n));
  if (unknown.length) return `没有这些部门：${unknown.join('、')}（多个部门用「、」分隔）`;
  const lead = names.find((n) => departments.get(n) === leadId);
  return lead ? `${lead} 已是对策单位（牵头），不必再列为协办单位` : null;
}
