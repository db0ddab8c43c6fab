import { insertAudited, updateAudited } from '../../core/ledger/write/row-writer.js';
import { findByField, findByIds } from '../../core/ledger/query/ledger-store.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import type { EnumCode } from '../../core/ledger/schema/ledger.types.js';
import type { Transition } from '../../core/ledger/write/workflow.js';
import type { RequisitionStatus } from './rework.enums.js';
import type { ReworkStatus } from './rework.enums.js';
import type { ReturnStatus } from '../return-order/return-order.ledger.js';
import { returnOrderLedger } from '../return-order/return-order.ledger.js';
import { Role, WRITERS } from '../user/roles.js';
import { DefectCause } from './rework.enums.js';
import { reworkOrderLedger } from './rework.ledgers.js';
import { materialLineLedger, requisitionLineLedger } from './rework.ledgers.js';

/** Yuan per labour hour when a rework order names no rate. */
export const DEFAULT_LABOUR_RATE = 80;

/** Rework cost = labour (hours × rate) + issued material (Σ issued × unit cost). */
export function reworkCost(order: Row, issuedLines: Row[]): { labour: number; material: number; total: number } {
  const labour = Number(order.labourHours ?? 0) * Number(order.labourRate ?? DEFAULT_LABOUR_RATE);
  const material = issuedLines.reduce((n, l) => n + Number(l.qtyIssued ?? 0) * Number(l.unitCost ?? 0), 0);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { labour: round(labour), material: round(material), total: round(labour + material) };
}

/** Parts of ADD lines not yet issued in full: "partNo 还差 n". */
export function missingMaterial(lines: Row[], issued: Row[]): string[] {
  const need = new Map<string, number>();
  for (const l of lines.filter((x) => x.action === 'ADD'))
    need.set(String(l.partNo), (need.get(String(l.partNo)) ?? 0) + Number(l.qty));
  for (const i of issued) need.set(String(i.partNo), (need.get(String(i.partNo)) ?? 0) - Number(i.qtyIssued ?? 0));
  return [...need].filter(([, n]) => n > 0).map(([p, n]) => `${p} 还差 ${n}`);
}

/** 退/换/维修单 commands. */
export const RETURN_TRANSITIONS: Record<string, Transition<EnumCode<typeof ReturnStatus>>> = {
  count: {
    mutation: 'countReturnOrder',
    inbox: '待清点的退/换/维修单',
    description: 'REGISTERED → COUNTED with the quantity counted on arrival (清点).',
    args: { qtyCounted: { type: 'Int', description: '清点数量.' } },
    label: '清点数量',
    roles: [Role.CLERK, Role.ADMIN],
    from: ['REGISTERED'],
    to: 'COUNTED',
    needs: ['qtyCounted'],
    guard: (_row, input) =>
      Number(input.qtyCounted) >= 0 && Number.isInteger(Number(input.qtyCounted))
        ? null
        : { field: 'qtyCounted', message: '清点数量应为非负整数' },
    apply: (_row, input) => ({ qtyCounted: Number(input.qtyCounted) }),
  },
  approve: {
    mutation: 'approveReturnOrder',
    inbox: '待审批的退/换/维修单',
    description:
      'a department manager (部门负责人) or the general manager approves a return, an exchange, a price reduction or compensation, or a decision departing from the warranty verdict, naming the sales representative it was decided with (「立即请示部门经理、销售代表决定如何处理」); not whoever registered it.',
    args: {
      salesRep: { type: 'String', description: '会同决定的销售代表.' },
      note: { type: 'String', description: '审批意见.', optional: true },
    },
    label: '审批',
    roles: WRITERS,
    from: ['REGISTERED', 'COUNTED'],
    to: null,
    needs: ['salesRep'],
    separateFrom: ['CREATE', 'EDIT'],
    offeredWhen: (row, user) => row.approvalRequired === true && !row.approvedAt && decidesReturns(user),
    inboxFilter: (user) =>
      decidesReturns(user) ? { approvalRequired: { eq: true }, approvedAt: { isNull: true } } : null,
    // check (a department head or the general manager) is attached in return-order.hooks.ts
    guard: (row) =>
      row.approvalRequired !== true
        ? { field: 'approvalRequired', message: '此单无须审批' }
        : row.approvedAt
          ? { field: 'approvedAt', message: '已审批' }
          : null,
    apply: (_row, input, now, actor) => ({
      approvedBy: actor.displayName,
      approvedAt: now,
      salesRep: String(input.salesRep).trim(),
      approvalNote: typeof input.note === 'string' && input.note.trim() ? input.note.trim() : null,
    }),
  },
  openRework: {
    mutation: 'openReworkOrder',
    inbox: '待开返工单的退/换/维修单',
    description: 'COUNTED → IN_REWORK; PMC opens the rework order for the counted quantity.',
    label: '开返工单',
    roles: [Role.PMC, Role.ADMIN],
    from: ['COUNTED'],
    to: 'IN_REWORK',
    // 「收到退货后，PMC开返工单，品质部对其进行检验」 (customer-service-procedure 四): returns too
    guard: (row) =>
      awaitingApproval(row) ??
      (!REWORKED_TYPES.includes(String(row.type))
        ? { field: 'type', message: '只有退货、换货和维修的实物返工检验' }
        : Number(row.qtyCounted) < 1
          ? { field: 'qtyCounted', message: '清点数量为 0，无需返工' }
          : null),
    effect: async (ctx, row) => {
      await insertAudited(ctx, reworkOrderLedger, {
        returnOrderId: row.id,
        archiveId: row.archiveId,
        modelId: row.modelId ?? null,
        qty: row.qtyCounted,
        defect: row.fault,
        status: 'OPEN',
      });
    },
  },
  close: {
    mutation: 'closeReturnOrder',
    description: 'COUNTED/REPAIRED → CLOSED when the unit (or its replacement or refund) went back to the customer.',
    label: '完结（交还客户）',
    roles: [Role.CLERK, Role.ADMIN],
    from: ['COUNTED', 'REPAIRED'],
    to: 'CLOSED',
    guard: (row) => awaitingApproval(row) ?? returnCloseProblem(row),
    apply: (_row, _input, now) => ({ completedAt: now }),
  },
  refund: {
    mutation: 'refundReturnOrder',
    inbox: '待退款的退货',
    inboxFilter: () => ({ type: { eq: 'RETURN' }, refundedAt: { isNull: true }, replacementSpec: { isNull: true } }),
    description: 'records the refund of a return once quality inspected it (REPAIRED): amount, when, by whom.',
    args: { amount: { type: 'Float', description: '退款金额.' } },
    label: '退款',
    roles: [Role.CLERK, Role.ADMIN],
    from: ['REPAIRED'],
    to: null,
    needs: ['amount'],
    offeredWhen: (row) => row.type === 'RETURN' && !row.refundedAt,
    guard: (row, input) =>
      row.type !== 'RETURN'
        ? { field: 'type', message: '只有退货才退款' }
        : row.refundedAt
          ? { field: 'refundedAt', message: '已登记退款' }
          : !(Number(input.amount) >= 0)
            ? { field: 'amount', message: '退款金额不能为负' }
            : null,
    apply: (_row, input, now, actor) => ({
      refundAmount: Number(input.amount),
      refundedAt: now,
      refundedBy: actor.displayName,
    }),
  },
};

