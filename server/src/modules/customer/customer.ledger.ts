import { matching } from '../../../../common/cell-checks.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import type { EnumDef } from '../../core/ledger/schema/ledger.types.js';
import { ALL_ROLES, PERSONAL_DATA_READERS, Role } from '../user/roles.js';

export const CustomerTier: EnumDef = {
  name: 'CustomerTier',
  description: 'Customer importance, which sets the callback frequency.',
  values: {
    KEY: { zh: '重要客户', en: 'Key (callback every 6 months)' },
    LONG_TERM: { zh: '长期客户', en: 'Long-term (callback yearly)' },
    REGULAR: { zh: '一般客户', en: 'Regular' },
  },
};

/** 客户档案: the customer register every other ledger refers to by code. */
export const customerLedger = defineLedger({
  name: 'customer',
  typeName: 'Customer',
  plural: 'customers',
  table: 'customer',
  label: { zh: '客户', en: 'Customers' },
  nameField: 'name',
  description: 'Customer register; other ledgers refer to a customer by its code.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN, Role.CLERK],
  indexes: [['code'], ['name'], ['tier'], ['region'], ['createdAt'], ['updatedAt']],
  columns: [
    {
      field: 'code',
      label: { zh: '客户编号', en: 'Customer code' },
      type: 'string',
      required: true,
      unique: true,
      maxLength: 32,
      width: 110,
    },
    {
      field: 'name',
      label: { zh: '客户名称', en: 'Customer name' },
      type: 'string',
      required: true,
      maxLength: 100,
      width: 220,
    },
    {
      field: 'tier',
      label: { zh: '客户类别', en: 'Tier' },
      type: 'enum',
      enum: CustomerTier,
      required: true,
      width: 100,
    },
    { field: 'region', label: { zh: '地区', en: 'Region' }, type: 'string', maxLength: 40, width: 90 },
    {
      field: 'contactName',
      label: { zh: '联系人', en: 'Contact' },
      type: 'string',
      maxLength: 40,
      width: 90,
      sensitive: { visibleTo: PERSONAL_DATA_READERS, mask: 'name' },
    },
    {
      field: 'phone',
      label: { zh: '联系电话', en: 'Phone' },
      type: 'string',
      maxLength: 40,
      width: 130,
      sensitive: { visibleTo: PERSONAL_DATA_READERS, mask: 'phone' },
      check: matching(/^[0-9+\-() 转]{5,40}$/, '只能有数字、+、-、括号'),
    },
    {
      field: 'address',
      label: { zh: '地址', en: 'Address' },
      type: 'string',
      maxLength: 200,
      width: 220,
      sortable: false,
    },
    { field: 'remark', label: { zh: '备注', en: 'Remark' }, type: 'text', width: 200 },
  ],
});
