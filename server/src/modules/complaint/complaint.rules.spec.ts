import { describe, expect, it } from 'vitest';
import { checkTransition, type Transition } from '../../core/ledger/write/workflow.js';
import { refusalOf } from '../../core/ledger/write/workflow-refusal.js';
import { ComplaintCause, ComplaintChannel, ComplaintStatus, ComplaintUrgency } from './complaint.enums.js';
import {
  accusedProblem,
  approverProblem,
  assistingNames,
  assistingProblem,
  closeBlocker,
  COMPLAINT_TRANSITIONS,
  DEPARTMENT_OF_CAUSE,
  mayRecordCountermeasure,
  ROUTE_OF_CAUSE,
  receiverName,
  SCOPE_OF_CAUSE,
  scopeOverrideProblem,
  validateComplaintRow,
  type ComplaintStatusCode,
} from './complaint.rules.js';
import { isOverdue, secondsLate, secondsLeft } from './deadline.rules.js';

const T = COMPLAINT_TRANSITIONS;
const reason = refusalOf;

describe('complaint state machine', () => {
  it('moves forward one step at a time', () => {
    const path: Array<[string, string, string]> = [
      ['acknowledge', 'RECEIVED', 'ACKNOWLEDGED'],
      ['startInvestigation', 'ACKNOWLEDGED', 'INVESTIGATING'],
      ['recordCountermeasure', 'INVESTIGATING', 'COUNTERMEASURE'],
      ['approveProposal', 'COUNTERMEASURE', 'APPROVED'],
      ['respond', 'APPROVED', 'RESPONDED'],
      ['recordCallback', 'RESPONDED', 'CALLBACK'],
      ['close', 'CALLBACK', 'CLOSED'],
      ['reopen', 'CLOSED', 'REOPENED'],
      ['acknowledge', 'REOPENED', 'ACKNOWLEDGED'],
    ];
    for (const [cmd, from, to] of path) {
      expect(T[cmd].from).toContain(from);
      expect(T[cmd].to).toBe(to);
    }
  });

  it('refuses a command from the wrong state and for the wrong role', () => {
    expect(reason(() => checkTransition(T.close, { status: 'RESPONDED' }, {}, 'QUALITY'))).toBe('INVALID_STATE:status');
    expect(reason(() => checkTransition(T.acknowledge, { status: 'RECEIVED' }, {}, 'AUDITOR'))).toBe('FORBIDDEN');
    expect(reason(() => checkTransition(T.reject, { status: 'RECEIVED' }, {}, 'PRODUCTION'))).toBe('FORBIDDEN');
    expect(reason(() => checkTransition(T.reject, { status: 'CLOSED' }, { reason: 'x' }, 'QUALITY'))).toBe(
      'INVALID_STATE:status',
    );
    for (const cmd of Object.keys(T)) expect(T[cmd].roles).not.toContain('AUDITOR');
  });

  it('asks for what a command needs', () => {
    expect(reason(() => checkTransition(T.reject, { status: 'RECEIVED' }, { reason: '  ' }, 'QUALITY'))).toBe(
      'REQUIRED:reason',
    );
    expect(reason(() => checkTransition(T.withdraw, { status: 'RECEIVED' }, { reason: '已解决' }, 'CLERK'))).toBe(
      'REQUIRED:voluntary',
    );
    expect(reason(() => checkTransition(T.startInvestigation, { status: 'ACKNOWLEDGED' }, {}, 'CLERK'))).toBe(
      'PRECONDITION:responsibleDept',
    );
    expect(
      reason(() =>
        checkTransition(T.recordCountermeasure, { status: 'INVESTIGATING', rootCause: '轴承' }, {}, 'QUALITY'),
      ),
    ).toBe('PRECONDITION:correctiveAction');
  });

  // customer-service-procedure 三: 「客服部…判断是否是本公司责任…如不是公司之责任，应马上同客户联系」
  it('lets the clerk (客服部) judge that the company is not responsible and say so: 不予受理', () => {
    expect(T.reject.roles).toContain('CLERK');
    expect(
      reason(() => checkTransition(T.reject, { status: 'ACKNOWLEDGED' }, { reason: '非本公司产品' }, 'CLERK')),
    ).toBeNull();
  });

  // customer-service-procedure 三: 「品质部对改善结果进行确认有效后，把相应的信息交销售中心业务人员回复客户」
  it('answers a complaint the company is responsible for only after quality confirmed the effect, or stating the containment', () => {
    const approved = { status: 'APPROVED', result: '已更换轴承', companyResponsible: true };
    expect(reason(() => checkTransition(T.respond, approved, {}, 'CLERK'))).toBe('PRECONDITION:verifiedAt');
    expect(
      reason(() =>
        checkTransition(T.respond, { ...approved, verifiedAt: new Date('2026-02-24T10:00:00+08:00') }, {}, 'CLERK'),
      ),
    ).toBeNull();
    // a corrective action longer than the seven days: the reply states the containment, the verification follows
    expect(
      reason(() => checkTransition(T.respond, { ...approved, containment: '已派工程师临时更换备件' }, {}, 'CLERK')),
    ).toBeNull();
    expect(
      reason(() => checkTransition(T.respond, { ...approved, companyResponsible: false }, {}, 'CLERK')),
    ).toBeNull();
    expect(T.verifyCountermeasure.from).toContain('APPROVED');
  });

  it('closes only with a callback result and, where the company was responsible, a verified countermeasure', () => {
    expect(closeBlocker({ callbackResult: '' })?.field).toBe('callbackResult');
    expect(closeBlocker({ callbackResult: '满意', companyResponsible: true })?.field).toBe('verifiedAt');
    expect(closeBlocker({ callbackResult: '满意', companyResponsible: true, verifiedAt: new Date() })).toBeNull();
    expect(closeBlocker({ callbackResult: '满意', companyResponsible: false })).toBeNull();
  });

  it('escalates an unsatisfied callback and every repeat complaint', () => {
    const now = new Date();
    const actor = { userId: 1, role: 'CLERK', displayName: '王丽' };
    expect(T.recordCallback.apply!({}, { callbackResult: '不满意', satisfied: false }, now, actor)).toMatchObject({
      escalated: true,
      satisfied: false,
    });
    expect(T.recordCallback.apply!({}, { callbackResult: '满意', satisfied: true }, now, actor)).not.toHaveProperty(
      'escalated',
    );
    expect(T.reopen.apply!({ reopenCount: 1 }, { reason: '再次故障' }, now, actor)).toMatchObject({
      escalated: true,
      reopenCount: 2,
      closedAt: null,
    });
  });
});

