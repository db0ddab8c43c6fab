import { enumLabel } from '../../../../common/cell-types.js';
import type { RequestContext } from '../../api/graphql/context.js';
import { localMoment } from '../../core/calendar/working-calendar.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { callbackLedger } from '../survey/survey.ledgers.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { ComplaintStatus } from '../complaint/complaint.enums.js';
import { routineInspectionLedger } from '../inspection/routine-inspection.ledger.js';
import { noticeLedger, NoticeStatus } from '../notice/notice.ledger.js';
import { Remedy, ReturnStatus, ReturnType, returnOrderLedger } from '../return-order/return-order.ledger.js';
import { MaterialAction, RequisitionStatus, ReworkStatus } from '../rework/rework.enums.js';
import { reworkOrderLedger } from '../rework/rework.ledgers.js';
import { materialLineLedger, materialRequisitionLedger, requisitionLineLedger } from '../rework/rework.ledgers.js';
import { reworkCost } from '../rework/rework.rules.js';
import { serviceRequestNodes } from '../field-service/field-service.timeline.js';

export interface TimelineNode {
  at: Date;
  kind: string;
  ledger: string;
  id: number;
  number: string | null;
  title: string;
  detail: string | null;
  status: string | null;
  children: TimelineNode[];
}

const byTime = (a: TimelineNode, b: TimelineNode) => a.at.getTime() - b.at.getTime() || a.id - b.id;
const node = (n: Omit<TimelineNode, 'children'> & { children?: TimelineNode[] }): TimelineNode => ({
  children: [],
  ...n,
});

const complaintNode = (c: Row): TimelineNode =>
  node({
    at: c.receivedAt as Date,
    kind: 'COMPLAINT',
    ledger: 'complaint',
    id: c.id,
    number: c.complaintNo as string,
    title: `投诉：${String(c.description)}`,
    detail: (c.result as string) ?? null,
    status: enumLabel(ComplaintStatus, String(c.status))?.zh ?? null,
  });

const materialNode = (m: Row): TimelineNode =>
  node({
    at: m.createdAt as Date,
    kind: 'MATERIAL',
    ledger: 'materialLine',
    id: m.id,
    number: m.partNo as string,
    title: `物料：${String(m.partName)} ×${String(m.qty)}（${MaterialAction.values[String(m.action)]?.zh ?? ''}）`,
    detail:
      m.oldSerial || m.newSerial ? `旧件 ${String(m.oldSerial ?? '-')} → 新件 ${String(m.newSerial ?? '-')}` : null,
    status: null,
  });

const requisitionNode = (q: Row, lines: Row[]): TimelineNode =>
  node({
    at: (q.issuedAt as Date) ?? (q.createdAt as Date),
    kind: 'REQUISITION',
    ledger: 'materialRequisition',
    id: q.id,
    number: q.reqNo as string,
    title: `领料：${String(q.warehouse)}`,
    detail:
      lines
        .map((x) => `${String(x.partNo)} 申领 ${String(x.qtyRequested)} 实发 ${String(x.qtyIssued ?? '-')}`)
        .join('；') || null,
    status: enumLabel(RequisitionStatus, String(q.status))?.zh ?? null,
  });

/** A rework with its cost, its material lines and its requisitions beneath it. */
function reworkNode(w: Row, issued: Row[], lines: Row[], reqs: Row[], reqLines: Map<number, Row[]>): TimelineNode {
  const cost = reworkCost(w, issued);
  return node({
    at: w.createdAt as Date,
    kind: 'REWORK',
    ledger: 'reworkOrder',
    id: w.id,
    number: w.reworkNo as string,
    title: `返工：${String(w.defect ?? '')}`,
    detail: [
      w.inspectionResult && `检验：${String(w.inspectionResult)}`,
      w.finalResult && `终检：${String(w.finalResult)}`,
      `成本 ${cost.total} 元（工时 ${cost.labour} + 物料 ${cost.material}）`,
    ]
      .filter(Boolean)
      .join('；'),
    status: enumLabel(ReworkStatus, String(w.status))?.zh ?? null,
    children: [...lines.map(materialNode), ...reqs.map((q) => requisitionNode(q, reqLines.get(q.id) ?? []))].sort(
      byTime,
    ),
  });
}

const returnNode = (r: Row, reworks: TimelineNode[]): TimelineNode =>
  node({
    at: r.receivedAt as Date,
    kind: 'RETURN',
    ledger: 'returnOrder',
    id: r.id,
    number: r.orderNo as string,
    title: `${ReturnType.values[String(r.type)]?.zh ?? ''}：${String(r.fault)}`,
    detail: `${Remedy.values[String(r.warrantyDecision)]?.zh ?? ''}，费用 ${String(r.fee ?? 0)} 元；${String(r.decisionReason ?? '')}`,
    status: enumLabel(ReturnStatus, String(r.status))?.zh ?? null,
    children: reworks.sort(byTime),
  });

