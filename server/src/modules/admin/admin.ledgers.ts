import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { ALL_ROLES, Role } from '../user/roles.js';

/** 部门: departments users belong to. */
export const departmentLedger = defineLedger({
  name: 'department',
  typeName: 'Department',
  plural: 'departments',
  table: 'department',
  label: { zh: '部门', en: 'Departments' },
  nameField: 'name',
  description: 'Departments of the company.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN],
  columns: [
    {
      field: 'code',
      dbUnique: true,
      label: { zh: '部门编码', en: 'Code' },
      type: 'string',
      required: true,
      unique: true,
      maxLength: 20,
      width: 100,
    },
    {
      field: 'name',
      label: { zh: '部门名称', en: 'Name' },
      type: 'string',
      required: true,
      unique: true,
      maxLength: 60,
      width: 160,
      description: 'What other ledgers refer to a department by (对策单位).',
    },
  ],
});

/** 工作日历: official holidays and make-up working days (调休); weekends need no row. */
export const calendarDayLedger = defineLedger({
  name: 'calendarDay',
  typeName: 'CalendarDay',
  plural: 'calendarDays',
  table: 'calendar_day',
  label: { zh: '工作日历', en: 'Working calendar' },
  description: 'Days that differ from Mon–Fri working: official holidays and make-up working days.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN],
  // in date order, the latest year first: next year's holidays, once entered, are at the top
  defaultOrder: [{ field: 'date', direction: 'DESC' }],
  columns: [
    {
      field: 'date',
      dbUnique: true,
      label: { zh: '日期', en: 'Date' },
      type: 'date',
      required: true,
      unique: true,
      width: 110,
    },
    {
      field: 'kind',
      maxLength: 10,
      label: { zh: '类型', en: 'Kind' },
      type: 'enum',
      required: true,
      width: 110,
      enum: {
        name: 'DayKind',
        description: 'A holiday, or a make-up working day on a weekend.',
        values: { HOLIDAY: { zh: '放假', en: 'Holiday' }, WORKDAY: { zh: '调休上班', en: 'Make-up working day' } },
      },
    },
    { field: 'name', label: { zh: '名称', en: 'Name' }, type: 'string', maxLength: 60, width: 140 },
  ],
});
