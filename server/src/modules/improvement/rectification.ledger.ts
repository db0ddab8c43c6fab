import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { defineEnum, type EnumDef } from '../../core/ledger/schema/ledger.types.js';
import { departmentLedger } from '../admin/admin.ledgers.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { surveyItemLedger, surveyLedger } from '../survey/survey.ledgers.js';
import { ALL_ROLES, Role } from '../user/roles.js';
import { reviewMeetingLedger } from './review-meeting.ledger.js';
import { RECTIFICATION_QUICK_FILTERS } from './rectification.rules.js';

export const RectificationSource: EnumDef = {
  name: 'RectificationSource',
  description: 'What the rectification was raised from.',
  values: {
    COMPLAINT: { zh: '投诉', en: 'A complaint' },
    ANALYSIS: { zh: '汇总分析', en: 'The periodic analysis' },
    REVIEW_MEETING: { zh: '检讨会议决议', en: 'A review meeting' },
    SURVEY: { zh: '满意度调查意见', en: 'A survey comment' },
  },
};

export const RectificationStatus = defineEnum({
  name: 'RectificationStatus',
  description: 'Issued to a unit, reported on by it, then verified (or sent back) by quality.',
  values: {
    ISSUED: { zh: '待整改', en: 'Issued' },
    REPORTED: { zh: '待验证', en: 'Reported' },
    CLOSED: { zh: '已验证关闭', en: 'Verified and closed' },
  },
});

/** Who issues a rectification notice: 市场部/客服 from its analysis, quality, the general manager's office. */
export const ISSUERS = [Role.CLERK, Role.QUALITY, Role.MANAGER, Role.ADMIN];

/**
 * 整改通知单 and its 整改报告: a problem given to a unit with a deadline, the unit's report of what it
 * did, and quality's verification (complaint-handling-procedures 第九条 2 「以整改通报的形成下发至各物流点」, 第十条
 * 「相关物流点或职能部门整改完毕后形成整改报告，并报市场部备案」, 3.4.4 the review meeting's resolutions;
 * customer-service-procedure 六 「由相关部门提出改进措施，并对改进工作做书面记录」).
 */
