import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import type { EnumDef } from '../../core/ledger/schema/ledger.types.js';
import { ALL_ROLES, Role } from '../user/roles.js';
import { complaintLedger } from './complaint.ledger.js';

export const ContactMethod: EnumDef = {
  name: 'ContactMethod',
  description: 'How the customer was told.',
  values: {
    PHONE: { zh: '电话', en: 'Phone' },
    WRITTEN: { zh: '书面', en: 'In writing' },
    EMAIL: { zh: '邮件', en: 'E-mail' },
    MEETING: { zh: '面谈', en: 'In person' },
    SMS: { zh: '短信', en: 'Text message' },
  },
};

export const ContactKind: EnumDef = {
  name: 'ContactKind',
  description: 'What the customer was told: how the handling goes, that it is delayed and why, or its outcome.',
  values: {
    PROGRESS: { zh: '进展告知', en: 'Progress' },
    DELAY: { zh: '延期告知', en: 'Delay' },
    RESULT: { zh: '结果告知', en: 'Outcome' },
  },
};

/**
 * 联络记录: what the customer of a complaint was told, when, how and by whom
 * (complaint-handling-procedures 第三章 1 「不能当场解答的应告知客户解决的时限」; 3.6 「应以书面告知抱怨客户」).
 */
export const complaintContactLedger = defineLedger({
  name: 'complaintContact',
  typeName: 'ComplaintContact',
  plural: 'complaintContacts',
  table: 'complaint_contact',
  label: { zh: '投诉联络记录', en: 'Complaint contacts' },
  description:
    'Each time the customer of a complaint was told of its progress, a delay (with its reason) or its outcome.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.CLERK, Role.QUALITY, Role.ADMIN],
  indexes: [['complaintId'], ['contactedAt'], ['createdAt'], ['updatedAt']],
  defaultOrder: [{ field: 'contactedAt', direction: 'DESC' }],
  columns: [
    {
      field: 'complaint',
      label: { zh: '投诉编号', en: 'Complaint' },
      type: 'ref',
      ref: { ledger: () => complaintLedger, key: 'complaintNo' },
      required: true,
      width: 150,
    },
    {
      field: 'contactedAt',
      label: { zh: '联络时间', en: 'Contacted at' },
      type: 'datetime',
      required: true,
      width: 150,
    },
    {
      field: 'method',
      maxLength: 20,
      label: { zh: '方式', en: 'Method' },
      type: 'enum',
      enum: ContactMethod,
      required: true,
      width: 80,
    },
    {
      field: 'kind',
      maxLength: 20,
      label: { zh: '内容类别', en: 'Kind' },
      type: 'enum',
      enum: ContactKind,
      required: true,
      width: 100,
    },
    {
      field: 'content',
      label: { zh: '告知内容', en: 'What was said' },
      type: 'text',
      maxLength: 1000,
      required: true,
      width: 260,
    },
    { field: 'contactPerson', label: { zh: '客户联系人', en: 'Told to' }, type: 'string', maxLength: 50, width: 100 },
    {
      field: 'contactedBy',
      label: { zh: '经办人', en: 'By' },
      type: 'string',
      maxLength: 50,
      editableBy: [],
      width: 110,
    },
  ],
});
