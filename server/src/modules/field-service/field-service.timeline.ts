import { enumLabel } from '../../../../common/cell-types.js';
import type { RequestContext } from '../../api/graphql/context.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import type { TimelineNode } from '../archive/timeline.js';
import { ReworkStatus } from '../rework/rework.enums.js';
import { reworkOrderLedger } from '../rework/rework.ledgers.js';
import { MovementKind, ServiceRequestStatus, ServiceType } from './field-service.enums.js';
import { serviceRequestLedger } from './service-request.ledger.js';
import { serviceVisitLedger } from './service-visit.ledger.js';
import { partMovementLedger, sparePartLedger } from './spare-part.ledgers.js';
import { technicianLedger } from './technician.ledger.js';

const partNode = (m: Row, part: Row | null, rework: Row | null): TimelineNode => ({
  at: m.movedAt as Date,
  kind: 'PART',
  ledger: 'partMovement',
  id: m.id,
  number: m.movementNo as string,
  title: `备件：${String(part?.name ?? '')}（${String(part?.partNo ?? '')}）×${String(m.qty)}`,
  detail: [MovementKind.values[String(m.kind)]?.zh, rework && `品质检验返工单 ${String(rework.reworkNo)}`]
    .filter(Boolean)
    .join('，'),
  status: rework ? (enumLabel(ReworkStatus, String(rework.status))?.zh ?? null) : null,
  children: [],
});

const visitNode = (v: Row, technician: Row | null, parts: TimelineNode[]): TimelineNode => ({
  at: v.arrivedAt as Date,
  kind: 'VISIT',
  ledger: 'serviceVisit',
  id: v.id,
  number: v.visitNo as string,
  title: `上门：${String(technician?.name ?? '')}，${String(v.workDone ?? '')}`,
  detail:
    [
      v.findings && `检查：${String(v.findings)}`,
      v.hours != null && `工时 ${String(v.hours)}`,
      v.partsCost != null && `备件 ${String(v.partsCost)} 元`,
      // who signed is personal: the timeline says that the customer confirmed, not who
      v.customerName && '客户已签字确认',
    ]
      .filter(Boolean)
      .join('；') || null,
  status: v.fixed === false ? '未排除，需再次上门' : '已排除',
  children: parts,
});

/**
 * The unit's repair requests for its timeline, each with its visits and the parts they used beneath
 * it; read through the request's loaders (one wave per level, whatever the number of archives).
 */
export async function serviceRequestNodes(ctx: RequestContext, archiveId: number): Promise<TimelineNode[]> {
  const l = ctx.loaders;
  const requests = await l.children(serviceRequestLedger, 'archiveId').load(archiveId);
  const visitsOf = await Promise.all(requests.map((r) => l.children(serviceVisitLedger, 'requestId').load(r.id)));
  const visits = visitsOf.flat();
  const [movesOf, technicians] = await Promise.all([
    Promise.all(visits.map((v) => l.children(partMovementLedger, 'visitId').load(v.id))),
    Promise.all(visits.map((v) => (v.technicianId ? l.row(technicianLedger).load(Number(v.technicianId)) : null))),
  ]);
  const moves = movesOf.flat();
  const [parts, reworks] = await Promise.all([
    Promise.all(moves.map((m) => l.row(sparePartLedger).load(Number(m.partId)))),
    Promise.all(moves.map((m) => (m.reworkOrderId ? l.row(reworkOrderLedger).load(Number(m.reworkOrderId)) : null))),
  ]);
  const partOf = new Map(moves.map((m, i) => [m.id, parts[i]]));
  const reworkOf = new Map(moves.map((m, i) => [m.id, reworks[i]]));
  const visitNodes = new Map(
    visits.map((v, i) => [
      v.id,
      visitNode(
        v,
        technicians[i],
        movesOf[i].map((m) => partNode(m, partOf.get(m.id) ?? null, reworkOf.get(m.id) ?? null)),
      ),
    ]),
  );
  return requests.map((r, i) => ({
    at: r.reportedAt as Date,
    kind: 'SERVICE_REQUEST',
    ledger: 'serviceRequest',
    id: r.id,
    number: r.requestNo as string,
    title: `报修（${ServiceType.values[String(r.serviceType)]?.zh ?? ''}）：${String(r.fault)}`,
    detail: (r.phoneGuidance as string | null) ?? (r.closingNote as string | null) ?? null,
    status: enumLabel(ServiceRequestStatus, String(r.status))?.zh ?? null,
    children: visitsOf[i].map((v) => visitNodes.get(v.id)!),
  }));
}