/** The return types that come back as goods to rework and inspect. */
export const REWORKED_TYPES: readonly string[] = ['RETURN', 'EXCHANGE', 'REPAIR'];

/**
 * What stops an order from being completed: a repair not yet repaired; a return not yet inspected
 * (PMC's rework and quality's inspection), or inspected but neither refunded nor replaced by
 * another specification (customer-service-procedure 四).
 */
export function returnCloseProblem(row: Record<string, unknown>): { field: string; message: string } | null {
  if (row.status === 'COUNTED' && row.type === 'REPAIR')
    return { field: 'status', message: '维修单须返工修复后才能完结' };
  if (row.type !== 'RETURN') return null;
  if (row.status === 'COUNTED') return { field: 'status', message: '退货须经 PMC 开返工单、品质部检验后才能完结' };
  if (!row.refundedAt && !(typeof row.replacementSpec === 'string' && row.replacementSpec.trim()))
    return { field: 'refundedAt', message: '退货须先登记「退款」或「补给规格」' };
  return null;
}

/** An order that needs the department manager's approval and has none yet goes no further. */
function awaitingApproval(row: Record<string, unknown>): { field: string; message: string } | null {
  return row.approvalRequired === true && !row.approvedAt
    ? { field: 'approvedAt', message: `须经部门经理审批（${String(row.approvalReason ?? '')}）` }
    : null;
}