const inspectionNode = (x: Row): TimelineNode =>
  node({
    at: localMoment(String(x.doneAt ?? x.dueDate), 9 * 3600_000),
    kind: 'INSPECTION',
    ledger: 'routineInspection',
    id: x.id,
    number: null,
    title: `例行检查（第 ${String(x.planMonth ?? '-')} 个月）`,
    detail: (x.findings as string) ?? null,
    status: x.doneAt ? '已检查' : '待检查',
  });

const callbackNode = (cb: Row): TimelineNode =>
  node({
    at: cb.callbackAt as Date,
    kind: 'CALLBACK',
    ledger: 'callback',
    id: cb.id,
    number: null,
    title: `回访：${String(cb.content)}`,
    detail: cb.satisfied === null ? null : cb.satisfied ? '满意' : '不满意',
    status: null,
  });

const noticeNode = (n: Row): TimelineNode =>
  node({
    at: (n.decidedAt as Date) ?? (n.createdAt as Date),
    kind: 'NOTICE',
    ledger: 'rewardPenaltyNotice',
    id: n.id,
    number: n.noticeNo as string,
    title: `${n.kind === 'REWARD' ? '奖励' : '处罚'}：${String(n.reason)}`,
    detail: `${String(n.department ?? n.person ?? '')} ${String(n.amount)} 元`,
    status: enumLabel(NoticeStatus, String(n.status))?.zh ?? null,
  });

/**
 * Everything that happened to one unit, oldest first. Every relation is read through the request's
 * loaders, so N archives cost the same number of SQL statements as one.
 */
export async function archiveTimeline(ctx: RequestContext, archive: Row): Promise<TimelineNode[]> {
  const l = ctx.loaders;
  const many = (ledger: Parameters<typeof l.children>[0], field: string) => (ids: number[]) =>
    Promise.all(ids.map((id) => l.children(ledger, field).load(id)));
  // Independent chains, each step waiting only on the one batch before it: every archive of a request
  // then reaches each loader in the same wave, so N archives cost the statements of one.
  const complaintsP = l.children(complaintLedger, 'archiveId').load(archive.id);
  const returnsP = l.children(returnOrderLedger, 'archiveId').load(archive.id);
  const reworksOfP = returnsP.then((rs) => many(reworkOrderLedger, 'returnOrderId')(rs.map((r) => r.id)));
  const reworkIdsP = reworksOfP.then((x) => x.flat().map((w) => w.id));
  const reqsOfP = reworkIdsP.then(many(materialRequisitionLedger, 'reworkOrderId'));
  const [
    complaints,
    returns,
    inspections,
    callbacks,
    reworksOf,
    noticesByComplaint,
    noticesByRework,
    linesOf,
    reqsOf,
    issuedOf,
    reqLinesOf,
    serviceRequests,
  ] = await Promise.all([
    complaintsP,
    returnsP,
    l.children(routineInspectionLedger, 'archiveId').load(archive.id),
    l.children(callbackLedger, 'archiveId').load(archive.id),
    reworksOfP,
    complaintsP.then((cs) => many(noticeLedger, 'sourceComplaintId')(cs.map((c) => c.id))),
    reworkIdsP.then(many(noticeLedger, 'sourceReworkId')),
    reworkIdsP.then(many(materialLineLedger, 'reworkOrderId')),
    reqsOfP,
    reworkIdsP.then(many(requisitionLineLedger, 'reworkOrderId')),
    reqsOfP.then((x) => many(requisitionLineLedger, 'requisitionId')(x.flat().map((q) => q.id))),
    serviceRequestNodes(ctx, archive.id),
  ]);
  const reworks = reworksOf.flat();
  const reqLines = new Map(reqsOf.flat().map((q, k) => [q.id, reqLinesOf[k]]));
  const reworkNodes = new Map(
    reworks.map((w, k) => [w.id, reworkNode(w, issuedOf[k], linesOf[k], reqsOf[k], reqLines)]),
  );
  const events: TimelineNode[] = [
    ...complaints.map(complaintNode),
    ...returns.map((r, i) =>
      returnNode(
        r,
        reworksOf[i].map((w) => reworkNodes.get(w.id)!),
      ),
    ),
    ...inspections.map(inspectionNode),
    ...callbacks.map(callbackNode),
    ...[...noticesByComplaint.flat(), ...noticesByRework.flat()].map(noticeNode),
    ...serviceRequests,
  ];
  return events.sort(byTime);
}
