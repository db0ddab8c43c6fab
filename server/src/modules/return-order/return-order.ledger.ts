import { atLeast } from '../../../../common/cell-checks.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { defineEnum, type EnumDef } from '../../core/ledger/schema/ledger.types.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { customerLedger } from '../customer/customer.ledger.js';
import { productModelLedger } from '../product/product-model.ledger.js';
import { ALL_ROLES, Role } from '../user/roles.js';

export const ReturnType: EnumDef = {
  name: 'ReturnType',
  description: 'What the customer sends the unit back for.',
  values: {
    RETURN: { zh: '退货', en: 'Return' },
    EXCHANGE: { zh: '换货', en: 'Exchange' },
    REPAIR: { zh: '维修', en: 'Repair' },
    PRICE_REDUCTION: { zh: '减价', en: 'Price reduction' },
    COMPENSATION: { zh: '赔偿', en: 'Compensation' },
  },
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

export const ReturnStatus = defineEnum({
  name: 'ReturnStatus',
  description: 'Where a return/exchange/repair order is.',
  values: {
    REGISTERED: { zh: '已登记', en: 'Registered' },
    COUNTED: { zh: '已清点', en: 'Counted' },
    IN_REWORK: { zh: '返工中', en: 'In rework' },
    REPAIRED: { zh: '已修复', en: 'Repaired' },
    CLOSED: { zh: '已完结', en: 'Closed' },
  },
});

/** 产品退/换/维修单: a unit sent back, with the warranty decision taken on it. */
export const returnOrderLedger = defineLedger({
  name: 'returnOrder',
  gridSelection: 'reworkOrders { id reworkNo status }',
  typeName: 'ReturnOrder',
  plural: 'returnOrders',
  table: 'return_order',
  label: { zh: '退/换/维修单', en: 'Return orders' },
  description: 'Return, exchange and repair orders with the warranty decision, its reason and the fee.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN, Role.CLERK],
  paperForms: [
    {
      key: 'form',
      title: { zh: '产品退/换/维修单', en: 'Product return / exchange / repair form' },
      signatures: ['经办人', '审核', '批准'],
    },
  ],
  defaultOrder: [{ field: 'receivedAt', direction: 'DESC' }],
  attachments: {
    categories: {
      PHOTO: { zh: '故障照片', en: 'Photo of the fault' },
      SIGNED_FORM: { zh: '签字单据', en: 'Signed form' },
      OTHER: { zh: '其他', en: 'Other' },
    },
  },
  numbering: { field: 'orderNo', prefix: 'TH', dateField: 'receivedAt' },
  indexes: [
    ['archiveId'],
    ['modelId'],
    ['customerId'],
    ['complaintId', 'voidedAt'],
    ['type'],
    ['receivedAt'],
    ['warrantyDecision'],
    ['status'],
    ['completedAt'],
    ['createdAt'],
    ['updatedAt'],
    ['status', 'receivedAt'],
  ],
  columns: [
    {
      field: 'orderNo',
      nullable: false,
      dbUnique: true,
      label: { zh: '单号', en: 'Order no.' },
      type: 'string',
      editableBy: [],
      maxLength: 20,
      width: 140,
    },
    {
      field: 'archive',
      label: { zh: '产品序列号', en: 'Serial no.' },
      type: 'ref',
      ref: { ledger: () => serviceArchiveLedger, key: 'serialNo' },
      required: true,
      width: 140,
    },
    {
      field: 'customer',
      label: { zh: '客户', en: 'Customer' },
      type: 'ref',
      ref: { ledger: () => customerLedger, key: 'code' },
      editableBy: [],
      width: 90,
      description: 'From the archive.',
    },
    {
      field: 'model',
      label: { zh: '产品型号', en: 'Product model' },
      type: 'ref',
      ref: { ledger: () => productModelLedger, key: 'code' },
      editableBy: [],
      width: 100,
      description: 'From the archive.',
    },
    {
      field: 'complaint',
      label: { zh: '投诉编号', en: 'Complaint no.' },
      type: 'ref',
      ref: { ledger: () => complaintLedger, key: 'complaintNo' },
      width: 140,
    },
    { field: 'type', label: { zh: '类型', en: 'Type' }, type: 'enum', enum: ReturnType, required: true, width: 80 },
    {
      field: 'qtyClaimed',
      label: { zh: '申报数量', en: 'Qty claimed' },
      type: 'int',
      required: true,
      width: 80,
      check: atLeast(1),
    },
    { field: 'qtyCounted', label: { zh: '清点数量', en: 'Qty counted' }, type: 'int', editableBy: [], width: 80 },
    { field: 'receivedAt', label: { zh: '收货时间', en: 'Received at' }, type: 'datetime', required: true, width: 150 },
    {
      field: 'fault',
      label: { zh: '故障描述', en: 'Fault' },
      type: 'text',
      required: true,
      maxLength: 2000,
      width: 220,
    },
    {
      field: 'warrantyDecision',
      label: { zh: '保修判定', en: 'Warranty decision' },
      type: 'enum',
      enum: Remedy,
      editableBy: [],
      width: 100,
    },
    {
      field: 'decisionReason',
      label: { zh: '判定理由', en: 'Decision reason' },
      type: 'text',
      editableBy: [],
      width: 320,
    },
    {
      field: 'flags',
      label: { zh: '换退提示', en: 'Exchange flags' },
      type: 'string',
      editableBy: [],
      maxLength: 200,
      width: 160,
    },
    {
      field: 'fee',
      label: { zh: '费用', en: 'Fee' },
      type: 'decimal',
      width: 90,
      description: '0 within warranty; charged repairs carry a fee.',
    },
    {
      field: 'amount',
      label: { zh: '减价/赔偿金额', en: 'Reduction / compensation' },
      type: 'decimal',
      width: 110,
      description: 'The amount of a price reduction or a compensation (required for those).',
    },
    {
      field: 'approvalRequired',
      label: { zh: '须经理审批', en: 'Needs approval' },
      type: 'bool',
      editableBy: [],
      width: 90,
      description:
        "A return, an exchange, a price reduction or compensation, or a decision departing from the warranty verdict (a fee waived, a return out of window) needs the department manager's approval.",
    },
    {
      field: 'approvalReason',
      label: { zh: '审批缘由', en: 'Why approval' },
      type: 'string',
      editableBy: [],
      maxLength: 200,
      width: 160,
    },
    {
      field: 'approvedBy',
      label: { zh: '审批人', en: 'Approved by' },
      type: 'string',
      editableBy: [],
      maxLength: 40,
      width: 90,
    },
    { field: 'approvedAt', label: { zh: '审批时间', en: 'Approved at' }, type: 'datetime', editableBy: [], width: 150 },
    {
      field: 'approvalNote',
      label: { zh: '审批意见', en: 'Approval note' },
      type: 'string',
      editableBy: [],
      maxLength: 500,
      width: 150,
    },
    {
      field: 'status',
      label: { zh: '状态', en: 'Status' },
      type: 'enum',
      enum: ReturnStatus,
      editableBy: [],
      width: 90,
    },
    {
      field: 'completedAt',
      label: { zh: '完结时间', en: 'Completed at' },
      type: 'datetime',
      editableBy: [],
      width: 150,
    },
    { field: 'remark', label: { zh: '备注', en: 'Remark' }, type: 'text', width: 160 },
    // a return: 退款 (the 退款 command), or another specification sent at once (customer-service-procedure 四)
    { field: 'refundAmount', label: { zh: '退款金额', en: 'Refund' }, type: 'decimal', editableBy: [], width: 100 },
    { field: 'refundedAt', label: { zh: '退款时间', en: 'Refunded at' }, type: 'datetime', editableBy: [], width: 150 },
    {
      field: 'refundedBy',
      label: { zh: '退款经办人', en: 'Refunded by' },
      type: 'string',
      maxLength: 50,
      editableBy: [],
      width: 100,
    },
    {
      field: 'replacementSpec',
      label: { zh: '补给规格', en: 'Replacement spec' },
      type: 'string',
      maxLength: 100,
      editableBy: [Role.CLERK, Role.ADMIN],
      width: 140,
      description: 'Another specification the customer still wants, sent at once (马上补给).',
    },
    {
      field: 'replacementShippedAt',
      label: { zh: '补给发出时间', en: 'Replacement shipped' },
      type: 'datetime',
      editableBy: [Role.CLERK, Role.ADMIN],
      width: 150,
    },
    {
      field: 'salesRep',
      label: { zh: '销售代表', en: 'Sales representative' },
      type: 'string',
      maxLength: 40,
      editableBy: [],
      width: 100,
      description: 'The sales representative the approver decided the return or exchange with (set by 审批).',
    },
  ],
});
