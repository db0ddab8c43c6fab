import type { DataSource, EntityManager } from 'typeorm';
import { readKeys } from '../../core/ledger/query/ledger-store.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import type { Actor, SaveResult } from '../../core/ledger/write/batch-save.js';
import { raiseLinked } from '../../core/ledger/write/raise-linked.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { customerLedger } from '../customer/customer.ledger.js';
import { returnOrderLedger } from '../return-order/return-order.ledger.js';
import { callbackLedger } from '../survey/survey.ledgers.js';
import { serviceRequestLedger } from './service-request.ledger.js';

/** The human keys a new row types for the source's customer and unit. */
async function keysOf(em: EntityManager, row: Row): Promise<{ customer?: string; serial?: string }> {
  const customerId = Number(row.customerId);
  const archiveId = row.archiveId ? Number(row.archiveId) : null;
  const customer = (await readKeys(em, customerLedger, 'code', [customerId])).get(customerId);
  const serial = archiveId
    ? (await readKeys(em, serviceArchiveLedger, 'serialNo', [archiveId])).get(archiveId)
    : undefined;
  return { customer, serial };
}

/** 报修转投诉: the customer complains about the fault or the service; the request names the complaint it raised. */
export function complaintFromRequest(
  ds: DataSource,
  actor: Actor,
  from: { id: number; version: number },
  c: { description: string; kind: string; handlingScope: string },
): Promise<SaveResult> {
  return raiseLinked(ds, actor, {
    from: { ledger: serviceRequestLedger, ...from },
    to: complaintLedger,
    values: async (r, em) => {
      const k = await keysOf(em, r);
      return {
        receivedAt: new Date(),
        channel: 'SERVICE_REQUEST',
        customer: k.customer,
        ...(k.serial ? { serialNo: k.serial } : {}),
        kind: c.kind,
        description: c.description,
        handlingScope: c.handlingScope,
      };
    },
    links: [{ on: 'from', column: 'raisedComplaintId' }],
    action: 'RAISE_COMPLAINT',
    refuse: (r) =>
      r.raisedComplaintId ? '这张报修单已经转过投诉' : r.status === 'CANCELLED' ? '报修单已撤销，不能转投诉' : null,
  });
}

/** 报修转退换修: the unit must go back to the factory; the request names the return order. */
export function returnFromRequest(
  ds: DataSource,
  actor: Actor,
  from: { id: number; version: number },
  type: string,
): Promise<SaveResult> {
  return raiseLinked(ds, actor, {
    from: { ledger: serviceRequestLedger, ...from },
    to: returnOrderLedger,
    values: async (r, em) => ({
      archive: (await keysOf(em, r)).serial,
      type,
      qtyClaimed: 1,
      receivedAt: new Date(),
      fault: String(r.fault),
    }),
    links: [{ on: 'from', column: 'raisedReturnId' }],
    action: 'RAISE_RETURN',
    refuse: (r) =>
      !r.archiveId
        ? '报修单没有产品序列号，不能转退/换/维修单'
        : r.raisedReturnId
          ? '这张报修单已经转过退/换/维修单'
          : null,
  });
}

/** 投诉或回访转报修: the new request names its source, which lists it (serviceRequests). */
export function requestFrom(
  ds: DataSource,
  actor: Actor,
  source: 'complaint' | 'callback',
  from: { id: number; version: number },
  fault: string,
): Promise<SaveResult> {
  return raiseLinked(ds, actor, {
    from: { ledger: source === 'complaint' ? complaintLedger : callbackLedger, ...from, arg: `${source}Id` },
    to: serviceRequestLedger,
    values: async (r, em) => {
      const k = await keysOf(em, r);
      return {
        reportedAt: new Date(),
        channel: source === 'complaint' ? 'COMPLAINT' : 'CALLBACK',
        customer: k.customer,
        ...(k.serial ? { archive: k.serial } : {}),
        fault: fault.trim() || String(r.description ?? r.content ?? ''),
      };
    },
    links: [{ on: 'to', column: source === 'complaint' ? 'sourceComplaintId' : 'sourceCallbackId' }],
    action: 'RAISE_SERVICE_REQUEST',
    refuse: (r) => (r.customerId ? null : '匿名记录没有客户，不能转报修'),
  });
}
