import type { EntityManager } from 'typeorm';
import { loadCalendar } from '../../core/calendar/calendar.store.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import type { RequestContext } from '../../api/graphql/context.js';
import { findByField, findByIds } from '../../core/ledger/query/ledger-store.js';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { returnOrderLedger } from '../return-order/return-order.ledger.js';
import { reworkOrderLedger } from '../rework/rework.ledgers.js';
import { warrantyPolicyLedger } from './warranty-policy.ledger.js';
import { warrantyStatus, type PolicyTerms, type ServiceEvent, type WarrantyVerdict } from './warranty.rules.js';

/** Where the facts of a unit's warranty come from: the transaction (saves) or the request's loaders (queries). */
export interface WarrantySource {
  policy(id: number): Promise<Row | null>;
  returns(archiveId: number): Promise<Row[]>;
  reworks(returnOrderId: number): Promise<Row[]>;
  calendar(): Promise<WorkingCalendar>;
}

const wholeCalendar = (em: EntityManager) => loadCalendar(em, '2000-01-01', '2100-12-31');

export function transactionSource(em: EntityManager): WarrantySource {
  let cal: Promise<WorkingCalendar> | null = null;
  return {
    policy: async (id) => (await findByIds(em, warrantyPolicyLedger, [id]))[0] ?? null,
    returns: (archiveId) => findByField(em, returnOrderLedger, 'archiveId', [archiveId]),
    reworks: (id) => findByField(em, reworkOrderLedger, 'returnOrderId', [id]),
    calendar: () => (cal ??= wholeCalendar(em)),
  };
}

export function requestSource(ctx: RequestContext): WarrantySource {
  return {
    policy: (id) => ctx.loaders.row(warrantyPolicyLedger).load(id),
    returns: (archiveId) => ctx.loaders.children(returnOrderLedger, 'archiveId').load(archiveId),
    reworks: (id) => ctx.loaders.children(reworkOrderLedger, 'returnOrderId').load(id),
    calendar: () => ctx.loaders.once('calendar', () => wholeCalendar(ctx.ds.manager)),
  };
}

export function policyTerms(p: Row): PolicyTerms {
  return {
    modelCode: String(p.modelCode),
    warrantyMonths: Number(p.warrantyMonths),
    startBasis: p.startBasis === 'ACCEPTANCE' ? 'ACCEPTANCE' : 'INVOICE',
    consumerSanbao: p.consumerSanbao === true,
    returnDays: (p.returnDays as number | null) ?? 7,
    exchangeDays: (p.exchangeDays as number | null) ?? 15,
  };
}

/** A unit's warranty as of a date, from its archive row; `except` leaves one return order out (the one being decided). */
export async function archiveWarranty(
  src: WarrantySource,
  archive: Row,
  asOf: Date,
  except?: number,
): Promise<WarrantyVerdict | null> {
  const [policy, all, calendar] = await Promise.all([
    src.policy(archive.policyId as number),
    src.returns(archive.id),
    src.calendar(),
  ]);
  if (!policy) return null;
  const returns = all.filter((r) => r.id !== except);
  const reworks = await Promise.all(returns.map((r) => src.reworks(r.id)));
  const events: ServiceEvent[] = returns.map((r, i) => ({
    type: r.type as ServiceEvent['type'],
    receivedAt: r.receivedAt as Date,
    completedAt: (r.completedAt as Date | null) ?? null,
    waitedForParts: reworks[i].some((w) => w.partsNeeded === true),
  }));
  return warrantyStatus(
    policyTerms(policy),
    { invoiceDate: String(archive.invoiceDate), acceptanceDate: (archive.acceptanceDate as string | null) ?? null },
    events,
    asOf,
    calendar,
  );
}
