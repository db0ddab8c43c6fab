import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { departmentLedger } from '../admin/admin.ledgers.js';
import { Role, RoleEnum } from './roles.js';

/** 用户: who may sign in, with which role and department. Administrators only; passwords are never a column. */
export const userLedger = defineLedger({
  name: 'user',
  typeName: 'User',
  plural: 'users',
  table: 'app_user',
  label: { zh: '用户', en: 'Users' },
  description:
    'People who sign in. Creating one (or resetPassword) answers a one-time password once; it must be changed at first sign-in.',
  readRoles: [Role.ADMIN],
  writeRoles: [Role.ADMIN],
  gridSelection: 'lastLoginAt mustChangePassword',
  departmentField: 'department',
  columns: [
    {
      field: 'username',
      dbUnique: true,
      label: { zh: '用户名', en: 'Username' },
      type: 'string',
      required: true,
      unique: true,
      maxLength: 40,
      width: 110,
    },
    {
      field: 'displayName',
      label: { zh: '姓名', en: 'Name' },
      type: 'string',
      required: true,
      maxLength: 60,
      width: 130,
    },
    {
      field: 'role',
      label: { zh: '角色', en: 'Role' },
      type: 'enum',
      enum: RoleEnum,
      required: true,
      maxLength: 20,
      width: 120,
    },
    {
      field: 'department',
      label: { zh: '部门', en: 'Department' },
      type: 'ref',
      ref: { ledger: () => departmentLedger, key: 'code' },
      width: 100,
    },
    {
      field: 'deptHead',
      label: { zh: '部门负责人', en: 'Department head' },
      type: 'bool',
      width: 100,
      description: 'Heads their department: approves the handling proposals of complaints it is responsible for.',
    },
    {
      field: 'active',
      label: { zh: '在用', en: 'Active' },
      type: 'bool',
      nullable: false,
      width: 90,
      description: 'Inactive users cannot sign in; deactivating ends their sessions at once.',
    },
  ],
  storageColumns: [
    { name: 'passwordHash', type: 'varchar', length: 200, nullable: false },
    { name: 'failedLogins', type: 'int', nullable: false },
    { name: 'lockedUntil', type: 'datetime', nullable: true },
    { name: 'lastLoginAt', type: 'datetime', nullable: true },
    { name: 'mustChangePassword', type: 'boolean', nullable: false },
  ],
});
