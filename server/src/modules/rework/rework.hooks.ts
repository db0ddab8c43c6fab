import type { LedgerHooks } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerBehaviour } from '../app-module.js';
import { findByField, findByIds } from '../../core/ledger/query/ledger-store.js';
import type { EntityManager } from 'typeorm';
import type { CellError, LedgerDef, Row, SaveContext } from '../../core/ledger/schema/ledger.types.js';
import {
  materialLineLedger,
  materialRequisitionLedger,
  requisitionLineLedger,
  reworkOrderLedger,
} from './rework.ledgers.js';

const REWORK_FINISHED = '返工单已终检或完成，物料单不可再改';

// A batch of lines asks for the same few orders: read each once per transaction, not once per line.
const parents = new WeakMap<EntityManager, Map<string, Promise<Row | undefined>>>();
const isFinished = (rework: Row | undefined) => ['DONE', 'FINAL_INSPECTION'].includes(String(rework?.status));

function parentRow(em: EntityManager, ledger: LedgerDef, id: number): Promise<Row | undefined> {
  let m = parents.get(em);
  if (!m) parents.set(em, (m = new Map()));
  const key = `${ledger.name}:${id}`;
  if (!m.has(key))
    m.set(
      key,
      findByIds(em, ledger, [id]).then((r) => r[0]),
    );
  return m.get(key)!;
}

async function refuseWhenReworkDone(
  ctx: SaveContext,
  rows: Array<{ key: string; reworkId: number }>,
): Promise<CellError[]> {
  const reworks = new Map(
    (await findByIds(ctx.em, reworkOrderLedger, [...new Set(rows.map((r) => r.reworkId))])).map((w) => [w.id, w]),
  );
  return rows
    .filter((r) => isFinished(reworks.get(r.reworkId)))
    .map((r) => ({ row: r.key, field: 'reworkOrder', code: 'FROZEN', message: REWORK_FINISHED }));
}

/** Lines may only change on a draft requisition, for parts on the rework's material list, within its quantity. */
async function checkLinesAgainstMaterialList(
  ctx: SaveContext,
  rows: Array<{ key: string; isNew: boolean; row: Record<string, unknown>; values: Record<string, unknown> }>,
): Promise<CellError[]> {
  const errors: CellError[] = [];
  const reqs = new Map(
    (
      await findByIds(ctx.em, materialRequisitionLedger, [...new Set(rows.map((r) => r.row.requisitionId as number))])
    ).map((q) => [q.id, q]),
  );
  const reworkIds = [...new Set([...reqs.values()].map((q) => q.reworkOrderId as number))];
  const lists = await findByField(ctx.em, materialLineLedger, 'reworkOrderId', reworkIds);
  const others = await findByField(ctx.em, requisitionLineLedger, 'reworkOrderId', reworkIds);
  const changing = new Set(rows.filter((r) => !r.isNew).map((r) => r.row.id));
  const requested = new Map<string, number>();
  for (const o of others.filter((x) => !changing.has(x.id)))
    requested.set(
      `${o.reworkOrderId}|${o.partNo}`,
      (requested.get(`${o.reworkOrderId}|${o.partNo}`) ?? 0) + Number(o.qtyRequested),
    );
  for (const r of rows) {
    const req = reqs.get(r.row.requisitionId as number);
    if (!req) continue;
    if (req.status === 'ISSUED') {
      errors.push({
        row: r.key,
        field: 'requisition',
        code: 'FROZEN',
        message: `领料单 ${req.reqNo} 已发料，不可修改`,
      });
      continue;
    }
    const onList = lists.filter(
      (l) => l.reworkOrderId === req.reworkOrderId && l.partNo === r.row.partNo && l.action === 'ADD',
    );
    if (!onList.length) {
      errors.push({
        row: r.key,
        field: 'partNo',
        code: 'NOT_ON_LIST',
        message: `料号 ${String(r.row.partNo)} 不在该返工单的物料单上`,
      });
      continue;
    }
    const key = `${req.reworkOrderId}|${r.row.partNo}`;
    const total = (requested.get(key) ?? 0) + Number(r.row.qtyRequested);
    requested.set(key, total);
    const allowed = onList.reduce((n, l) => n + Number(l.qty), 0);
    if (total > allowed)
      errors.push({
        row: r.key,
        field: 'qtyRequested',
        code: 'OVER_LIST',
        message: `料号 ${String(r.row.partNo)} 共申领 ${total}，超过物料单数量 ${allowed}`,
      });
  }
  return errors;
}