describe('complaint row rules', () => {
  it('needs a customer unless anonymous, and a claim amount only on claims', () => {
    expect(validateComplaintRow({ anonymous: false, customerId: null }, 'r').map((e) => e.field)).toEqual(['customer']);
    expect(validateComplaintRow({ anonymous: true, customerId: null }, 'r')).toEqual([]);
    expect(validateComplaintRow({ customerId: 1, kind: 'APPEAL', claimAmount: 5 }, 'r').map((e) => e.field)).toEqual([
      'claimAmount',
    ]);
    expect(validateComplaintRow({ customerId: 1, kind: 'CLAIM', claimAmount: 5 }, 'r')).toEqual([]);
  });

  it('is overdue while its answer is due past the deadline; once answered the clock stops, on time or late for good', () => {
    const due = new Date('2026-03-09T02:00:00Z');
    const later = new Date('2026-03-25T02:00:00Z');
    expect(isOverdue({ status: 'INVESTIGATING', dueAt: due }, new Date('2026-03-09T02:00:01Z'))).toBe(true);
    expect(isOverdue({ status: 'INVESTIGATING', dueAt: due }, new Date('2026-03-09T01:59:59Z'))).toBe(false);
    // answered before the deadline: never overdue afterwards, however long the callback takes
    const answered = { status: 'CALLBACK', dueAt: due, repliedAt: new Date('2026-03-08T09:00:00Z') };
    expect(isOverdue(answered, later)).toBe(false);
    expect(secondsLeft(answered, later)).toBeNull();
    expect(secondsLate(answered)).toBe(-61_200);
    // answered late, then closed: late by the answer, not by the close
    const late = {
      status: 'CLOSED',
      dueAt: due,
      repliedAt: new Date('2026-03-11T02:00:00Z'),
      closedAt: new Date('2026-03-20T00:00:00Z'),
    };
    expect(isOverdue(late, later)).toBe(false);
    expect(secondsLate(late)).toBe(2 * 86_400);
    // rejected without an answer: the rejection ends the step
    expect(secondsLate({ status: 'REJECTED', dueAt: due, closedAt: new Date('2026-03-08T00:00:00Z') })).toBeLessThan(0);
    // reopened: due again
    expect(isOverdue({ status: 'REOPENED', dueAt: due, repliedAt: new Date('2026-03-08T00:00:00Z') }, later)).toBe(
      true,
    );
    expect(secondsLeft({ status: 'RECEIVED', dueAt: due }, new Date('2026-03-09T01:00:00Z'))).toBe(3600);
    expect(secondsLate({ status: 'RECEIVED', dueAt: due })).toBeNull();
  });
});

