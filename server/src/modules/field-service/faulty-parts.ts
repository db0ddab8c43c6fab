import type { CellError, SaveContext } from '../../core/ledger/schema/ledger.types.js';
import { findByIds } from '../../core/ledger/query/ledger-store.js';
import { insertAudited } from '../../core/ledger/write/row-writer.js';
import { reworkOrderLedger } from '../rework/rework.ledgers.js';
import { Role } from '../user/roles.js';
import { serviceRequestLedger } from './service-request.ledger.js';
import { serviceVisitLedger } from './service-visit.ledger.js';
import { sparePartLedger, stockLocationLedger } from './spare-part.ledgers.js';
import { technicianOfUser } from './technicians.js';

/**
 * A faulty part brought back from the field goes onto quality's shelf and opens a rework order there
 * (「旧件返回品质部」), in the movement's transaction: the unit and model it came out of, and what the
 * technician found, so quality inspects it and its defect cause counts in the rework history and Pareto.
 * Sets the movement's `reworkOrderId`; answers a cell error when the movement cannot go to quality.
 */
export async function sendFaultyPartToQuality(
  ctx: SaveContext,
  key: string,
  v: Record<string, unknown>,
): Promise<CellError | null> {
  const refuse = (field: string, code: string, message: string): CellError => ({ row: key, field, code, message });
  const [to] = await findByIds(ctx.em, stockLocationLedger, [Number(v.toLocationId)]);
  if (to?.kind !== 'QA') return refuse('toLocation', 'INVALID', '旧件须退到「品质部待检」类型的库位');
  const [visit] = await findByIds(ctx.em, serviceVisitLedger, [Number(v.visitId)]);
  if (!visit) return refuse('visit', 'NOT_FOUND', '找不到换下这件旧件的服务报告');
  if (ctx.role === Role.TECHNICIAN) {
    const tech = await technicianOfUser(ctx.em, ctx.userId);
    if (!tech || tech.id !== Number(visit.technicianId))
      return refuse('visit', 'FORBIDDEN', '技术员只能退回自己服务报告上换下的旧件');
  }
  const [[request], [part]] = await Promise.all([
    findByIds(ctx.em, serviceRequestLedger, [Number(visit.requestId)]),
    findByIds(ctx.em, sparePartLedger, [Number(v.partId)]),
  ]);
  const found = (visit.findings as string | null) ?? (request?.fault as string | null) ?? '';
  v.reworkOrderId = await insertAudited(
    ctx,
    reworkOrderLedger,
    {
      archiveId: request?.archiveId ?? null,
      modelId: request?.modelId ?? null,
      qty: v.qty,
      defect: `现场换下的故障件 ${String(part?.partNo)} ${String(part?.name)}（服务报告 ${String(visit.visitNo)}）：${found}`,
      status: 'OPEN',
    },
    'FAULTY_PART',
  );
  return null;
}