export const rectificationLedger = defineLedger({
  name: 'rectification',
  deadlineField: 'dueDate',
  typeName: 'Rectification',
  plural: 'rectifications',
  table: 'rectification',
  label: { zh: '整改通知单', en: 'Rectification notices' },
  description:
    "Rectifications given to a department with a deadline, raised from a complaint, the periodic analysis, a review meeting or a survey comment; the department's report and quality's verification.",
  readRoles: ALL_ROLES,
  writeRoles: ISSUERS,
  numbering: { field: 'rectificationNo', prefix: 'ZG', dateField: 'issuedOn' },
  departmentField: 'department',
  indexes: [
    ['departmentId'],
    ['status'],
    ['status', 'dueDate'],
    ['dueDate'],
    ['issuedOn'],
    ['sourceComplaintId'],
    ['reviewMeetingId'],
    ['sourceSurveyId'],
    ['surveyItemId'],
    ['createdAt'],
    ['updatedAt'],
  ],
  defaultOrder: [{ field: 'dueDate', direction: 'ASC' }],
  quickFilters: RECTIFICATION_QUICK_FILTERS,
  attachments: {
    categories: {
      REPORT: { zh: '整改报告', en: 'Rectification report' },
      EVIDENCE: { zh: '整改证据', en: 'Evidence' },
      OTHER: { zh: '其他', en: 'Other' },
    },
  },
  paperForms: [
    {
      key: 'notice',
      title: { zh: '整改通知单', en: 'Rectification notice' },
      fields: [
        'rectificationNo',
        'issuedOn',
        'source',
        'sourceComplaint',
        'reviewMeeting',
        'sourceSurvey',
        'department',
        'problem',
        'requirement',
        'dueDate',
        'issuedBy',
      ],
      signatures: ['下发人', '接收部门负责人'],
    },
    {
      key: 'report',
      title: { zh: '整改报告', en: 'Rectification report' },
      fields: [
        'rectificationNo',
        'department',
        'problem',
        'requirement',
        'dueDate',
        'report',
        'reportedBy',
        'reportedAt',
        'verificationNote',
        'verifiedBy',
        'verifiedAt',
      ],
      signatures: ['整改部门负责人', '品质部验证'],
    },
  ],
  columns: [
    {
      field: 'rectificationNo',
      dbUnique: true,
      label: { zh: '整改单号', en: 'Rectification no.' },
      type: 'string',
      editableBy: [],
      maxLength: 20,
      width: 140,
    },
    {
      field: 'issuedOn',
      label: { zh: '下发日期', en: 'Issued on' },
      type: 'date',
      width: 110,
      description: 'The day the notice went out; the day it is entered when left empty.',
    },
    {
      field: 'department',
      label: { zh: '整改部门', en: 'Department' },
      type: 'ref',
      ref: { ledger: () => departmentLedger, key: 'name' },
      required: true,
      width: 120,
    },
    {
      field: 'problem',
      label: { zh: '存在问题', en: 'Problem' },
      type: 'text',
      required: true,
      maxLength: 2000,
      width: 240,
    },
    {
      field: 'requirement',
      label: { zh: '整改要求', en: 'Required' },
      type: 'text',
      required: true,
      maxLength: 2000,
      width: 220,
    },
    { field: 'dueDate', label: { zh: '整改期限', en: 'Due' }, type: 'date', required: true, width: 110 },
    {
      field: 'status',
      label: { zh: '状态', en: 'Status' },
      type: 'enum',
      enum: RectificationStatus,
      editableBy: [],
      width: 100,
    },
    {
      field: 'source',
      maxLength: 20,
      label: { zh: '来源', en: 'Source' },
      type: 'enum',
      enum: RectificationSource,
      required: true,
      width: 140,
    },
    {
      field: 'sourceComplaint',
      label: { zh: '来源投诉', en: 'From complaint' },
      type: 'ref',
      ref: { ledger: () => complaintLedger, key: 'complaintNo' },
      width: 150,
    },
    {
      field: 'reviewMeeting',
      label: { zh: '检讨会议', en: 'Review meeting' },
      type: 'ref',
      ref: { ledger: () => reviewMeetingLedger, key: 'meetingNo' },
      width: 140,
    },
    {
      field: 'sourceSurvey',
      label: { zh: '来源问卷', en: 'From survey' },
      type: 'ref',
      ref: { ledger: () => surveyLedger, key: 'surveyNo' },
      width: 140,
    },
    {
      field: 'surveyItem',
      label: { zh: '调查项目', en: 'Survey item' },
      type: 'ref',
      ref: { ledger: () => surveyItemLedger, key: 'code' },
      width: 120,
      description:
        'The survey item a comment or a low score concerns: the improvement planned for it (customer-service-procedure 六).',
    },
    {
      field: 'issuedBy',
      label: { zh: '下发人', en: 'Issued by' },
      type: 'string',
      editableBy: [],
      maxLength: 40,
      width: 100,
    },
    {
      field: 'report',
      label: { zh: '整改报告', en: 'Report' },
      type: 'text',
      editableBy: [],
      maxLength: 4000,
      width: 260,
      description: "The department's report: the cause found, what was done, and how it was completed (整改报告).",
    },
    {
      field: 'reportedBy',
      label: { zh: '报告人', en: 'Reported by' },
      type: 'string',
      editableBy: [],
      maxLength: 40,
      width: 100,
    },
    { field: 'reportedAt', label: { zh: '报告时间', en: 'Reported at' }, type: 'datetime', editableBy: [], width: 150 },
    {
      field: 'verificationNote',
      label: { zh: '验证意见', en: 'Verification' },
      type: 'text',
      editableBy: [],
      maxLength: 2000,
      width: 200,
    },
    {
      field: 'verifiedBy',
      label: { zh: '验证人', en: 'Verified by' },
      type: 'string',
      editableBy: [],
      maxLength: 40,
      width: 100,
    },
    { field: 'verifiedAt', label: { zh: '验证时间', en: 'Verified at' }, type: 'datetime', editableBy: [], width: 150 },
  ],
});
