import { FIELD_SERVICE } from './field-service.enums.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { ALL_ROLES, PERSONAL_DATA_READERS, Role } from '../user/roles.js';

/** Who keeps the technicians: the after-sales office (客服) and the administrator. */
export const DISPATCHERS = [Role.CLERK, Role.ADMIN];

/** 技术人员: the service technicians, their station, region and skills — what 派工 matches a request against. */
export const technicianLedger = defineLedger({
  name: 'technician',
  typeName: 'Technician',
  plural: 'technicians',
  table: 'technician',
  label: { zh: '技术人员', en: 'Technicians' },
  menuGroup: FIELD_SERVICE,
  description:
    'Service technicians: station, region, skills (model codes and product categories), the user they sign in as.',
  readRoles: ALL_ROLES,
  writeRoles: DISPATCHERS,
  indexes: [['region'], ['station'], ['username'], ['createdAt'], ['updatedAt']],
  defaultOrder: [{ field: 'code', direction: 'ASC' }],
  columns: [
    {
      field: 'code',
      dbUnique: true,
      unique: true,
      label: { zh: '工号', en: 'Staff no.' },
      type: 'string',
      required: true,
      maxLength: 20,
      width: 90,
    },
    { field: 'name', label: { zh: '姓名', en: 'Name' }, type: 'string', required: true, maxLength: 40, width: 90 },
    {
      field: 'station',
      label: { zh: '服务站', en: 'Service station' },
      type: 'string',
      required: true,
      maxLength: 40,
      width: 120,
    },
    { field: 'region', label: { zh: '地区', en: 'Region' }, type: 'string', required: true, maxLength: 40, width: 80 },
    {
      field: 'skills',
      label: { zh: '技能（机型/类别）', en: 'Skills (models/categories)' },
      type: 'text',
      maxLength: 500,
      width: 240,
      description:
        'Model codes and product categories, separated by 、 or commas: 派工 matches a request against them.',
    },
    {
      field: 'phone',
      label: { zh: '手机', en: 'Mobile' },
      type: 'string',
      maxLength: 40,
      width: 120,
      sensitive: { visibleTo: PERSONAL_DATA_READERS, mask: 'phone' },
    },
    {
      field: 'username',
      label: { zh: '登录用户名', en: 'Username' },
      type: 'string',
      maxLength: 40,
      width: 110,
      description: 'The user (role 服务技术员) who files this technician’s reports on the phone page.',
    },
    { field: 'active', label: { zh: '在岗', en: 'Active' }, type: 'bool', initial: true, width: 70 },
  ],
});
