import { matching } from '../../../../common/cell-checks.js';
import { departmentLedger } from '../admin/admin.ledgers.js';
import { defineLedger, getLedger } from '../../core/ledger/schema/define-ledger.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { customerLedger } from '../customer/customer.ledger.js';
import { productModelLedger } from '../product/product-model.ledger.js';
import { ALL_ROLES, PERSONAL_DATA_READERS, Role } from '../user/roles.js';
import { COMPLAINT_QUICK_FILTERS } from './complaint.rules.js';
import { BACKFILL_FIELDS, complaintSpan } from './backfill.rules.js';
import { ComplaintCause, ComplaintChannel, ComplaintKind, ComplaintStatus, HandlingScope } from './complaint.enums.js';

const SYSTEM: readonly string[] = [];
const HANDLERS = [Role.CLERK, Role.QUALITY, Role.ADMIN];
/** Who reads a complainant's name, phone and e-mail (see PERSONAL_DATA_READERS); others see them masked. */
export const CONTACT_READERS = PERSONAL_DATA_READERS;
const QUALITY = [Role.QUALITY, Role.ADMIN];

/** 客户投诉和抱怨记录台账: one row a complaint, in the paper ledger's column order. */
export const complaintLedger = defineLedger({
  name: 'complaint',
  gridSelection: 'overdue secondsLeft secondsLate',
  typeName: 'Complaint',
  plural: 'complaints',
  table: 'complaint',
  label: { zh: '投诉台账', en: 'Complaint ledger' },
  description: 'Customer complaints and grievances with their deadlines and handling (客户投诉和抱怨记录台账).',
  readRoles: ALL_ROLES,
  writeRoles: HANDLERS,
  indexes: [['updatedAt'], ['createdAt'], ['closedAt'], ['status'], ['responsibleDeptId'], ['dueAt'], ['causeCategory'], ['kind'], ['archiveId'], ['serialNo'], ['modelId'], ['modelId', 'receivedAt'], ['customerId'], ['channel'], ['receivedAt'], ['status', 'receivedAt'], ['customerId', 'receivedAt'], ['kind', 'receivedAt'], ['callbackAt'],
    // the analysis reads a period's complaints from these alone: received (by cause, customer or model, with the
    // first-response and repeat figures), and closed or still open at a moment
    ['receivedAt', 'voidedAt', 'causeCategory', 'customerId', 'modelId', 'acknowledgedAt', 'escalated', 'reopenCount', 'isRepeat', 'backfilled'],
    ['closedAt', 'voidedAt', 'status', 'dueAt', 'receivedAt', 'callbackAt']],
  columns: [
    { field: 'complaintNo', nullable: false, dbUnique: true, label: { zh: '投诉编号', en: 'Complaint no.' }, type: 'string', editableBy: SYSTEM, maxLength: 20, width: 140, description: 'Assigned by the server: TS-<year>-<6 digits>.' },
    { field: 'receivedAt', label: { zh: '受理时间', en: 'Received at' }, type: 'datetime', required: true, width: 150 },
    { field: 'channel', label: { zh: '投诉渠道', en: 'Channel' }, type: 'enum', enum: ComplaintChannel, required: true, width: 100 },
    { field: 'customer', label: { zh: '客户', en: 'Customer' }, type: 'ref', ref: { ledger: () => customerLedger, key: 'code' }, width: 200 },
    { field: 'anonymous', label: { zh: '匿名', en: 'Anonymous' }, type: 'bool', width: 70, initial: false },
    { field: 'contactName', label: { zh: '投诉人', en: 'Complainant' }, type: 'string', maxLength: 40, width: 90, sensitive: { visibleTo: CONTACT_READERS, mask: 'name' } },
    { field: 'contactPhone', label: { zh: '联系电话', en: 'Phone' }, type: 'string', maxLength: 40, width: 120, sensitive: { visibleTo: CONTACT_READERS, mask: 'phone' } },
    { field: 'model', label: { zh: '产品型号', en: 'Product model' }, type: 'ref', ref: { ledger: () => productModelLedger, key: 'code' }, width: 100, description: 'From the service archive when the serial number is a known unit.' },
    { field: 'serialNo', label: { zh: '产品序列号', en: 'Serial no.' }, type: 'string', maxLength: 60, width: 130 },
    { field: 'archive', label: { zh: '服务档案', en: 'Service archive' }, type: 'ref', ref: { ledger: () => serviceArchiveLedger, key: 'archiveNo' }, editableBy: SYSTEM, width: 140, description: 'Linked by the server when the serial number is a known unit.' },
    { field: 'receiver', label: { zh: '受理人', en: 'Receiver' }, type: 'string', maxLength: 40, width: 80, description: 'First responder (首问责任人); defaults to the clerk who saves it.' },
    { field: 'kind', label: { zh: '投诉类型', en: 'Kind' }, type: 'enum', enum: ComplaintKind, required: true, width: 100 },
    { field: 'causeCategory', maxLength: 30, label: { zh: '原因类别', en: 'Cause category' }, type: 'enum', enum: ComplaintCause, width: 100 },
    { field: 'description', label: { zh: '投诉内容', en: 'Description' }, type: 'text', required: true, maxLength: 2000, width: 260 },
    { field: 'handlingScope', label: { zh: '处理范围', en: 'Handling scope' }, type: 'enum', enum: HandlingScope, required: true, width: 170 },
    { field: 'dueAt', label: { zh: '处理期限', en: 'Due at' }, type: 'datetime', editableBy: SYSTEM, width: 150, description: 'From the handling scope on the working calendar.' },
    { field: 'replyDueAt', label: { zh: '书面答复期限', en: 'Reply due' }, type: 'datetime', editableBy: SYSTEM, width: 150, description: 'Written reply within 7 days.' },
    { field: 'deadlineProvisional', label: { zh: '期限暂定', en: 'Deadline provisional' }, type: 'bool', editableBy: SYSTEM, width: 80, description: 'The working calendar had no official data for a year the deadline crosses.' },
    { field: 'responsibleDept', label: { zh: '对策单位', en: 'Responsible dept.' }, type: 'ref', ref: { ledger: () => departmentLedger, key: 'name' }, width: 120, description: 'The department that works out the countermeasure (by its name in 部门).' },
    { field: 'companyResponsible', label: { zh: '公司责任', en: 'Company responsible' }, type: 'bool', editableBy: QUALITY, width: 80 },
    { field: 'claimAmount', label: { zh: '索赔金额', en: 'Claim amount' }, type: 'decimal', width: 100 },
    { field: 'containment', label: { zh: '临时措施', en: 'Containment' }, type: 'text', maxLength: 2000, width: 200 },
    { field: 'rootCause', label: { zh: '原因分析', en: 'Root cause' }, type: 'text', editableBy: QUALITY, maxLength: 2000, width: 200 },
    { field: 'correctiveAction', label: { zh: '纠正措施', en: 'Corrective action' }, type: 'text', editableBy: QUALITY, maxLength: 2000, width: 200 },
    { field: 'preventiveAction', label: { zh: '预防措施', en: 'Preventive action' }, type: 'text', editableBy: QUALITY, maxLength: 2000, width: 200 },
    { field: 'verifiedBy', label: { zh: '效果验证人', en: 'Verified by' }, type: 'string', editableBy: SYSTEM, maxLength: 40, width: 90 },
    { field: 'verifiedAt', label: { zh: '验证时间', en: 'Verified at' }, type: 'datetime', editableBy: SYSTEM, width: 150 },
    { field: 'result', label: { zh: '处理结果', en: 'Result' }, type: 'text', maxLength: 2000, width: 200 },
    { field: 'repliedAt', label: { zh: '答复时间', en: 'Replied at' }, type: 'datetime', editableBy: SYSTEM, width: 150 },
    { field: 'callbackAt', label: { zh: '回访时间', en: 'Callback at' }, type: 'datetime', editableBy: SYSTEM, width: 150 },
    { field: 'callbackBy', label: { zh: '回访人', en: 'Callback by' }, type: 'string', editableBy: SYSTEM, maxLength: 40, width: 80 },
    { field: 'callbackResult', label: { zh: '回访结果', en: 'Callback result' }, type: 'text', editableBy: SYSTEM, maxLength: 2000, width: 180 },
    { field: 'satisfied', label: { zh: '客户满意', en: 'Satisfied' }, type: 'bool', editableBy: SYSTEM, width: 80 },
    { field: 'status', label: { zh: '状态', en: 'Status' }, type: 'enum', enum: ComplaintStatus, editableBy: SYSTEM, width: 100, description: 'Changed only by the workflow commands.' },
    { field: 'escalated', label: { zh: '已升级', en: 'Escalated' }, type: 'bool', editableBy: SYSTEM, width: 70 },
    { field: 'escalationReason', label: { zh: '升级原因', en: 'Escalation reason' }, type: 'string', editableBy: SYSTEM, maxLength: 200, width: 150 },
    { field: 'rejectReason', label: { zh: '不予受理原因', en: 'Reject reason' }, type: 'string', editableBy: SYSTEM, maxLength: 500, width: 150 },
    { field: 'withdrawReason', label: { zh: '撤诉原因', en: 'Withdraw reason' }, type: 'string', editableBy: SYSTEM, maxLength: 500, width: 150 },
    { field: 'withdrawnVoluntarily', label: { zh: '自愿撤诉', en: 'Withdrawn freely' }, type: 'bool', editableBy: SYSTEM, width: 80 },
    { field: 'reopenCount', label: { zh: '重复投诉次数', en: 'Repeat count' }, type: 'int', editableBy: SYSTEM, width: 90 },
    { field: 'isRepeat', label: { zh: '90天内重复', en: 'Repeat within 90 days' }, type: 'bool', editableBy: SYSTEM, width: 90, description: 'The same customer complained about the same unit within the 90 days before (kept up to date on every save and void).' },
    { field: 'acknowledgedAt', label: { zh: '确认时间', en: 'Acknowledged at' }, type: 'datetime', editableBy: SYSTEM, width: 150 },
    { field: 'closedAt', label: { zh: '结案时间', en: 'Closed at' }, type: 'datetime', editableBy: SYSTEM, width: 150 },
    { field: 'remark', label: { zh: '备注', en: 'Remark' }, type: 'text', maxLength: 2000, width: 160 },
    { field: 'contactEmail', label: { zh: '联系邮箱', en: 'Contact e-mail' }, type: 'string', maxLength: 100, width: 160, sensitive: { visibleTo: CONTACT_READERS, mask: 'email' }, check: matching(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, '如 name@example.com') },
    { field: 'productModel', label: { zh: '型号（原文）', en: 'Model as written' }, type: 'string', editableBy: SYSTEM, maxLength: 60, width: 110, description: 'The free-text model of complaints entered before the model list (kept as written).' },
    // the callback ledger refers to complaints; it is looked up by name here so the two modules do not import each other
    { field: 'sourceCallback', label: { zh: '来源回访', en: 'From callback' }, type: 'ref', ref: { ledger: () => getLedger('callback')!, key: 'callbackNo' }, editableBy: SYSTEM, width: 140, description: 'The callback in which the customer raised it.' },
    { field: 'proposalApprovedBy', label: { zh: '方案核准人', en: 'Proposal approved by' }, type: 'string', editableBy: SYSTEM, maxLength: 40, width: 100 },
    { field: 'proposalApprovedAt', label: { zh: '方案核准时间', en: 'Proposal approved at' }, type: 'datetime', editableBy: SYSTEM, width: 150 },
    { field: 'approvalNote', label: { zh: '核准意见', en: 'Approval note' }, type: 'string', editableBy: SYSTEM, maxLength: 500, width: 150 },
    { field: 'sendBackReason', label: { zh: '退回原因', en: 'Sent back because' }, type: 'string', editableBy: SYSTEM, maxLength: 500, width: 150, description: 'Why the approver sent the proposal back to redo (重拟对策).' },
    { field: 'deadlineExtended', label: { zh: '期限已延长', en: 'Deadline extended' }, type: 'bool', editableBy: SYSTEM, width: 90, description: 'A complex complaint given 10 working days instead of 7 (延长期限, with its reason).' },
    { field: 'extensionReason', label: { zh: '延期原因', en: 'Extension reason' }, type: 'string', editableBy: SYSTEM, maxLength: 500, width: 150 },
    { field: 'delayReason', label: { zh: '延误原因', en: 'Delay reason' }, type: 'string', editableBy: SYSTEM, maxLength: 500, width: 150, description: 'Why it was closed after its deadline (required then).' },
    { field: 'backfilled', label: { zh: '补录', en: 'Backfilled' }, type: 'bool', createOnly: true, initial: false, width: 70, description: 'Entered after the fact from a paper record, with its real dates and outcome (never escalated; counted in the period it happened in). Set when the row is created only.' },
    { field: 'responsibleDeptText', formerly: 'responsibleDept', label: { zh: '对策单位（原文）', en: 'Responsible dept. as written' }, type: 'string', editableBy: SYSTEM, maxLength: 60, width: 110, description: 'The department as typed before 对策单位 referred to the 部门 ledger (migration 0010); read-only.' },
  ],
  departmentField: 'responsibleDept',
  backfill: { flag: 'backfilled', fields: BACKFILL_FIELDS, span: complaintSpan },
  defaultOrder: [{ field: 'receivedAt', direction: 'DESC' }],
  quickFilters: COMPLAINT_QUICK_FILTERS,
  paperForms: [{
    key: 'contact',
    title: { zh: '客户抱怨联络单', en: 'Customer complaint contact form' },
    fields: ['complaintNo', 'receivedAt', 'channel', 'receiver', 'customer', 'anonymous', 'contactName', 'contactPhone', 'contactEmail', 'model', 'serialNo', 'archive',
      'kind', 'causeCategory', 'claimAmount', 'description', 'handlingScope', 'dueAt', 'replyDueAt', 'responsibleDept', 'companyResponsible', 'containment', 'rootCause',
      'correctiveAction', 'preventiveAction', 'verifiedBy', 'verifiedAt', 'proposalApprovedBy', 'approvalNote', 'result', 'repliedAt', 'callbackAt', 'callbackBy', 'callbackResult', 'satisfied', 'status', 'closedAt', 'remark'],
    signatures: ['受理人', '对策单位负责人', '品质部审核', '批准'],
  }, {
    key: 'transfer',
    title: { zh: '投诉转办单', en: 'Complaint transfer form' },
    fields: ['complaintNo', 'receivedAt', 'channel', 'receiver', 'customer', 'contactName', 'contactPhone', 'model', 'serialNo', 'kind', 'causeCategory', 'description',
      'handlingScope', 'dueAt', 'replyDueAt', 'responsibleDept', 'containment', 'remark'],
    signatures: ['转办人', '接收部门负责人', '接收时间'],
  }],
  numbering: { field: 'complaintNo', prefix: 'TS', dateField: 'receivedAt' },
});