const reworkOrderHooks: LedgerHooks = {
  // rework orders are opened by the openReworkOrder command on a counted return order
  validateRow: (_row, key, isNew) =>
    isNew
      ? [{ row: key, field: null, code: 'USE_COMMAND', message: '返工单须由 PMC 在退/换/维修单上「开返工单」' }]
      : [],
};

const materialLineHooks: LedgerHooks = {
  frozen: async (row, em) =>
    isFinished(await parentRow(em, reworkOrderLedger, row.reworkOrderId as number)) ? REWORK_FINISHED : null,
  validateBatch: async (ctx, rows) =>
    refuseWhenReworkDone(
      ctx,
      rows.map((r) => ({ key: r.key, reworkId: r.row.reworkOrderId as number })),
    ),
};

const materialRequisitionHooks: LedgerHooks = {
  frozen: (row) => (row.status === 'ISSUED' ? '已发料的领料单不可修改' : null),
  validateBatch: async (ctx, rows) =>
    refuseWhenReworkDone(
      ctx,
      rows.map((r) => ({ key: r.key, reworkId: r.row.reworkOrderId as number })),
    ),
  beforeWrite: async (ctx, rows) => {
    for (const r of rows.filter((x) => !x.previous)) {
      r.values.status = 'DRAFT';
      r.values.requestedBy = ctx.displayName;
    }
  },
};

const requisitionLineHooks: LedgerHooks = {
  validateRow: (row, key) =>
    row.qtyIssued !== null && row.qtyIssued !== undefined && Number(row.qtyIssued) > Number(row.qtyRequested)
      ? [
          {
            row: key,
            field: 'qtyIssued',
            code: 'OVER_ISSUE',
            message: `实发数量 ${row.qtyIssued} 不能超过申领数量 ${row.qtyRequested}`,
          },
        ]
      : [],
  frozen: async (row, em) => {
    const req = await parentRow(em, materialRequisitionLedger, row.requisitionId as number);
    return req?.status === 'ISSUED' ? `领料单 ${String(req.reqNo)} 已发料，明细不可修改` : null;
  },
  validateBatch: checkLinesAgainstMaterialList,
  beforeWrite: async (ctx, rows) => {
    const reqs = new Map(
      (
        await findByIds(ctx.em, materialRequisitionLedger, [
          ...new Set(rows.map((r) => (r.values.requisitionId ?? r.previous?.requisitionId) as number)),
        ])
      ).map((q) => [q.id, q]),
    );
    const lists = await findByField(ctx.em, materialLineLedger, 'reworkOrderId', [
      ...new Set([...reqs.values()].map((q) => q.reworkOrderId as number)),
    ]);
    for (const r of rows) {
      const req = reqs.get((r.values.requisitionId ?? r.previous?.requisitionId) as number)!;
      r.values.reworkOrderId = req.reworkOrderId;
      const part = (r.values.partNo ?? r.previous?.partNo) as string;
      r.values.unitCost =
        lists.find((l) => l.reworkOrderId === req.reworkOrderId && l.partNo === part && l.action === 'ADD')?.unitCost ??
        null;
    }
  },
};

/** What the module's ledgers do beyond their declarations; wired by the composition root. */
export const reworkBehaviours: LedgerBehaviour[] = [
  { ledger: reworkOrderLedger, hooks: reworkOrderHooks },
  { ledger: materialLineLedger, hooks: materialLineHooks },
  { ledger: materialRequisitionLedger, hooks: materialRequisitionHooks },
  { ledger: requisitionLineLedger, hooks: requisitionLineHooks },
];
