import { positive } from '../../../../common/cell-checks.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import type { EnumDef } from '../../core/ledger/schema/ledger.types.js';
import { serviceArchiveLedger } from '../archive/service-archive.ledger.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { customerLedger } from '../customer/customer.ledger.js';
import { ALL_ROLES, Role } from '../user/roles.js';

const WRITERS = [Role.ADMIN, Role.CLERK, Role.QUALITY];

export const CallbackMethod: EnumDef = {
  name: 'CallbackMethod',
  description: 'How the customer was called back.',
  values: {
    PHONE: { zh: '电话', en: 'Phone' },
    VISIT: { zh: '上门', en: 'Visit' },
    EMAIL: { zh: '电子邮件', en: 'E-mail' },
    WECHAT: { zh: '微信', en: 'WeChat' },
    LETTER: { zh: '信函', en: 'Letter' },
  },
};

export const CallbackKind: EnumDef = {
  name: 'CallbackKind',
  description:
    'Why the customer is called (客户关系部): a visit at the sale, after-sale satisfaction, a maintenance reminder or appointment, or after a complaint.',
  values: {
    SALE_VISIT: { zh: '售时走访', en: 'Visit at sale' },
    SATISFACTION: { zh: '售后满意度回访', en: 'After-sale satisfaction' },
    MAINTENANCE: { zh: '保养提醒/预约', en: 'Maintenance reminder' },
    COMPLAINT: { zh: '投诉回访', en: 'After a complaint' },
  },
};

export const CallbackOutcome: EnumDef = {
  name: 'CallbackOutcome',
  description: 'Whether the customer was reached; one not reached is tried again on the retry date.',
  values: { REACHED: { zh: '已联系上', en: 'Reached' }, NOT_REACHED: { zh: '未联系上', en: 'Not reached' } },
};

/** 回访: calls to customers — after complaints and on the plan by tier. */
export const callbackLedger = defineLedger({
  name: 'callback',
  deadlineField: 'retryDate',
  typeName: 'Callback',
  plural: 'callbacks',
  table: 'callback',
  label: { zh: '回访记录', en: 'Callbacks' },
  description: 'Customer callbacks: KEY customers at least every 6 months, LONG_TERM yearly.',
  readRoles: ALL_ROLES,
  writeRoles: WRITERS,
  indexes: [
    ['customerId'],
    ['archiveId'],
    ['complaintId'],
    ['callbackAt'],
    ['method'],
    ['createdAt'],
    ['updatedAt'],
    ['retryDate'],
    ['raisedComplaintId'],
  ],
  numbering: { field: 'callbackNo', prefix: 'HF', dateField: 'callbackAt' },
  columns: [
    {
      field: 'callbackNo',
      dbUnique: true,
      label: { zh: '回访编号', en: 'Callback no.' },
      type: 'string',
      editableBy: [],
      maxLength: 20,
      width: 140,
    },
    {
      field: 'customer',
      label: { zh: '客户', en: 'Customer' },
      type: 'ref',
      ref: { ledger: () => customerLedger, key: 'code' },
      required: true,
      width: 90,
    },
    {
      field: 'archive',
      label: { zh: '产品序列号', en: 'Serial no.' },
      type: 'ref',
      ref: { ledger: () => serviceArchiveLedger, key: 'serialNo' },
      width: 140,
    },
    {
      field: 'complaint',
      label: { zh: '投诉编号', en: 'Complaint no.' },
      type: 'ref',
      ref: { ledger: () => complaintLedger, key: 'complaintNo' },
      width: 140,
    },
    { field: 'callbackAt', label: { zh: '回访时间', en: 'Called at' }, type: 'datetime', required: true, width: 150 },
    {
      field: 'method',
      label: { zh: '方式', en: 'Method' },
      type: 'enum',
      enum: CallbackMethod,
      required: true,
      width: 80,
    },
    {
      field: 'callbackBy',
      label: { zh: '回访人', en: 'Called by' },
      type: 'string',
      maxLength: 40,
      width: 90,
      description: 'Defaults to the clerk who saves it.',
    },
    {
      field: 'content',
      label: { zh: '回访内容', en: 'Content' },
      type: 'text',
      required: true,
      maxLength: 2000,
      width: 240,
    },
    { field: 'satisfied', label: { zh: '满意', en: 'Satisfied' }, type: 'bool', width: 70 },
    {
      field: 'kind',
      label: { zh: '回访类型', en: 'Kind' },
      type: 'enum',
      enum: CallbackKind,
      width: 120,
      description: 'Defaults to 投诉回访 with a complaint, 售后满意度回访 otherwise.',
    },
    {
      field: 'outcome',
      label: { zh: '联系结果', en: 'Outcome' },
      type: 'enum',
      enum: CallbackOutcome,
      width: 90,
      description: 'Defaults to 已联系上.',
    },
    {
      field: 'retryDate',
      label: { zh: '再次回访日期', en: 'Retry on' },
      type: 'date',
      width: 110,
      description: 'Required when the customer was not reached.',
    },
    {
      field: 'raisedComplaint',
      label: { zh: '由此提出的投诉', en: 'Complaint raised' },
      type: 'ref',
      ref: { ledger: () => complaintLedger, key: 'complaintNo' },
      editableBy: [],
      width: 140,
    },
  ],
});

