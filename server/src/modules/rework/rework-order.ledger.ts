import { defineLedger } from '../../core/ledger/define-ledger.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { returnOrderLedger } from '../return-order/return-order.ledger.js';
import { ALL_ROLES, Role } from '../user/roles.js';
import { DefectCause, ReworkStatus } from './rework.enums.js';
import { materialLineLedger } from './rework.ledgers.js';

/** 返工单: opened by PMC when a return arrives; QA inspects, production reworks, QA signs off. */
export const reworkOrderLedger = defineLedger({
  name: 'reworkOrder',
  typeName: 'ReworkOrder',
  plural: 'reworkOrders',
  table: 'rework_order',
  label: { zh: '返工单', en: 'Rework orders' },
  description: 'Rework orders: QA inspection, material, labour, final inspection and feedback to sales.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN, Role.PMC, Role.PRODUCTION, Role.QUALITY],
  numbering: { field: 'reworkNo', prefix: 'FG' },
  lines: { ledger: () => materialLineLedger, parentField: 'reworkOrder' },
  indexes: [['returnOrderId'], ['archiveId'], ['defectCause'], ['status'], ['finalInspectedAt'], ['createdAt'], ['updatedAt'], ['status', 'createdAt']],
  columns: [
    { field: 'reworkNo', nullable: false, dbUnique: true, label: { zh: '返工单号', en: 'Rework no.' }, type: 'string', editableBy: [], maxLength: 20, width: 140 },
    { field: 'returnOrder', nullable: false, label: { zh: '退/换/维修单号', en: 'Return order' }, type: 'ref', ref: { ledger: () => returnOrderLedger, key: 'orderNo' }, editableBy: [], width: 140 },
    { field: 'archive', label: { zh: '产品序列号', en: 'Serial no.' }, type: 'ref', ref: { ledger: () => serviceArchiveLedger, key: 'serialNo' }, editableBy: [], width: 140 },
    { field: 'qty', label: { zh: '数量', en: 'Qty' }, type: 'int', required: true, editableBy: [Role.ADMIN, Role.PMC], width: 70, check: (v) => (Number(v) >= 1 ? null : '至少为 1') },
    { field: 'defect', label: { zh: '不良现象', en: 'Defect' }, type: 'text', editableBy: [Role.ADMIN, Role.PMC, Role.QUALITY], width: 200 },
    { field: 'inspector', label: { zh: '检验员', en: 'Inspector' }, type: 'string', editableBy: [], maxLength: 40, width: 90 },
    { field: 'inspectionResult', label: { zh: '检验结果', en: 'Inspection result' }, type: 'text', editableBy: [], width: 200 },
    { field: 'defectCause', label: { zh: '不良原因', en: 'Defect cause' }, type: 'enum', enum: DefectCause, editableBy: [], width: 100 },
    { field: 'partsNeeded', label: { zh: '需换件', en: 'Parts needed' }, type: 'bool', editableBy: [], width: 80 },
    { field: 'labourHours', label: { zh: '工时', en: 'Labour hours' }, type: 'decimal', editableBy: [Role.ADMIN, Role.PRODUCTION], width: 80, check: (v) => (Number(v) >= 0 && Number(v) <= 1000 ? null : '应在 0–1000 之间') },
    { field: 'labourRate', label: { zh: '工时单价', en: 'Labour rate' }, type: 'decimal', editableBy: [Role.ADMIN, Role.PMC], width: 80, description: 'Yuan per hour; 80 when empty.' },
    { field: 'status', label: { zh: '状态', en: 'Status' }, type: 'enum', enum: ReworkStatus, editableBy: [], width: 90 },
    { field: 'finalResult', label: { zh: '终检结果', en: 'Final inspection' }, type: 'text', editableBy: [], width: 180 },
    { field: 'finalInspector', label: { zh: '终检员', en: 'Final inspector' }, type: 'string', editableBy: [], maxLength: 40, width: 90 },
    { field: 'finalInspectedAt', label: { zh: '终检时间', en: 'Final inspected at' }, type: 'datetime', editableBy: [], width: 150 },
    { field: 'feedbackAt', label: { zh: '反馈销售时间', en: 'Fed back to sales' }, type: 'datetime', editableBy: [], width: 150 },
    { field: 'feedbackBy', label: { zh: '反馈人', en: 'Feedback by' }, type: 'string', editableBy: [], maxLength: 40, width: 90 },
    { field: 'remark', label: { zh: '备注', en: 'Remark' }, type: 'text', width: 140 },
  ],
  hooks: {
    // rework orders are opened by the openReworkOrder command on a counted return order
    validateRow: (_row, key, isNew) => (isNew ? [{ row: key, field: null, code: 'USE_COMMAND', message: '返工单须由 PMC 在退/换/维修单上「开返工单」' }] : []),
  },
});