describe('states are typed from the status enum', () => {
  it('a misspelt state does not type-check (npm run typecheck fails on an unused @ts-expect-error)', () => {
    const bad: Transition<ComplaintStatusCode> = {
      mutation: 'x',
      description: 'x',
      label: 'x',
      roles: [],
      // @ts-expect-error — RECIEVED is not a complaint status
      from: ['RECIEVED'],
      to: 'CLOSED',
    };
    expect(
      Object.keys(COMPLAINT_TRANSITIONS).every((k) =>
        COMPLAINT_TRANSITIONS[k].from.every((s) => s in ComplaintStatus.values),
      ),
    ).toBe(true);
    expect(bad.to).toBe('CLOSED');
  });
});

describe('受理人', () => {
  const users = [
    { username: 'clerk', displayName: '王丽（客服）' },
    { username: 'quality', displayName: '陈刚（品质部）' },
  ];
  it("takes the user list's name for a login, a full name or the name alone; leaves a colleague without an account as typed", () => {
    expect(receiverName('王丽', users)).toBe('王丽（客服）');
    expect(receiverName('clerk', users)).toBe('王丽（客服）');
    expect(receiverName(' 陈刚（品质部） ', users)).toBe('陈刚（品质部）');
    expect(receiverName('张工', users)).toBe('张工');
  });
});

// complaint-handling-procedures 第十条: 一般投诉（工作失误、服务态度、内部管理）, 复杂投诉（服务产品、服务渠道、违规操作）
describe('the scope follows the cause', () => {
  it('gives 一般 to 工作失误/服务态度/内部管理 and 复杂 to 服务产品/服务渠道/违规操作; 产品质量 is the clerk’s choice', () => {
    expect(SCOPE_OF_CAUSE).toEqual({
      WORK_ERROR: 'GENERAL',
      SERVICE_ATTITUDE: 'GENERAL',
      INTERNAL_MANAGEMENT: 'GENERAL',
      SERVICE_PRODUCT: 'COMPLEX',
      SERVICE_CHANNEL: 'COMPLEX',
      VIOLATION: 'COMPLEX',
    });
    expect(scopeOverrideProblem({ causeCategory: 'QUALITY', handlingScope: 'DEPARTMENT' }, 'a')).toBeNull();
  });
  it('asks the reason of another scope, unless the row is a paper record entered after the fact', () => {
    const other = { causeCategory: 'SERVICE_ATTITUDE', handlingScope: 'DEPARTMENT' };
    expect(scopeOverrideProblem(other, 'a')).toMatchObject({ field: 'scopeReason', code: 'REQUIRED' });
    expect(scopeOverrideProblem(other, 'a')?.message).toContain('服务态度');
    expect(scopeOverrideProblem({ ...other, scopeReason: '客户要求当天答复' }, 'a')).toBeNull();
    expect(scopeOverrideProblem({ ...other, backfilled: true }, 'a')).toBeNull();
    expect(scopeOverrideProblem({ causeCategory: 'VIOLATION', handlingScope: 'COMPLEX' }, 'a')).toBeNull();
  });
});

describe('what the procedures list at intake', () => {
  const labels = (e: { values: Record<string, { zh: string }> }) => Object.values(e.values).map((v) => v.zh);
  it('takes every channel and source they name, the internal ones too (3.1 受理体系 A–D)', () => {
    expect(labels(ComplaintChannel)).toEqual(
      expect.arrayContaining([
        '传真',
        '意见簿',
        '座谈会',
        '政府/上级转来',
        '经销商',
        '维修日报',
        '品质联络书',
        '营业日报',
        '异常退货',
      ]),
    );
  });
  it('has packaging and a contract/spec/quantity mismatch as causes, and 一般/紧急/特急 as urgency', () => {
    expect(labels(ComplaintCause)).toEqual(expect.arrayContaining(['包装', '合同/规格/数量不符']));
    expect(labels(ComplaintUrgency)).toEqual(['一般', '紧急', '特急']);
  });
});

