import type { DataSource } from 'typeorm';
import { newBatchId } from '../../core/audit/audit-trail.js';
import { inTransaction } from '../../core/db/transaction.js';
import { authorize } from '../../core/ledger/ledger-service.js';
import { saveInTransaction, type Actor, type SaveResult } from '../../core/ledger/write/batch-save.js';
import { findByIds, readKeys } from '../../core/ledger/query/ledger-store.js';
import type { SaveContext } from '../../core/ledger/schema/ledger.types.js';
import { commitAudit, updateAudited } from '../../core/ledger/write/row-writer.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { customerLedger } from '../customer/customer.ledger.js';
import { callbackLedger } from './survey.ledgers.js';

/** What the customer raised during the call. */
export interface RaisedComplaint {
  description: string;
  kind: string;
  handlingScope: string;
}

export class RaiseRefused extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * A complaint raised in a callback, in one transaction with the callback: the complaint (channel
 * 回访中提出, the callback's customer and unit, received now) names its source callback, and the
 * callback names the complaint it raised — linked both ways, audited together, all or nothing.
 * Answers the complaint's save result (its cell errors when the complaint is refused).
 */
export async function raiseComplaintFromCallback(
  ds: DataSource,
  actor: Actor,
  callback: { id: number; version: number },
  c: RaisedComplaint,
): Promise<SaveResult> {
  authorize(actor, complaintLedger, 'write');
  return inTransaction(ds, async (em) => {
    const [row] = await findByIds(em, callbackLedger, [callback.id], true);
    if (!row || row.voidedAt) throw new RaiseRefused('callbackId', `回访记录 ${callback.id} 不存在或已作废`);
    if (row.version !== callback.version)
      throw new RaiseRefused('version', `回访记录已被他人修改（版本 ${row.version}），请刷新后再试`);
    if (row.raisedComplaintId) throw new RaiseRefused('callbackId', '这次回访已经提出过投诉');
    const customer = (await readKeys(em, customerLedger, 'code', [Number(row.customerId)])).get(Number(row.customerId));
    const serial = row.archiveId
      ? (await readKeys(em, serviceArchiveLedger, 'serialNo', [Number(row.archiveId)])).get(Number(row.archiveId))
      : undefined;
    const now = new Date();
    const batchId = newBatchId();
    const saved = await saveInTransaction(
      em,
      complaintLedger,
      actor,
      {
        creates: [
          {
            ref: 'raised',
            values: {
              receivedAt: now,
              channel: 'CALLBACK',
              customer,
              ...(serial ? { serialNo: serial } : {}),
              kind: c.kind,
              description: c.description,
              handlingScope: c.handlingScope,
            },
          },
        ],
      },
      { batchId, now },
    );
    if (!saved.ok) return saved;
    const complaint = saved.saved[0].record;
    const ctx: SaveContext = {
      em,
      userId: actor.userId,
      role: actor.role,
      displayName: actor.displayName,
      now,
      audit: [],
      batchId,
    };
    await updateAudited(ctx, complaintLedger, complaint, { sourceCallbackId: row.id }, 'RAISE_FROM_CALLBACK');
    await updateAudited(ctx, callbackLedger, row, { raisedComplaintId: complaint.id }, 'RAISE_FROM_CALLBACK');
    await commitAudit(ctx);
    const [after] = await findByIds(em, complaintLedger, [complaint.id]);
    return { ...saved, saved: [{ ...saved.saved[0], version: after.version, record: after }] };
  });
}
