import type { CellError, LedgerHooks, Row, SaveContext } from '../../core/ledger/schema/ledger.types.js';
import { findByIds } from '../../core/ledger/query/ledger-store.js';
import { moveBalance } from '../../core/ledger/write/balance.js';
import { updateAudited } from '../../core/ledger/write/row-writer.js';
import type { LedgerBehaviour, WorkflowDeclaration } from '../app-module.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { customerLedger } from '../customer/customer.ledger.js';
import { productModelLedger } from '../product/product-model.ledger.js';
import { Role } from '../user/roles.js';
import { archiveWarranty, transactionSource } from '../warranty/warranty.service.js';
import { partMovementLedger, partStockLedger } from './spare-part.ledgers.js';
import { serviceRequestLedger } from './service-request.ledger.js';
import { SERVICE_REQUEST_TRANSITIONS, withDueTimes } from './service-request.rules.js';
import { serviceVisitLedger } from './service-visit.ledger.js';
import { sendFaultyPartToQuality } from './faulty-parts.js';
import { movementProblems, sidesOf } from './stock.rules.js';
import { technicianOfUser, vanOf } from './technicians.js';

const ENDED: Record<string, string> = {
  CLOSED: '已回访关闭',
  CANCELLED: '已撤销',
  REMOTE_RESOLVED: '已由电话指导解决',
};

/** A new request starts from its unit: the model, its service level, the contact, the region, the warranty as of the failure. */
export async function completeFromUnit(ctx: SaveContext, values: Record<string, unknown>): Promise<void> {
  const reportedAt = (values.reportedAt as Date | undefined) ?? ctx.now;
  if (values.archiveId) {
    const [archive] = await findByIds(ctx.em, serviceArchiveLedger, [Number(values.archiveId)]);
    if (archive) {
      values.modelId ??= archive.modelId ?? null;
      values.contactName ??= archive.contactName ?? null;
      values.contactPhone ??= archive.contactPhone ?? null;
      values.siteAddress ??= archive.installAddress ?? null;
      const verdict = await archiveWarranty(transactionSource(ctx.em), archive, reportedAt);
      values.warrantyVerdict = verdict ? verdict.reason.slice(0, 200) : null;
    }
  }
  if (values.modelId && !values.serviceLevel) {
    const [model] = await findByIds(ctx.em, productModelLedger, [Number(values.modelId)]);
    values.serviceLevel = model?.serviceLevel ?? 'EMERGENCY';
  }
  values.serviceLevel ??= 'EMERGENCY';
  if (!values.region && values.customerId) {
    const [customer] = await findByIds(ctx.em, customerLedger, [Number(values.customerId)]);
    values.region = customer?.region ?? null;
  }
}

const requestHooks: LedgerHooks = {
  frozen: (row: Row) =>
    ENDED[String(row.status)] ? `报修单 ${String(row.requestNo)} ${ENDED[String(row.status)]}，不可修改` : null,
  beforeWrite: async (ctx, rows) => {
    for (const r of rows) {
      if (!r.previous) {
        r.values.status = 'RECEIVED';
        r.values.reportedAt ??= ctx.now;
        await completeFromUnit(ctx, r.values);
        Object.assign(r.values, await withDueTimes(ctx.em, {}, r.values));
      } else if (['reportedAt', 'serviceLevel', 'serviceType'].some((f) => f in r.values)) {
        Object.assign(r.values, await withDueTimes(ctx.em, r.previous, r.values));
      }
    }
  },
};

/** Kinds a technician may write from his van: what he used, what he returns. */
const TECHNICIAN_KINDS = ['CONSUME', 'RETURN_UNUSED', 'RETURN_FAULTY'];

/** The van of the technician the saving user signs in as. */
async function ownVan(ctx: SaveContext): Promise<number | null> {
  const tech = await technicianOfUser(ctx.em, ctx.userId);
  return tech ? ((await vanOf(ctx.em, tech.id))?.id ?? null) : null;
}

/** Moves the balances of one new movement; a cell error when a location has too few. */
async function applyMovement(ctx: SaveContext, key: string, v: Record<string, unknown>): Promise<CellError | null> {
  const partId = Number(v.partId);
  if (v.kind === 'COUNT') {
    const keys = { locationId: Number(v.toLocationId), partId };
    const book = (await moveBalance(ctx, partStockLedger, 'qty', { keys, delta: 0 }, 'STOCK_MOVE'))!.before;
    v.bookQty = book;
    v.qty = Number(v.countedQty) - book;
    await moveBalance(ctx, partStockLedger, 'qty', { keys, delta: Number(v.qty) }, 'STOCK_MOVE');
    return null;
  }
  for (const side of sidesOf({
    kind: String(v.kind),
    qty: Number(v.qty),
    fromLocationId: (v.fromLocationId as number | null) ?? null,
    toLocationId: (v.toLocationId as number | null) ?? null,
  })) {
    const moved = await moveBalance(
      ctx,
      partStockLedger,
      'qty',
      { keys: { locationId: side.locationId, partId }, delta: side.delta },
      'STOCK_MOVE',
    );
    if (!moved) {
      const have = (await moveBalance(
        ctx,
        partStockLedger,
        'qty',
        { keys: { locationId: side.locationId, partId }, delta: 0 },
        'STOCK_MOVE',
      ))!.before;
      return {
        row: key,
        field: 'qty',
        code: 'OUT_OF_STOCK',
        message: `库存不足：发出库位只有 ${have} 件，不够 ${-side.delta} 件`,
      };
    }
  }
  return null;
}

