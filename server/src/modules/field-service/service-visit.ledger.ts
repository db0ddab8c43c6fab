import { FIELD_SERVICE } from './field-service.enums.js';
import { notNegative } from '../../../../common/cell-checks.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { ALL_ROLES, PERSONAL_DATA_READERS, Role } from '../user/roles.js';
import { faultSolutionLedger } from './fault-solution.ledger.js';
import { serviceRequestLedger } from './service-request.ledger.js';
import { technicianLedger } from './technician.ledger.js';

/**
 * 服务报告: one visit on site — arrival, findings, the fault from the knowledge base, work done, hours,
 * the customer's confirmation (name typed, signature drawn: an attachment), departure. Filed from the
 * technician's phone (fileServiceReport, once per draft) or typed by the office from a paper report.
 */
export const serviceVisitLedger = defineLedger({
  name: 'serviceVisit',
  typeName: 'ServiceVisit',
  plural: 'serviceVisits',
  table: 'service_visit',
  label: { zh: '服务报告', en: 'Service reports' },
  menuGroup: FIELD_SERVICE,
  description:
    'Visits on site with their findings, fault code, work done, parts used, hours and the customer’s confirmation.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.CLERK, Role.ADMIN, Role.TECHNICIAN],
  numbering: { field: 'visitNo', prefix: 'FW', dateField: 'arrivedAt' },
  defaultOrder: [{ field: 'arrivedAt', direction: 'DESC' }],
  indexes: [
    ['requestId'],
    ['technicianId', 'arrivedAt'],
    ['faultSolutionId'],
    ['arrivedAt'],
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
  paperForms: [{ key: 'form', title: { zh: '服务报告', en: 'Service report' }, signatures: ['技术员', '客户确认'] }],
  columns: [
    {
      field: 'visitNo',
      dbUnique: true,
      label: { zh: '报告编号', en: 'Report no.' },
      type: 'string',
      editableBy: [],
      maxLength: 20,
      width: 140,
    },
    {
      field: 'request',
      label: { zh: '报修单号', en: 'Request' },
      type: 'ref',
      ref: { ledger: () => serviceRequestLedger, key: 'requestNo' },
      required: true,
      width: 140,
    },
    {
      field: 'technician',
      label: { zh: '技术员', en: 'Technician' },
      type: 'ref',
      ref: { ledger: () => technicianLedger, key: 'code' },
      required: true,
      width: 100,
    },
    { field: 'arrivedAt', label: { zh: '到场时间', en: 'Arrived' }, type: 'datetime', required: true, width: 150 },
    { field: 'departedAt', label: { zh: '离场时间', en: 'Departed' }, type: 'datetime', width: 150 },
    { field: 'findings', label: { zh: '检查情况', en: 'Findings' }, type: 'text', maxLength: 2000, width: 220 },
    {
      field: 'faultSolution',
      label: { zh: '故障代码', en: 'Fault code' },
      type: 'ref',
      ref: { ledger: () => faultSolutionLedger, key: 'code' },
      width: 110,
    },
    {
      field: 'workDone',
      label: { zh: '处理措施', en: 'Work done' },
      type: 'text',
      required: true,
      maxLength: 2000,
      width: 220,
    },
    { field: 'fixed', label: { zh: '故障已排除', en: 'Fixed' }, type: 'bool', initial: true, width: 90 },
    { field: 'hours', label: { zh: '工时', en: 'Hours' }, type: 'decimal', check: notNegative, width: 70 },
    {
      field: 'partsCost',
      label: { zh: '备件费用（元）', en: 'Parts cost' },
      type: 'decimal',
      editableBy: [],
      width: 100,
    },
    {
      field: 'customerName',
      label: { zh: '客户确认人', en: 'Confirmed by' },
      type: 'string',
      maxLength: 40,
      width: 100,
      // the confirmer's name, like the signature filed under 客户签名, reads only to those who handle customers
      sensitive: { visibleTo: [...PERSONAL_DATA_READERS, Role.TECHNICIAN], mask: 'name' },
    },
    {
      field: 'draftKey',
      dbUnique: true,
      label: { zh: '手机草稿号', en: 'Phone draft' },
      type: 'string',
      createOnly: true,
      maxLength: 40,
      width: 120,
      description: 'The phone’s own key for the draft: a report sent twice (a lost answer, a retry) is filed once.',
    },
  ],
});