/** 返工单 commands: QA inspection, production rework, final inspection, feedback to sales. */
export const REWORK_TRANSITIONS: Record<string, Transition<EnumCode<typeof ReworkStatus>>> = {
  startInspection: {
    mutation: 'startReworkInspection',
    inbox: '待检验的返工单',
    description: 'OPEN → INSPECTING; QA takes the unit.',
    label: '开始检验',
    roles: [Role.QUALITY, Role.ADMIN],
    from: ['OPEN'],
    to: 'INSPECTING',
    apply: (_row, _input, _now, actor) => ({ inspector: actor.displayName }),
  },
  recordInspection: {
    mutation: 'recordReworkInspection',
    inbox: '检验中的返工单',
    description: 'INSPECTING → AWAITING_MATERIAL (parts needed) or REWORKING.',
    args: {
      result: { type: 'String', description: '检验结果.' },
      defectCause: { type: 'String', description: 'Defect cause code (DefectCause).' },
      partsNeeded: { type: 'Boolean', description: '是否需要换件.' },
    },
    label: '登记检验结果',
    roles: [Role.QUALITY, Role.ADMIN],
    from: ['INSPECTING'],
    to: null,
    needs: ['result', 'defectCause', 'partsNeeded'],
    guard: (_row, input) =>
      String(input.defectCause) in DefectCause.values
        ? null
        : { field: 'defectCause', message: `不良原因代码应为：${Object.keys(DefectCause.values).join('、')}` },
    apply: (_row, input) => ({
      inspectionResult: String(input.result).trim(),
      defectCause: input.defectCause,
      partsNeeded: Boolean(input.partsNeeded),
      status: input.partsNeeded ? 'AWAITING_MATERIAL' : 'REWORKING',
    }),
  },
  startRework: {
    mutation: 'startRework',
    inbox: '待开始返工的返工单',
    description: 'AWAITING_MATERIAL → REWORKING once every part on the list is issued.',
    label: '开始返工',
    roles: [Role.PRODUCTION, Role.ADMIN],
    from: ['AWAITING_MATERIAL'],
    to: 'REWORKING',
    check: async (ctx, row) => {
      const lines = await findByField(ctx.em, materialLineLedger, 'reworkOrderId', [row.id]);
      if (!lines.some((l) => l.action === 'ADD')) return { field: null, message: '需换件的返工单须先有物料单' };
      const missing = missingMaterial(
        lines,
        await findByField(ctx.em, requisitionLineLedger, 'reworkOrderId', [row.id]),
      );
      return missing.length ? { field: null, message: `物料未发齐：${missing.join('，')}` } : null;
    },
  },
  finishRework: {
    mutation: 'finishRework',
    inbox: '返工中的返工单',
    description: 'REWORKING → FINAL_INSPECTION; needs labour hours.',
    label: '返工完成',
    roles: [Role.PRODUCTION, Role.ADMIN],
    from: ['REWORKING'],
    to: 'FINAL_INSPECTION',
    guard: (row) =>
      row.labourHours === null || row.labourHours === undefined
        ? { field: 'labourHours', message: '请先填写「工时」' }
        : null,
  },
  finalInspection: {
    mutation: 'recordFinalInspection',
    inbox: '待终检的返工单',
    description: 'FINAL_INSPECTION → DONE when passed, else back to REWORKING.',
    args: {
      passed: { type: 'Boolean', description: '终检是否合格.' },
      result: { type: 'String', description: '终检结果.' },
    },
    label: '终检',
    roles: [Role.QUALITY, Role.ADMIN],
    from: ['FINAL_INSPECTION'],
    to: null,
    needs: ['passed', 'result'],
    apply: (_row, input, now, actor) => ({
      finalResult: String(input.result).trim(),
      finalInspector: actor.displayName,
      finalInspectedAt: now,
      status: input.passed ? 'DONE' : 'REWORKING',
    }),
  },
  feedbackToSales: {
    mutation: 'feedbackReworkToSales',
    inbox: '待反馈销售的返工单',
    description: 'feeds the inspection result back to sales; the return order becomes REPAIRED.',
    label: '反馈销售',
    roles: [Role.QUALITY, Role.PMC, Role.ADMIN],
    from: ['DONE'],
    to: null,
    // a faulty part from the field has no sale behind it: its result stays with quality and the visit
    offeredWhen: (row) => row.returnOrderId != null && !row.feedbackAt,
    inboxFilter: () => ({ feedbackAt: { isNull: true }, returnOrderId: { isNull: false } }),
    guard: (row) =>
      row.returnOrderId == null
        ? { field: 'returnOrder', message: '此返工单来自现场换下的旧件，没有退/换/维修单可反馈销售' }
        : row.feedbackAt
          ? { field: 'feedbackAt', message: '已反馈销售' }
          : null,
    apply: (_row, _input, now, actor) => ({ feedbackAt: now, feedbackBy: actor.displayName }),
    effect: async (ctx, row) => {
      const [ret] = await findByIds(ctx.em, returnOrderLedger, [row.returnOrderId as number], true);
      if (ret && ret.status === 'IN_REWORK')
        await updateAudited(ctx, returnOrderLedger, ret, { status: 'REPAIRED' }, 'feedbackToSales');
    },
  },
};

/** 领料单: issue. */
export const REQUISITION_TRANSITIONS: Record<string, Transition<EnumCode<typeof RequisitionStatus>>> = {
  issue: {
    mutation: 'issueRequisition',
    inbox: '待发料的领料单',
    description: 'DRAFT → ISSUED once every line has its issued quantity.',
    label: '发料',
    roles: [Role.PRODUCTION, Role.ADMIN],
    from: ['DRAFT'],
    to: 'ISSUED',
    check: async (ctx, row) => {
      const lines = await findByField(ctx.em, requisitionLineLedger, 'requisitionId', [row.id]);
      if (!lines.length) return { field: null, message: '领料单没有明细' };
      const open = lines.filter((l) => l.qtyIssued === null || l.qtyIssued === undefined);
      return open.length
        ? { field: 'qtyIssued', message: `料号 ${open.map((l) => l.partNo).join('、')} 未填写实发数量` }
        : null;
    },
    apply: (_row, _input, now, actor) => ({ issuedAt: now, issuedBy: actor.displayName }),
  },
};

/** Who decides a return or exchange: a department manager (部门负责人), the general manager's office, the administrator. */
export function decidesReturns(user: { role: string; deptHead: boolean } | null): boolean {
  return (
    !!user && (user.role === Role.MANAGER || user.role === Role.ADMIN || (user.deptHead && user.role !== Role.AUDITOR))
  );
}