const movementHooks: LedgerHooks = {
  frozen: (row: Row) => `出入库单 ${String(row.movementNo)} 已记账，不可修改或作废；有误请做一笔反向出入库`,
  validateRow: (row, key) => movementProblems(row as never).map((p) => ({ row: key, ...p })),
  beforeWrite: async (ctx, rows) => {
    const errors: CellError[] = [];
    const van = ctx.role === Role.TECHNICIAN ? await ownVan(ctx) : null;
    for (const r of rows.filter((x) => !x.previous)) {
      r.values.movedAt ??= ctx.now;
      const kind = String(r.values.kind);
      // a faulty part comes out of the customer's unit, not his van: its visit is checked as his
      const fromOwnVan = kind === 'RETURN_FAULTY' || r.values.fromLocationId === van;
      if (ctx.role === Role.TECHNICIAN && (!TECHNICIAN_KINDS.includes(kind) || !fromOwnVan)) {
        errors.push({
          row: r.key,
          field: 'fromLocation',
          code: 'FORBIDDEN',
          message: '技术员只能登记自己随车库位的用件和退件',
        });
        continue;
      }
      const refused =
        (await applyMovement(ctx, r.key, r.values)) ??
        (kind === 'RETURN_FAULTY' ? await sendFaultyPartToQuality(ctx, r.key, r.values) : null);
      if (refused) errors.push(refused);
    }
    return errors;
  },
};

/** A visit filed moves its request: arrived, and cleared and reported when fixed; a revisit when not. */
async function visitMovesRequest(
  ctx: SaveContext,
  rows: Array<{ id: number; values: Record<string, unknown>; previous: Row | null }>,
): Promise<void> {
  for (const r of rows.filter((x) => !x.previous && !x.values.voidedAt)) {
    const [request] = await findByIds(ctx.em, serviceRequestLedger, [Number(r.values.requestId)], true);
    if (!request) continue;
    const fixed = r.values.fixed !== false;
    const changes: Record<string, unknown> = { arrivedAt: request.arrivedAt ?? r.values.arrivedAt };
    if (fixed)
      Object.assign(changes, { status: 'REPORTED', clearedAt: r.values.departedAt ?? ctx.now, reportFiledAt: ctx.now });
    else changes.status = 'DISPATCHED';
    await updateAudited(
      ctx,
      serviceRequestLedger,
      request,
      await withDueTimes(ctx.em, request, changes),
      'FILE_REPORT',
    );
  }
}

/** A technician files his reports; correcting one afterwards is the office's, on the trail. */
const FILED = '技术员不能修改或作废已提交的服务报告，请联系客服更正';

const visitHooks: LedgerHooks = {
  voidable: (_row, role) => (role === Role.TECHNICIAN ? FILED : null),
  validateBatch: async (ctx, rows) => {
    const errors: CellError[] = [];
    const tech = ctx.role === Role.TECHNICIAN ? await technicianOfUser(ctx.em, ctx.userId) : null;
    if (tech)
      for (const r of rows.filter((x) => !x.isNew))
        errors.push({ row: r.key, field: null, code: 'FORBIDDEN', message: FILED });
    for (const r of rows.filter((x) => x.isNew)) {
      const [request] = await findByIds(ctx.em, serviceRequestLedger, [Number(r.row.requestId)]);
      if (!request) continue;
      if (ENDED[String(request.status)])
        errors.push({
          row: r.key,
          field: 'request',
          code: 'INVALID_STATE',
          message: `报修单 ${String(request.requestNo)} ${ENDED[String(request.status)]}，不能再提交服务报告`,
        });
      else if (request.status === 'RECEIVED')
        errors.push({
          row: r.key,
          field: 'request',
          code: 'INVALID_STATE',
          message: `报修单 ${String(request.requestNo)} 还没有派工：服务报告须由派工后的技术员提交`,
        });
      if (ctx.role === Role.TECHNICIAN && (!tech || tech.id !== r.row.technicianId || request.technicianId !== tech.id))
        errors.push({
          row: r.key,
          field: 'technician',
          code: 'FORBIDDEN',
          message: '技术员只能提交派给自己的报修单的服务报告',
        });
    }
    return errors;
  },
  afterWrite: visitMovesRequest,
};

export const fieldServiceWorkflows: WorkflowDeclaration[] = [
  { ledger: serviceRequestLedger, commands: SERVICE_REQUEST_TRANSITIONS },
];

export const fieldServiceBehaviours: LedgerBehaviour[] = [
  { ledger: serviceRequestLedger, hooks: requestHooks },
  { ledger: partMovementLedger, hooks: movementHooks },
  { ledger: serviceVisitLedger, hooks: visitHooks },
];