/** 调查项目: what a questionnaire scores, each out of its own maximum (quality, delivery, service attitude…); configurable. */
export const surveyItemLedger = defineLedger({
  name: 'surveyItem',
  typeName: 'SurveyItem',
  plural: 'surveyItems',
  table: 'survey_item',
  label: { zh: '调查项目', en: 'Survey items' },
  description: 'The items a satisfaction questionnaire scores (产品质量, 交货, 服务态度, …), each out of its maximum.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN, Role.QUALITY],
  indexes: [['code'], ['createdAt'], ['updatedAt']],
  columns: [
    {
      field: 'code',
      dbUnique: true,
      label: { zh: '项目编码', en: 'Code' },
      type: 'string',
      required: true,
      unique: true,
      maxLength: 20,
      width: 100,
    },
    {
      field: 'name',
      label: { zh: '项目名称', en: 'Name' },
      type: 'string',
      required: true,
      unique: true,
      maxLength: 60,
      width: 140,
      description: "What a questionnaire's lines name the item by.",
    },
    {
      field: 'maxScore',
      label: { zh: '满分', en: 'Out of' },
      type: 'decimal',
      required: true,
      width: 80,
      check: positive,
    },
    { field: 'active', label: { zh: '在用', en: 'Active' }, type: 'bool', width: 70 },
  ],
});

/** 客户满意度调查: one questionnaire a row; its score is normalised to 0–100. */
export const surveyLedger = defineLedger({
  name: 'satisfactionSurvey',
  deadlineField: 'feedbackDue',
  typeName: 'SatisfactionSurvey',
  plural: 'satisfactionSurveys',
  table: 'satisfaction_survey',
  label: { zh: '满意度调查', en: 'Satisfaction surveys' },
  description: 'Satisfaction questionnaires; satisfaction = Σ scores ÷ number of questionnaires.',
  readRoles: ALL_ROLES,
  writeRoles: WRITERS,
  indexes: [['customerId'], ['surveyDate'], ['score'], ['feedbackDue'], ['createdAt'], ['updatedAt']],
  numbering: { field: 'surveyNo', prefix: 'MY', dateField: 'surveyDate' },
  lines: { ledger: () => surveyScoreLedger, parentField: 'survey' },
  columns: [
    {
      field: 'surveyNo',
      dbUnique: true,
      label: { zh: '问卷编号', en: 'Survey no.' },
      type: 'string',
      editableBy: [],
      maxLength: 20,
      width: 140,
    },
    {
      field: 'customer',
      label: { zh: '客户', en: 'Customer' },
      type: 'ref',
      ref: { ledger: () => customerLedger, key: 'code' },
      required: true,
      width: 90,
    },
    { field: 'surveyDate', label: { zh: '调查日期', en: 'Date' }, type: 'date', required: true, width: 110 },
    { field: 'rawScore', label: { zh: '得分', en: 'Score' }, type: 'decimal', required: true, width: 80 },
    { field: 'maxScore', label: { zh: '满分', en: 'Out of' }, type: 'decimal', required: true, width: 80 },
    { field: 'score', label: { zh: '百分制得分', en: 'Score (0–100)' }, type: 'decimal', editableBy: [], width: 100 },
    { field: 'surveyor', label: { zh: '调查人', en: 'Surveyor' }, type: 'string', maxLength: 40, width: 90 },
    { field: 'comments', label: { zh: '意见与建议', en: 'Comments' }, type: 'text', maxLength: 2000, width: 240 },
    // customer-service-procedure 六 「…应在调查结束后一个月内向客户通报所提的问题的处理改进结果，并形成书面反馈记录」
    {
      field: 'feedbackContent',
      label: { zh: '改进结果反馈', en: 'Feedback given' },
      type: 'text',
      maxLength: 2000,
      width: 220,
      description: 'What the customer was told of how their comments were dealt with (书面反馈记录).',
    },
    {
      field: 'feedbackDue',
      label: { zh: '反馈期限', en: 'Feedback due' },
      type: 'date',
      editableBy: [],
      width: 110,
      description: 'A month after the survey, where it carried comments (set by the system).',
    },
    {
      field: 'feedbackAt',
      label: { zh: '反馈时间', en: 'Fed back at' },
      type: 'datetime',
      width: 150,
      description: 'When; due within a month of the survey where it carried comments.',
    },
  ],
});

/** 调查明细: a questionnaire's score on one item (its lines). */
export const surveyScoreLedger = defineLedger({
  name: 'surveyScore',
  typeName: 'SurveyScore',
  plural: 'surveyScores',
  table: 'survey_score',
  label: { zh: '调查明细', en: 'Survey scores' },
  description:
    "A questionnaire's score per item: satisfaction per item = Σ item scores (0–100) ÷ questionnaires scoring it.",
  readRoles: ALL_ROLES,
  writeRoles: WRITERS,
  indexes: [['surveyId'], ['itemId'], ['createdAt'], ['updatedAt']],
  columns: [
    {
      field: 'survey',
      label: { zh: '问卷编号', en: 'Survey no.' },
      type: 'ref',
      ref: { ledger: () => surveyLedger, key: 'surveyNo' },
      required: true,
      width: 140,
    },
    {
      field: 'item',
      label: { zh: '调查项目', en: 'Item' },
      type: 'ref',
      ref: { ledger: () => surveyItemLedger, key: 'name' },
      required: true,
      width: 120,
    },
    {
      field: 'score',
      label: { zh: '得分', en: 'Score' },
      type: 'decimal',
      required: true,
      width: 80,
      description: "Between 0 and the item's maximum.",
    },
  ],
});
