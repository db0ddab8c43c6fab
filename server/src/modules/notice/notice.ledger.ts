import { matching, positive } from '../../../../common/cell-checks.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { defineEnum, type EnumDef } from '../../core/ledger/schema/ledger.types.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { reworkOrderLedger } from '../rework/rework.ledgers.js';
import { ALL_ROLES, Role } from '../user/roles.js';

export const NoticeKind: EnumDef = {
  name: 'NoticeKind',
  description: 'Reward or penalty.',
  values: { REWARD: { zh: '奖励', en: 'Reward' }, PENALTY: { zh: '处罚', en: 'Penalty' } },
};

export const NoticeStatus = defineEnum({
  name: 'NoticeStatus',
  description: 'A notice is drafted, submitted, then approved or rejected by the general manager.',
  values: {
    DRAFT: { zh: '草稿', en: 'Draft' },
    SUBMITTED: { zh: '已提交', en: 'Submitted' },
    APPROVED: { zh: '已批准', en: 'Approved' },
    REJECTED: { zh: '已驳回', en: 'Rejected' },
  },
});

export const PROPOSERS = [Role.ADMIN, Role.QUALITY, Role.PMC, Role.MANAGER];

/** 奖罚通知单. Frozen once decided. */
export const noticeLedger = defineLedger({
  name: 'rewardPenaltyNotice',
  typeName: 'RewardPenaltyNotice',
  plural: 'rewardPenaltyNotices',
  table: 'reward_penalty_notice',
  label: { zh: '奖罚通知单', en: 'Reward/penalty notices' },
  description: 'Rewards and penalties proposed from complaints or reworks; only the general manager approves.',
  readRoles: ALL_ROLES,
  writeRoles: PROPOSERS,
  paperForms: [
    {
      key: 'form',
      title: { zh: '奖罚通知单', en: 'Reward / penalty notice' },
      signatures: ['提出人', '部门负责人', '总经理批准'],
    },
  ],
  numbering: { field: 'noticeNo', prefix: 'JF' },
  ownerField: 'proposedBy',
  indexes: [
    ['kind'],
    ['department'],
    ['sourceComplaintId'],
    ['sourceReworkId'],
    ['bonusMonth'],
    ['status'],
    ['amount'],
    ['createdAt'],
    ['updatedAt'],
  ],
  columns: [
    {
      field: 'noticeNo',
      nullable: false,
      dbUnique: true,
      label: { zh: '通知单号', en: 'Notice no.' },
      type: 'string',
      editableBy: [],
      maxLength: 20,
      width: 140,
    },
    {
      field: 'kind',
      maxLength: 10,
      label: { zh: '奖/罚', en: 'Kind' },
      type: 'enum',
      enum: NoticeKind,
      required: true,
      width: 70,
    },
    { field: 'department', label: { zh: '部门', en: 'Department' }, type: 'string', maxLength: 60, width: 100 },
    { field: 'person', label: { zh: '责任人', en: 'Person' }, type: 'string', maxLength: 40, width: 90 },
    {
      field: 'amount',
      label: { zh: '金额', en: 'Amount' },
      type: 'decimal',
      required: true,
      width: 90,
      check: positive,
    },
    { field: 'reason', label: { zh: '事由', en: 'Reason' }, type: 'text', required: true, maxLength: 2000, width: 240 },
    {
      field: 'sourceComplaint',
      label: { zh: '来源投诉', en: 'From complaint' },
      type: 'ref',
      ref: { ledger: () => complaintLedger, key: 'complaintNo' },
      width: 140,
    },
    {
      field: 'sourceRework',
      label: { zh: '来源返工单', en: 'From rework' },
      type: 'ref',
      ref: { ledger: () => reworkOrderLedger, key: 'reworkNo' },
      width: 140,
    },
    {
      field: 'bonusMonth',
      label: { zh: '扣发/发放月份', en: 'Bonus month' },
      type: 'string',
      required: true,
      maxLength: 7,
      width: 100,
      check: matching(/^\d{4}-(0[1-9]|1[0-2])$/, '如 2026-03'),
    },
    {
      field: 'proposedBy',
      label: { zh: '提出人', en: 'Proposed by' },
      type: 'string',
      editableBy: [],
      maxLength: 40,
      width: 90,
    },
    {
      field: 'status',
      label: { zh: '状态', en: 'Status' },
      type: 'enum',
      enum: NoticeStatus,
      editableBy: [],
      width: 80,
    },
    {
      field: 'approver',
      label: { zh: '审批人', en: 'Approver' },
      type: 'string',
      editableBy: [],
      maxLength: 40,
      width: 90,
    },
    { field: 'decidedAt', label: { zh: '审批时间', en: 'Decided at' }, type: 'datetime', editableBy: [], width: 150 },
    { field: 'decisionNote', label: { zh: '审批意见', en: 'Decision note' }, type: 'text', editableBy: [], width: 160 },
    {
      field: 'hrReportedAt',
      label: { zh: '送人事部时间', en: 'Sent to HR at' },
      type: 'datetime',
      editableBy: [],
      width: 150,
    },
    {
      field: 'hrReportedBy',
      label: { zh: '送人事部经办', en: 'Sent to HR by' },
      type: 'string',
      editableBy: [],
      maxLength: 40,
      width: 100,
    },
  ],
});