// complaint-handling-procedures 第十条: 「立即由相关负责人（非当事人）…」
describe('the person complained about (被投诉人)', () => {
  it('is kept from the complaint: the same person may not receive, handle or approve it', () => {
    const row = { accusedPerson: '刘洋（生产）' };
    expect(accusedProblem(row, '刘洋（生产）')).toContain('非当事人');
    expect(accusedProblem(row, '王丽（客服）')).toBeNull();
    expect(accusedProblem({ accusedPerson: '' }, '王丽（客服）')).toBeNull();
  });
});

describe('routing by cause (3.4.1, 3.6)', () => {
  it('sends quality, packaging and spec or quantity to 品管; a contract alone to the supervisor; a dispute to legal; another company to the general manager', () => {
    expect(
      ['QUALITY', 'PACKAGING', 'CONTRACT_MISMATCH'].map((c) => [ROUTE_OF_CAUSE[c], DEPARTMENT_OF_CAUSE[c]]),
    ).toEqual([
      ['QUALITY_DEPT', '品质部'],
      ['QUALITY_DEPT', '品质部'],
      ['QUALITY_DEPT', '品质部'],
    ]);
    expect([ROUTE_OF_CAUSE.CONTRACT_TERMS, DEPARTMENT_OF_CAUSE.CONTRACT_TERMS]).toEqual(['SUPERVISOR', undefined]);
    expect([ROUTE_OF_CAUSE.ECONOMIC_DISPUTE, DEPARTMENT_OF_CAUSE.ECONOMIC_DISPUTE]).toEqual(['LEGAL', '法务部']);
    expect([ROUTE_OF_CAUSE.THIRD_PARTY, DEPARTMENT_OF_CAUSE.THIRD_PARTY]).toEqual(['GM_JOINT', '总经理室']);
    // every cause but 其他 proposes a route
    expect(Object.keys(ComplaintCause.values).filter((c) => !ROUTE_OF_CAUSE[c])).toEqual(['OTHER']);
  });

  it('leaves a proposal where another company is responsible to the general manager, not a department head', () => {
    const head = { role: 'QUALITY', deptHead: true, departmentId: 2 };
    const row = { responsibleDeptId: 2, claimAmount: 100 };
    expect(approverProblem(head, row)).toBeNull();
    expect(approverProblem(head, { ...row, route: 'GM_JOINT' })).toBe(
      '涉及供应商或其他公司的责任，由总经理会同有关单位处理，须总经理室核准',
    );
    expect(
      approverProblem({ role: 'MANAGER', deptHead: false, departmentId: 7 }, { ...row, route: 'GM_JOINT' }),
    ).toBeNull();
  });

  it('lets quality or the 对策单位 itself record the countermeasure (3.4.2, 3.4.3)', () => {
    const row = { responsibleDeptId: 4 };
    expect(mayRecordCountermeasure({ role: 'PRODUCTION', departmentId: 4 }, row)).toBe(true);
    expect(mayRecordCountermeasure({ role: 'CLERK', departmentId: 1 }, row)).toBe(false);
    expect(mayRecordCountermeasure({ role: 'QUALITY', departmentId: 2 }, row)).toBe(true);
    expect(mayRecordCountermeasure({ role: 'PRODUCTION', departmentId: null }, { responsibleDeptId: null })).toBe(
      false,
    );
  });
});

describe('协办单位 (several departments, one leads)', () => {
  const depts = new Map([
    ['品质部', 2],
    ['生产部', 4],
    ['销售中心', 6],
  ]);
  it('takes departments by name, however separated, and refuses one it does not have or the lead itself', () => {
    expect(assistingNames('生产部、销售中心，生产部 ')).toEqual(['生产部', '销售中心']);
    expect(assistingProblem('生产部、销售中心', depts, 2)).toBeNull();
    expect(assistingProblem('生产部;采购部', depts, 2)).toBe('没有这些部门：采购部（多个部门用「、」分隔）');
    expect(assistingProblem('品质部、生产部', depts, 2)).toBe('品质部 已是对策单位（牵头），不必再列为协办单位');
    expect(assistingProblem(null, depts, 2)).toBeNull();
  });
});
