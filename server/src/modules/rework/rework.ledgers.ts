import { atLeast, between, notNegative, positive } from '../../../../common/cell-checks.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { productModelLedger } from '../product/product-model.ledger.js';
import { returnOrderLedger } from '../return-order/return-order.ledger.js';
import { ALL_ROLES, Role } from '../user/roles.js';
import { DefectCause, MaterialAction, RequisitionStatus, ReworkStatus } from './rework.enums.js';

const PMC = [Role.ADMIN, Role.PMC];
const ISSUERS = [Role.ADMIN, Role.PRODUCTION, Role.PMC];

/** 返工单: opened by PMC when a return arrives; QA inspects, production reworks, QA signs off. */
export const reworkOrderLedger = defineLedger({
  name: 'reworkOrder',
  gridSelection: 'cost { labour material total } requisitions { id reqNo status }',
  typeName: 'ReworkOrder',
  plural: 'reworkOrders',
  table: 'rework_order',
  label: { zh: '返工单', en: 'Rework orders' },
  description: 'Rework orders: QA inspection, material, labour, final inspection and feedback to sales.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN, Role.PMC, Role.PRODUCTION, Role.QUALITY],
  paperForms: [{ key: 'form', title: { zh: '返工单', en: 'Rework order' }, withLines: true, signatures: ['PMC 开单', '品质检验', '生产返工', '批准'] }],
  defaultOrder: [{ field: 'id', direction: 'DESC' }],
  numbering: { field: 'reworkNo', prefix: 'FG' },
  lines: { ledger: () => materialLineLedger, parentField: 'reworkOrder' },
  // the analysis reads a period's reworks by cause or model from the last index alone
  indexes: [['returnOrderId', 'voidedAt', 'labourHours', 'labourRate'], ['archiveId'], ['modelId'], ['modelId', 'createdAt'], ['defectCause'], ['status'], ['finalInspectedAt'], ['createdAt'], ['updatedAt'], ['status', 'createdAt'],
    ['createdAt', 'voidedAt', 'defectCause', 'modelId', 'qty', 'labourHours', 'labourRate']],
  columns: [
    { field: 'reworkNo', nullable: false, dbUnique: true, label: { zh: '返工单号', en: 'Rework no.' }, type: 'string', editableBy: [], maxLength: 20, width: 140 },
    { field: 'returnOrder', nullable: false, label: { zh: '退/换/维修单号', en: 'Return order' }, type: 'ref', ref: { ledger: () => returnOrderLedger, key: 'orderNo' }, editableBy: [], width: 140 },
    { field: 'archive', label: { zh: '产品序列号', en: 'Serial no.' }, type: 'ref', ref: { ledger: () => serviceArchiveLedger, key: 'serialNo' }, editableBy: [], width: 140 },
    { field: 'model', label: { zh: '产品型号', en: 'Product model' }, type: 'ref', ref: { ledger: () => productModelLedger, key: 'code' }, editableBy: [], width: 100, description: 'From the archive.' },
    { field: 'qty', label: { zh: '数量', en: 'Qty' }, type: 'int', required: true, editableBy: [Role.ADMIN, Role.PMC], width: 70, check: atLeast(1) },
    { field: 'defect', label: { zh: '不良现象', en: 'Defect' }, type: 'text', editableBy: [Role.ADMIN, Role.PMC, Role.QUALITY], width: 200 },
    { field: 'inspector', label: { zh: '检验员', en: 'Inspector' }, type: 'string', editableBy: [], maxLength: 40, width: 90 },
    { field: 'inspectionResult', label: { zh: '检验结果', en: 'Inspection result' }, type: 'text', editableBy: [], width: 200 },
    { field: 'defectCause', label: { zh: '不良原因', en: 'Defect cause' }, type: 'enum', enum: DefectCause, editableBy: [], width: 100 },
    { field: 'partsNeeded', label: { zh: '需换件', en: 'Parts needed' }, type: 'bool', editableBy: [], width: 80 },
    { field: 'labourHours', label: { zh: '工时', en: 'Labour hours' }, type: 'decimal', editableBy: [Role.ADMIN, Role.PRODUCTION], width: 80, check: between(0, 1000) },
    { field: 'labourRate', label: { zh: '工时单价', en: 'Labour rate' }, type: 'decimal', editableBy: [Role.ADMIN, Role.PMC], width: 80, description: 'Yuan per hour; 80 when empty.' },
    { field: 'status', label: { zh: '状态', en: 'Status' }, type: 'enum', enum: ReworkStatus, editableBy: [], width: 90 },
    { field: 'finalResult', label: { zh: '终检结果', en: 'Final inspection' }, type: 'text', editableBy: [], width: 180 },
    { field: 'finalInspector', label: { zh: '终检员', en: 'Final inspector' }, type: 'string', editableBy: [], maxLength: 40, width: 90 },
    { field: 'finalInspectedAt', label: { zh: '终检时间', en: 'Final inspected at' }, type: 'datetime', editableBy: [], width: 150 },
    { field: 'feedbackAt', label: { zh: '反馈销售时间', en: 'Fed back to sales' }, type: 'datetime', editableBy: [], width: 150 },
    { field: 'feedbackBy', label: { zh: '反馈人', en: 'Feedback by' }, type: 'string', editableBy: [], maxLength: 40, width: 90 },
    { field: 'remark', label: { zh: '备注', en: 'Remark' }, type: 'text', width: 140 },
  ],
});

