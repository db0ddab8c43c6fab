import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { ALL_ROLES, Role } from '../user/roles.js';

/** 例行检查: scheduled per unit at the policy's months after acceptance. */
export const routineInspectionLedger = defineLedger({
  name: 'routineInspection',
  deadlineField: 'dueDate',
  typeName: 'RoutineInspection',
  plural: 'routineInspections',
  table: 'routine_inspection',
  label: { zh: '例行检查', en: 'Routine inspections' },
  description: 'Routine inspections of sold units: due date from the policy, done date, findings.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN, Role.CLERK, Role.QUALITY],
  indexes: [['archiveId'], ['dueDate'], ['doneAt'], ['result'], ['createdAt'], ['updatedAt']],
  attachments: {
    categories: {
      SITE_PHOTO: { zh: '现场照片', en: 'Photo on site' },
      RECORD: { zh: '检查记录', en: 'Inspection record' },
      SIGNED_FORM: { zh: '客户签字', en: "Customer's signature" },
    },
  },
  columns: [
    {
      field: 'archive',
      label: { zh: '产品序列号', en: 'Serial no.' },
      type: 'ref',
      ref: { ledger: () => serviceArchiveLedger, key: 'serialNo' },
      required: true,
      width: 140,
    },
    {
      field: 'planMonth',
      label: { zh: '第几个月', en: 'Month' },
      type: 'int',
      editableBy: [],
      width: 80,
      description: 'Months after acceptance this inspection is planned for.',
    },
    { field: 'dueDate', label: { zh: '应检日期', en: 'Due' }, type: 'date', required: true, width: 110 },
    { field: 'doneAt', label: { zh: '实检日期', en: 'Done on' }, type: 'date', width: 110 },
    { field: 'doneBy', label: { zh: '检查人', en: 'Done by' }, type: 'string', maxLength: 40, width: 90 },
    {
      field: 'result',
      label: { zh: '检查结果', en: 'Result' },
      type: 'enum',
      width: 100,
      enum: {
        name: 'InspectionResult',
        description: 'Outcome of a routine inspection.',
        values: { NORMAL: { zh: '正常', en: 'Normal' }, ISSUE_FOUND: { zh: '发现问题', en: 'Issue found' } },
      },
    },
    { field: 'findings', label: { zh: '检查情况', en: 'Findings' }, type: 'text', maxLength: 2000, width: 220 },
    {
      field: 'planReason',
      label: { zh: '计划来源', en: 'Planned for' },
      type: 'string',
      editableBy: [],
      maxLength: 60,
      width: 160,
      description: 'Beyond the policy’s months: 重点客户年度检查 or 临近设计使用年限.',
    },
    {
      field: 'checklist',
      label: { zh: '检查项目', en: 'Checklist' },
      type: 'text',
      editableBy: [],
      maxLength: 2000,
      width: 220,
      description:
        "The model's 例行检查项目 (一品一案), copied when the inspection is scheduled; a done inspection's findings speak to each.",
    },
  ],
});
