import type { DataSource } from 'typeorm';
import { newBatchId } from '../../core/audit/audit-trail.js';
import { inTransaction } from '../../core/db/transaction.js';
import { findByField, findByIds, readKeys } from '../../core/ledger/query/ledger-store.js';
import { saveInTransaction, type Actor, type SaveResult } from '../../core/ledger/write/batch-save.js';
import { commitAudit, updateAudited, writeContext } from '../../core/ledger/write/row-writer.js';
import { WorkflowError } from '../../core/ledger/write/workflow.js';
import { partMovementLedger, sparePartLedger } from './spare-part.ledgers.js';
import { serviceRequestLedger } from './service-request.ledger.js';
import { serviceVisitLedger } from './service-visit.ledger.js';
import { technicianLedger } from './technician.ledger.js';
import { vanOf } from './technicians.js';

/** What the technician's phone sends: the visit as recorded on site, under the draft's own key. */
export interface ServiceReportInput {
  requestId: number;
  draftKey: string;
  arrivedAt: Date;
  departedAt: Date | null;
  findings: string | null;
  faultCode: string | null;
  workDone: string;
  fixed: boolean;
  hours: number | null;
  customerName: string | null;
  parts: Array<{ partNo: string; qty: number }>;
}

export interface FiledReport {
  /** The save's answer: the visit, or the cells refused (nothing written). */
  result: SaveResult;
  /** The draft had been filed before (a resend after a lost answer): nothing new was written. */
  duplicate: boolean;
}

const refused = (errors: SaveResult['errors']): SaveResult => ({
  ok: false,
  batchId: null,
  errors,
  conflicts: [],
  saved: [],
  revealed: [],
});

class Refused extends Error {
  constructor(readonly result: SaveResult) {
    super('refused');
  }
}

/**
 * 服务报告 from the phone, in one transaction: the visit, the parts it used taken from the
 * technician's van (never below zero), its parts cost, and the request moved on (see the visit's
 * hooks). Idempotent by the draft's key: the request is locked first, so a draft sent twice at once
 * is filed once and the second send answers the first's visit.
 */
export async function fileServiceReport(ds: DataSource, actor: Actor, input: ServiceReportInput): Promise<FiledReport> {
  try {
    return await inTransaction(ds, async (em) => {
      const [request] = await findByIds(em, serviceRequestLedger, [input.requestId], true);
      if (!request || request.voidedAt)
        throw new WorkflowError('NOT_FOUND', `报修单 ${input.requestId} 不存在或已作废`);
      const [earlier] = await findByField(em, serviceVisitLedger, 'draftKey', [input.draftKey]);
      if (earlier)
        return {
          result: {
            ...refused([]),
            ok: true,
            saved: [{ row: 'visit', id: earlier.id, version: earlier.version, record: earlier }],
          },
          duplicate: true,
        };
      if (!request.technicianId)
        throw new WorkflowError('INVALID_STATE', `报修单 ${String(request.requestNo)} 还没有派工`, 'request');
      const techCode = (await readKeys(em, technicianLedger, 'code', [Number(request.technicianId)])).get(
        Number(request.technicianId),
      );
      const batchId = newBatchId();
      const now = new Date();
      const visitSave = await saveInTransaction(
        em,
        serviceVisitLedger,
        actor,
        {
          creates: [
            {
              ref: 'visit',
              values: {
                request: request.requestNo,
                technician: techCode,
                arrivedAt: input.arrivedAt,
                departedAt: input.departedAt,
                findings: input.findings,
                faultSolution: input.faultCode || null,
                workDone: input.workDone,
                fixed: input.fixed,
                hours: input.hours,
                customerName: input.customerName,
                draftKey: input.draftKey,
              },
            },
          ],
        },
        { batchId, now },
      );
      if (!visitSave.ok) throw new Refused(visitSave);
      const visit = visitSave.saved[0].record;
      const partsCost = await consumeParts(
        em,
        actor,
        input,
        Number(request.technicianId),
        String(visit.visitNo),
        batchId,
        now,
      );
      const ctx = writeContext(em, actor, now, batchId);
      if (partsCost > 0) await updateAudited(ctx, serviceVisitLedger, visit, { partsCost }, 'FILE_REPORT');
      await commitAudit(ctx);
      const [after] = await findByIds(em, serviceVisitLedger, [visit.id]);
      return {
        result: { ...visitSave, saved: [{ row: 'visit', id: after.id, version: after.version, record: after }] },
        duplicate: false,
      };
    });
  } catch (e) {
    if (e instanceof Refused) return { result: e.result, duplicate: false };
    throw e;
  }
}

/** The parts used, from the technician's van: one 维修消耗 movement each; answers their cost. */
async function consumeParts(
  em: Parameters<Parameters<typeof inTransaction>[1]>[0],
  actor: Actor,
  input: ServiceReportInput,
  technicianId: number,
  visitNo: string,
  batchId: string,
  now: Date,
): Promise<number> {
  const parts = input.parts.filter((p) => p.qty > 0);
  if (!parts.length) return 0;
  const van = await vanOf(em, technicianId);
  if (!van)
    throw new Refused(
      refused([{ row: 'visit', field: 'parts', code: 'NO_VAN', message: '这位技术员没有随车库位，不能登记用件' }]),
    );
  const moved = await saveInTransaction(
    em,
    partMovementLedger,
    actor,
    {
      creates: parts.map((p, i) => ({
        ref: `part${i + 1}`,
        values: {
          kind: 'CONSUME',
          part: p.partNo,
          qty: p.qty,
          fromLocation: String(van.code),
          visit: visitNo,
          movedAt: input.departedAt ?? now,
        },
      })),
    },
    { batchId, now },
  );
  if (!moved.ok) throw new Refused(moved);
  const found = await findByField(
    em,
    sparePartLedger,
    'partNo',
    parts.map((p) => p.partNo),
  );
  const cost = new Map(found.map((r) => [String(r.partNo), Number(r.unitCost ?? 0)]));
  return Math.round(parts.reduce((s, p) => s + p.qty * (cost.get(p.partNo) ?? 0), 0) * 100) / 100;
}
