import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { customerLedger } from '../customer/customer.ledger.js';
import { productModelLedger } from '../product/product-model.ledger.js';
import { returnOrderLedger } from '../return-order/return-order.ledger.js';
import { callbackLedger } from '../survey/survey.ledgers.js';
import { ALL_ROLES, PERSONAL_DATA_READERS, Role } from '../user/roles.js';
import {
  ServiceChannel,
  ServiceLevelEnum,
  ServiceRequestStatus,
  ServiceType,
  Urgency,
  FIELD_SERVICE,
} from './field-service.enums.js';
import { SERVICE_REQUEST_QUICK_FILTERS } from './service-request.filters.js';
import { DISPATCHERS, technicianLedger } from './technician.ledger.js';

/** The technician calls the customer before he comes: he reads the site contact too. */
const CONTACT_READERS = [...PERSONAL_DATA_READERS, Role.TECHNICIAN];

const system = { editableBy: [] as string[] };
const clock = (field: string, zh: string, en: string) => ({
  field,
  label: { zh, en },
  type: 'datetime' as const,
  ...system,
  width: 150,
});

/**
 * 服务请求 (客户报修): a customer's call about a unit, from the call to the callback — 电话指导 first,
 * then 派工, 上门, the 服务报告 — with the four promise clocks (service-promise.rules.ts) on the row.
 */
