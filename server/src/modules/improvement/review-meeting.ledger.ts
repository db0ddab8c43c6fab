import { matching } from '../../../../common/cell-checks.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { ALL_ROLES, Role } from '../user/roles.js';

/**
 * 客户抱怨检讨会议: the general manager's office reviews the month's complaints and charges the units
 * concerned to propose improvements within a deadline (complaint-handling-procedures 3.4.4
 * 「总经理室应定期召开“客户抱怨检讨会议”，并责成相关单位于期限内针对会议决议提出改善措施，且监督执行绩效」).
 * Its resolutions are 整改通知单 that name the meeting; the figures it reviewed are the frozen report of
 * `reportMonth`.
 */
export const reviewMeetingLedger = defineLedger({
  name: 'reviewMeeting',
  typeName: 'ReviewMeeting',
  plural: 'reviewMeetings',
  table: 'review_meeting',
  label: { zh: '投诉检讨会议', en: 'Complaint review meetings' },
  description:
    "The general manager's office's complaint review meetings: the month reviewed, who attended, what was resolved; each resolution is a rectification notice.",
  readRoles: ALL_ROLES,
  writeRoles: [Role.MANAGER, Role.QUALITY, Role.CLERK, Role.ADMIN],
  numbering: { field: 'meetingNo', prefix: 'JT', dateField: 'heldOn' },
  indexes: [['heldOn'], ['reportMonth'], ['createdAt'], ['updatedAt']],
  defaultOrder: [{ field: 'heldOn', direction: 'DESC' }],
  paperForms: [
    {
      key: 'minutes',
      title: { zh: '客户抱怨检讨会议纪要', en: 'Complaint review meeting minutes' },
      signatures: ['记录人', '主持人'],
    },
  ],
  columns: [
    {
      field: 'meetingNo',
      dbUnique: true,
      label: { zh: '会议编号', en: 'Meeting no.' },
      type: 'string',
      editableBy: [],
      maxLength: 20,
      width: 140,
    },
    { field: 'heldOn', label: { zh: '会议日期', en: 'Held on' }, type: 'date', required: true, width: 110 },
    {
      field: 'reportMonth',
      label: { zh: '检讨月份', en: 'Month reviewed' },
      type: 'string',
      required: true,
      maxLength: 7,
      width: 100,
      check: matching(/^\d{4}-(0[1-9]|1[0-2])$/, '如 2026-03'),
      description: 'The month whose frozen report the meeting reviewed (YYYY-MM).',
    },
    { field: 'chair', label: { zh: '主持人', en: 'Chair' }, type: 'string', required: true, maxLength: 40, width: 100 },
    { field: 'attendees', label: { zh: '参会人员', en: 'Attendees' }, type: 'text', maxLength: 1000, width: 200 },
    {
      field: 'findings',
      label: { zh: '检讨内容', en: 'Findings' },
      type: 'text',
      required: true,
      maxLength: 4000,
      width: 260,
    },
    {
      field: 'resolutions',
      label: { zh: '会议决议', en: 'Resolutions' },
      type: 'text',
      maxLength: 4000,
      width: 260,
      description:
        'What was resolved, in words; each resolution given to a unit is a rectification notice naming this meeting.',
    },
    {
      field: 'recordedBy',
      label: { zh: '记录人', en: 'Recorded by' },
      type: 'string',
      editableBy: [],
      maxLength: 40,
      width: 100,
    },
  ],
});