/** 物料单: parts PMC lists for a rework order (lines under the order). */
export const materialLineLedger = defineLedger({
  name: 'materialLine',
  typeName: 'MaterialList',
  plural: 'materialLists',
  table: 'material_line',
  label: { zh: '物料单', en: 'Material lists' },
  description: 'Material list lines of rework orders: part, quantity, unit cost, action, old and new serial.',
  readRoles: ALL_ROLES,
  writeRoles: PMC,
  // a rework's parts (and their names) read from the index alone
  indexes: [['reworkOrderId', 'voidedAt', 'partNo', 'partName'], ['partNo'], ['action'], ['createdAt'], ['updatedAt']],
  columns: [
    { field: 'reworkOrder', label: { zh: '返工单号', en: 'Rework no.' }, type: 'ref', ref: { ledger: () => reworkOrderLedger, key: 'reworkNo' }, required: true, width: 140 },
    { field: 'partNo', label: { zh: '料号', en: 'Part no.' }, type: 'string', required: true, maxLength: 40, width: 110 },
    { field: 'partName', label: { zh: '品名', en: 'Part name' }, type: 'string', required: true, maxLength: 100, width: 150 },
    { field: 'qty', label: { zh: '数量', en: 'Qty' }, type: 'int', required: true, width: 70, check: positive },
    { field: 'unitCost', label: { zh: '单价', en: 'Unit cost' }, type: 'decimal', required: true, width: 90, check: notNegative },
    { field: 'action', label: { zh: '处理方式', en: 'Action' }, type: 'enum', enum: MaterialAction, required: true, width: 90 },
    { field: 'oldSerial', label: { zh: '旧件序列号', en: 'Old serial' }, type: 'string', maxLength: 60, width: 120 },
    { field: 'newSerial', label: { zh: '新件序列号', en: 'New serial' }, type: 'string', maxLength: 60, width: 120 },
    { field: 'remark', label: { zh: '备注', en: 'Remark' }, type: 'text', width: 140 },
  ],
});

/** 领料单: production issues material against a rework order's material list. */
export const materialRequisitionLedger = defineLedger({
  name: 'materialRequisition',
  typeName: 'MaterialRequisition',
  plural: 'materialRequisitions',
  table: 'material_requisition',
  label: { zh: '领料单', en: 'Requisitions' },
  description: 'Material requisitions against rework orders; lines say requested and issued quantities.',
  readRoles: ALL_ROLES,
  writeRoles: ISSUERS,
  paperForms: [{ key: 'form', title: { zh: '领料单', en: 'Material requisition' }, withLines: true, signatures: ['领料人', '发料人', '仓库主管'] }],
  numbering: { field: 'reqNo', prefix: 'LL' },
  lines: { ledger: () => requisitionLineLedger, parentField: 'requisition' },
  indexes: [['reworkOrderId'], ['warehouse'], ['status'], ['issuedAt'], ['createdAt'], ['updatedAt']],
  columns: [
    { field: 'reqNo', nullable: false, dbUnique: true, label: { zh: '领料单号', en: 'Requisition no.' }, type: 'string', editableBy: [], maxLength: 20, width: 140 },
    { field: 'reworkOrder', label: { zh: '返工单号', en: 'Rework no.' }, type: 'ref', ref: { ledger: () => reworkOrderLedger, key: 'reworkNo' }, required: true, width: 140 },
    { field: 'warehouse', label: { zh: '仓库', en: 'Warehouse' }, type: 'string', required: true, maxLength: 40, width: 100 },
    { field: 'requestedBy', label: { zh: '领料人', en: 'Requested by' }, type: 'string', editableBy: [], maxLength: 40, width: 90 },
    { field: 'status', label: { zh: '状态', en: 'Status' }, type: 'enum', enum: RequisitionStatus, editableBy: [], width: 80 },
    { field: 'issuedBy', label: { zh: '发料人', en: 'Issued by' }, type: 'string', editableBy: [], maxLength: 40, width: 90 },
    { field: 'issuedAt', label: { zh: '发料时间', en: 'Issued at' }, type: 'datetime', editableBy: [], width: 150 },
    { field: 'remark', label: { zh: '备注', en: 'Remark' }, type: 'text', width: 140 },
  ],
});

/** 领料单明细: one part of a requisition; issued never above requested, requested never above the material list. */
export const requisitionLineLedger = defineLedger({
  name: 'requisitionLine',
  typeName: 'RequisitionLine',
  plural: 'requisitionLines',
  table: 'requisition_line',
  label: { zh: '领料明细', en: 'Requisition lines' },
  description: 'Lines of material requisitions.',
  readRoles: ALL_ROLES,
  writeRoles: ISSUERS,
  indexes: [['requisitionId'], ['reworkOrderId'], ['partNo'], ['createdAt'], ['updatedAt']],
  columns: [
    { field: 'requisition', label: { zh: '领料单号', en: 'Requisition no.' }, type: 'ref', ref: { ledger: () => materialRequisitionLedger, key: 'reqNo' }, required: true, width: 140 },
    { field: 'reworkOrder', label: { zh: '返工单号', en: 'Rework no.' }, type: 'ref', ref: { ledger: () => reworkOrderLedger, key: 'reworkNo' }, editableBy: [], width: 140, description: 'From the requisition.' },
    { field: 'partNo', label: { zh: '料号', en: 'Part no.' }, type: 'string', required: true, maxLength: 40, width: 110 },
    { field: 'qtyRequested', label: { zh: '申领数量', en: 'Qty requested' }, type: 'int', required: true, width: 90, check: positive },
    { field: 'qtyIssued', label: { zh: '实发数量', en: 'Qty issued' }, type: 'int', width: 90, check: notNegative },
    { field: 'unitCost', label: { zh: '单价', en: 'Unit cost' }, type: 'decimal', editableBy: [], width: 90, description: 'From the material list.' },
  ],
});