export const serviceRequestLedger = defineLedger({
  name: 'serviceRequest',
  typeName: 'ServiceRequest',
  plural: 'serviceRequests',
  table: 'service_request',
  label: { zh: '服务请求（报修）', en: 'Service requests' },
  menuGroup: FIELD_SERVICE,
  description:
    'Repair requests and booked services: the unit and its warranty as of the failure, phone guidance, dispatch, the visit and the promise clocks.',
  readRoles: ALL_ROLES,
  writeRoles: DISPATCHERS,
  numbering: { field: 'requestNo', prefix: 'BX', dateField: 'reportedAt' },
  deadlineField: 'arrivalDueAt',
  gridSelection: 'promiseSummary',
  quickFilters: SERVICE_REQUEST_QUICK_FILTERS,
  defaultOrder: [{ field: 'reportedAt', direction: 'DESC' }],
  indexes: [
    ['status'],
    ['status', 'arrivalDueAt'],
    ['reportedAt'],
    ['customerId'],
    ['archiveId'],
    ['modelId'],
    ['technicianId', 'status'],
    ['region'],
    ['sourceComplaintId'],
    ['sourceCallbackId'],
    ['createdAt'],
    ['updatedAt'],
  ],
  attachments: {
    categories: {
      PHOTO: { zh: '现场照片', en: 'Photo on site' },
      SIGNATURE: { zh: '客户签名', en: 'Customer signature' },
      OTHER: { zh: '其他', en: 'Other' },
    },
    sensitive: ['SIGNATURE'],
  },
  paperForms: [
    {
      key: 'form',
      title: { zh: '客户报修单', en: 'Repair request' },
      signatures: ['受理人', '派工人', '技术员'],
    },
  ],
  columns: [
    {
      field: 'requestNo',
      dbUnique: true,
      label: { zh: '报修单号', en: 'Request no.' },
      type: 'string',
      ...system,
      maxLength: 20,
      width: 140,
    },
    { field: 'reportedAt', label: { zh: '报修时间', en: 'Reported at' }, type: 'datetime', required: true, width: 150 },
    {
      field: 'channel',
      label: { zh: '报修渠道', en: 'Channel' },
      type: 'enum',
      enum: ServiceChannel,
      required: true,
      maxLength: 20,
      width: 100,
    },
    {
      field: 'customer',
      label: { zh: '客户', en: 'Customer' },
      type: 'ref',
      ref: { ledger: () => customerLedger, key: 'code' },
      required: true,
      width: 180,
    },
    {
      field: 'archive',
      label: { zh: '产品序列号', en: 'Serial no.' },
      type: 'ref',
      ref: { ledger: () => serviceArchiveLedger, key: 'serialNo' },
      width: 140,
    },
    {
      field: 'model',
      label: { zh: '产品型号', en: 'Model' },
      type: 'ref',
      ref: { ledger: () => productModelLedger, key: 'code' },
      ...system,
      width: 110,
    },
    {
      field: 'warrantyVerdict',
      label: { zh: '保修判定（报修时）', en: 'Warranty at the failure' },
      // a sentence (the verdict with its reason), read and searched, not sorted
      type: 'text',
      ...system,
      maxLength: 200,
      width: 200,
    },
    {
      field: 'fault',
      label: { zh: '故障描述', en: 'Fault' },
      type: 'text',
      required: true,
      maxLength: 2000,
      width: 240,
    },
    {
      field: 'serviceType',
      label: { zh: '服务类型', en: 'Service type' },
      type: 'enum',
      enum: ServiceType,
      initial: 'REPAIR',
      maxLength: 20,
      width: 100,
    },
    {
      field: 'urgency',
      label: { zh: '紧急程度', en: 'Urgency' },
      type: 'enum',
      enum: Urgency,
      initial: 'NORMAL',
      maxLength: 20,
      width: 90,
    },
    {
      field: 'serviceLevel',
      label: { zh: '服务等级', en: 'Service level' },
      type: 'enum',
      enum: ServiceLevelEnum,
      maxLength: 20,
      width: 100,
      description: "The product's service level (一品一案) unless typed: it sets the promise clocks.",
    },
    {
      field: 'contactName',
      label: { zh: '联系人', en: 'Contact' },
      type: 'string',
      maxLength: 40,
      width: 90,
      sensitive: { visibleTo: CONTACT_READERS, mask: 'name' },
    },
    {
      field: 'contactPhone',
      label: { zh: '联系电话', en: 'Phone' },
      type: 'string',
      maxLength: 40,
      width: 130,
      sensitive: { visibleTo: CONTACT_READERS, mask: 'phone' },
    },
    {
      field: 'siteAddress',
      label: { zh: '现场地址', en: 'Site address' },
      type: 'string',
      maxLength: 200,
      width: 200,
      sortable: false,
    },
    { field: 'region', label: { zh: '地区', en: 'Region' }, type: 'string', maxLength: 40, width: 80 },
    {
      field: 'status',
      label: { zh: '状态', en: 'Status' },
      type: 'enum',
      enum: ServiceRequestStatus,
      ...system,
      width: 120,
    },
    {
      field: 'phoneGuidance',
      label: { zh: '电话指导', en: 'Phone guidance' },
      type: 'text',
      ...system,
      maxLength: 2000,
      width: 200,
    },
    {
      field: 'technician',
      label: { zh: '技术员', en: 'Technician' },
      type: 'ref',
      ref: { ledger: () => technicianLedger, key: 'code' },
      ...system,
      width: 110,
    },
    {
      field: 'dispatchNote',
      label: { zh: '派工说明', en: 'Dispatch note' },
      type: 'string',
      ...system,
      maxLength: 500,
      width: 180,
    },
    clock('respondedAt', '响应时间', 'Responded at'),
    clock('dispatchedAt', '派工时间', 'Dispatched at'),
    clock('arrivedAt', '到场时间', 'Arrived at'),
    clock('clearedAt', '排除时间', 'Cleared at'),
    clock('reportFiledAt', '报告提交时间', 'Report filed at'),
    clock('responseDueAt', '应响应时间', 'Response due'),
    clock('arrivalDueAt', '应到场时间', 'Arrival due'),
    clock('clearDueAt', '应排除时间', 'Clearing due'),
    clock('reportDueAt', '应提交报告时间', 'Report due'),
    {
      field: 'sourceComplaint',
      label: { zh: '来源投诉', en: 'From complaint' },
      type: 'ref',
      ref: { ledger: () => complaintLedger, key: 'complaintNo' },
      width: 150,
    },
    {
      field: 'sourceCallback',
      label: { zh: '来源回访', en: 'From callback' },
      type: 'ref',
      ref: { ledger: () => callbackLedger, key: 'callbackNo' },
      width: 150,
    },
    {
      field: 'raisedComplaint',
      label: { zh: '转投诉', en: 'Raised complaint' },
      type: 'ref',
      ref: { ledger: () => complaintLedger, key: 'complaintNo' },
      ...system,
      width: 150,
    },
    {
      field: 'raisedReturn',
      label: { zh: '转退换修单', en: 'Raised return order' },
      type: 'ref',
      ref: { ledger: () => returnOrderLedger, key: 'orderNo' },
      ...system,
      width: 150,
    },
    {
      field: 'closingNote',
      label: { zh: '回访结果', en: 'Callback result' },
      type: 'string',
      ...system,
      maxLength: 500,
      width: 180,
    },
    { field: 'satisfied', label: { zh: '客户满意', en: 'Satisfied' }, type: 'bool', ...system, width: 80 },
  ],
});
