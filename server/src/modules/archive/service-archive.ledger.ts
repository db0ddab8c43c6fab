import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { customerLedger } from '../customer/customer.ledger.js';
import { productModelLedger } from '../product/product-model.ledger.js';
import { ALL_ROLES, PERSONAL_DATA_READERS, Role } from '../user/roles.js';
import { warrantyPolicyLedger } from '../warranty/warranty-policy.ledger.js';

/** 售后服务档案: one per sold unit, followed for its whole life. */
export const serviceArchiveLedger = defineLedger({
  name: 'serviceArchive',
  gridSelection: 'warranty { remedy inWarranty end }',
  typeName: 'ServiceArchive',
  plural: 'serviceArchives',
  table: 'service_archive',
  label: { zh: '售后服务档案', en: 'Service archives' },
  description: 'One archive per sold unit: customer, model, serial, invoice and acceptance dates, warranty policy.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN, Role.CLERK],
  paperForms: [{ key: 'card', title: { zh: '售后服务档案', en: 'After-sales service archive' }, signatures: ['建档人', '审核'] }],
  numbering: { field: 'archiveNo', prefix: 'DA', dateField: 'invoiceDate' },
  indexes: [['customerId'], ['modelId'], ['policyId'], ['invoiceDate'], ['acceptanceDate'], ['salesRep'], ['createdAt'], ['updatedAt']],
  columns: [
    { field: 'archiveNo', nullable: false, dbUnique: true, label: { zh: '档案编号', en: 'Archive no.' }, type: 'string', editableBy: [], maxLength: 20, width: 140 },
    { field: 'customer', label: { zh: '客户', en: 'Customer' }, type: 'ref', ref: { ledger: () => customerLedger, key: 'code' }, required: true, width: 100 },
    { field: 'policy', label: { zh: '保修政策', en: 'Warranty policy' }, type: 'ref', ref: { ledger: () => warrantyPolicyLedger, key: 'modelCode' }, required: true, width: 100, description: 'The policy (per model or contract) the warranty follows.' },
    { field: 'model', label: { zh: '产品型号', en: 'Product model' }, type: 'ref', ref: { ledger: () => productModelLedger, key: 'code' }, editableBy: [], width: 100, description: 'From the warranty policy.' },
    { field: 'serialNo', dbUnique: true, label: { zh: '产品序列号', en: 'Serial no.' }, type: 'string', required: true, unique: true, maxLength: 60, width: 140 },
    { field: 'invoiceDate', label: { zh: '发票日期', en: 'Invoice date' }, type: 'date', required: true, width: 110 },
    { field: 'acceptanceDate', label: { zh: '交验日期', en: 'Acceptance date' }, type: 'date', width: 110 },
    { field: 'installAddress', label: { zh: '安装地址', en: 'Install address' }, type: 'string', maxLength: 200, width: 200, sortable: false },
    { field: 'contactName', label: { zh: '联系人', en: 'Contact' }, type: 'string', maxLength: 40, width: 90, sensitive: { visibleTo: PERSONAL_DATA_READERS, mask: 'name' } },
    { field: 'contactPhone', label: { zh: '联系电话', en: 'Phone' }, type: 'string', maxLength: 40, width: 120, sensitive: { visibleTo: PERSONAL_DATA_READERS, mask: 'phone' } },
    { field: 'salesRep', label: { zh: '销售代表', en: 'Sales rep' }, type: 'string', maxLength: 40, width: 90 },
    { field: 'remark', label: { zh: '备注', en: 'Remark' }, type: 'text', width: 160 },
  ],
});
