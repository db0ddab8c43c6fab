import type { DataSource } from 'typeorm';
import { authorize } from '../../core/ledger/ledger-service.js';
import type { Actor, SaveResult } from '../../core/ledger/write/batch-save.js';
import { raiseLinked } from '../../core/ledger/write/raise-linked.js';
import { readKeys } from '../../core/ledger/query/ledger-store.js';
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

/**
 * A complaint raised in a callback, in one transaction with the callback: the complaint (channel
 * 回访中提出, the callback's customer and unit, received now) names its source callback, and the
 * callback names the complaint it raised — linked both ways, audited together, all or nothing.
 * Answers the complaint's save result (its cell errors when the complaint is refused).
 */
export function raiseComplaintFromCallback(
  ds: DataSource,
  actor: Actor,
  callback: { id: number; version: number },
  c: RaisedComplaint,
): Promise<SaveResult> {
  authorize(actor, complaintLedger, 'write');
  return raiseLinked(ds, actor, {
    from: { ledger: callbackLedger, ...callback, arg: 'callbackId' },
    to: complaintLedger,
    values: async (row, em) => {
      const customer = (await readKeys(em, customerLedger, 'code', [Number(row.customerId)])).get(
        Number(row.customerId),
      );
      const serial = row.archiveId
        ? (await readKeys(em, serviceArchiveLedger, 'serialNo', [Number(row.archiveId)])).get(Number(row.archiveId))
        : undefined;
      return {
        receivedAt: new Date(),
        channel: 'CALLBACK',
        customer,
        ...(serial ? { serialNo: serial } : {}),
        kind: c.kind,
        description: c.description,
        handlingScope: c.handlingScope,
      };
    },
    links: [
      { on: 'to', column: 'sourceCallbackId' },
      { on: 'from', column: 'raisedComplaintId' },
    ],
    action: 'RAISE_FROM_CALLBACK',
    refuse: (row) => (row.raisedComplaintId ? '这次回访已经提出过投诉' : null),
  });
}
