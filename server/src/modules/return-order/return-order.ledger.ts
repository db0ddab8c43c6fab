import { defineLedger } from '../../core/ledger/define-ledger.js';
import { findByIds } from '../../core/ledger/ledger-store.js';
import type { CellError, EnumDef, Row, SaveContext } from '../../core/ledger/ledger.types.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { customerLedger } from '../customer/customer.ledger.js';
import { ALL_ROLES, Role } from '../user/roles.js';
import { archiveWarranty, transactionSource } from '../warranty/warranty.service.js';

export const ReturnType: EnumDef = {
  name: 'ReturnType',
  description: 'What the customer sends the unit back for.',
  values: { RETURN: { zh: '退货', en: 'Return' }, EXCHANGE: { zh: '换货', en: 'Exchange' }, REPAIR: { zh: '维修', en: 'Repair' } },
};

export const Remedy: EnumDef = {
  name: 'Remedy',
  description: 'The remedy the warranty allows.',
  values: {
    RETURN: { zh: '退货', en: 'Return' },
    EXCHANGE: { zh: '换货', en: 'Exchange' },
    FREE_REPAIR: { zh: '免费维修', en: 'Free repair' },
    CHARGED_REPAIR: { zh: '收费维修', en: 'Charged repair' },
  },
};

export const ReturnStatus: EnumDef = {
  name: 'ReturnStatus',
  description: 'Where a return/exchange/repair order is.',
  values: {
    REGISTERED: { zh: '已登记', en: 'Registered' },
    COUNTED: { zh: '已清点', en: 'Counted' },
    IN_REWORK: { zh: '返工中', en: 'In rework' },
    REPAIRED: { zh: '已修复', en: 'Repaired' },
    CLOSED: { zh: '已完结', en: 'Closed' },
  },
};

/** 产品退/换/维修单: a unit sent back, with the warranty decision taken on it. */
export const returnOrderLedger = defineLedger({
  name: 'returnOrder',
  typeName: 'ReturnOrder',
  plural: 'returnOrders',
  table: 'return_order',
  label: { zh: '退/换/维修单', en: 'Return orders' },
  description: 'Return, exchange and repair orders with the warranty decision, its reason and the fee.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN, Role.CLERK],
  numbering: { field: 'orderNo', prefix: 'TH', dateField: 'receivedAt' },
  indexes: [['archiveId'], ['customerId'], ['complaintId'], ['type'], ['receivedAt'], ['warrantyDecision'], ['status'], ['completedAt'], ['createdAt'], ['updatedAt'], ['status', 'receivedAt']],
  columns: [
    { field: 'orderNo', nullable: false, dbUnique: true, label: { zh: '单号', en: 'Order no.' }, type: 'string', editableBy: [], maxLength: 20, width: 140 },
    { field: 'archive', label: { zh: '产品序列号', en: 'Serial no.' }, type: 'ref', ref: { ledger: () => serviceArchiveLedger, key: 'serialNo' }, required: true, width: 140 },
    { field: 'customer', label: { zh: '客户', en: 'Customer' }, type: 'ref', ref: { ledger: () => customerLedger, key: 'code' }, editableBy: [], width: 90, description: 'From the archive.' },
    { field: 'complaint', label: { zh: '投诉编号', en: 'Complaint no.' }, type: 'ref', ref: { ledger: () => complaintLedger, key: 'complaintNo' }, width: 140 },
    { field: 'type', label: { zh: '类型', en: 'Type' }, type: 'enum', enum: ReturnType, required: true, width: 80 },
    { field: 'qtyClaimed', label: { zh: '申报数量', en: 'Qty claimed' }, type: 'int', required: true, width: 80, check: (v) => (Number(v) >= 1 ? null : '至少为 1') },
    { field: 'qtyCounted', label: { zh: '清点数量', en: 'Qty counted' }, type: 'int', editableBy: [], width: 80 },
    { field: 'receivedAt', label: { zh: '收货时间', en: 'Received at' }, type: 'datetime', required: true, width: 150 },
    { field: 'fault', label: { zh: '故障描述', en: 'Fault' }, type: 'text', required: true, maxLength: 2000, width: 220 },
    { field: 'warrantyDecision', label: { zh: '保修判定', en: 'Warranty decision' }, type: 'enum', enum: Remedy, editableBy: [], width: 100 },
    { field: 'decisionReason', label: { zh: '判定理由', en: 'Decision reason' }, type: 'text', editableBy: [], width: 320 },
    { field: 'flags', label: { zh: '换退提示', en: 'Exchange flags' }, type: 'string', editableBy: [], maxLength: 200, width: 160 },
    { field: 'fee', label: { zh: '费用', en: 'Fee' }, type: 'decimal', width: 90, description: '0 within warranty; charged repairs carry a fee.' },
    { field: 'status', label: { zh: '状态', en: 'Status' }, type: 'enum', enum: ReturnStatus, editableBy: [], width: 90 },
    { field: 'completedAt', label: { zh: '完结时间', en: 'Completed at' }, type: 'datetime', editableBy: [], width: 150 },
    { field: 'remark', label: { zh: '备注', en: 'Remark' }, type: 'text', width: 160 },
  ],
  hooks: { beforeWrite: decideWarranty },
});

/**
 * New orders (and ones whose unit or receipt time changed) get the warranty decision as of the day
 * the unit came in, with its reason; the customer comes from the archive. A fee on an in-warranty
 * decision is refused, never silently zeroed.
 */
async function decideWarranty(
  ctx: SaveContext,
  rows: Array<{ key: string; values: Record<string, unknown>; previous: Row | null }>,
): Promise<CellError[]> {
  const errors: CellError[] = [];
  const src = transactionSource(ctx.em);
  const touched = rows.filter((r) => !r.previous || 'archiveId' in r.values || 'receivedAt' in r.values || 'fee' in r.values);
  const archiveIds = [...new Set(touched.map((r) => (r.values.archiveId ?? r.previous?.archiveId) as number))];
  const archives = new Map((await findByIds(ctx.em, serviceArchiveLedger, archiveIds)).map((a) => [a.id, a]));
  for (const r of touched) {
    const m = { ...r.previous, ...r.values };
    const archive = archives.get(m.archiveId as number)!;
    if (!r.previous) r.values.status = 'REGISTERED';
    if (!r.previous || 'archiveId' in r.values) r.values.customerId = archive.customerId;
    if (!r.previous || 'archiveId' in r.values || 'receivedAt' in r.values) {
      const v = await archiveWarranty(src, archive, m.receivedAt as Date, r.previous?.id);
      if (v) {
        r.values.warrantyDecision = v.remedy;
        r.values.decisionReason = v.reason;
        r.values.flags = v.flags.length ? v.flags.join('；') : null;
      }
    }
    const decision = r.values.warrantyDecision ?? r.previous?.warrantyDecision;
    const fee = m.fee as number | null | undefined;
    if (decision && decision !== 'CHARGED_REPAIR') {
      if (fee) errors.push({ row: r.key, field: 'fee', code: 'INVALID', message: '保修期内（或三包）不收费，费用应为 0' });
      else if (fee === null || fee === undefined) r.values.fee = 0;
    } else if (fee !== null && fee !== undefined && fee < 0) errors.push({ row: r.key, field: 'fee', code: 'INVALID', message: '费用不能为负' });
  }
  return errors;
}
