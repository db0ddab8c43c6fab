import { ServiceLevelEnum } from '../field-service/field-service.enums.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { ALL_ROLES, Role } from '../user/roles.js';

/** 产品型号: the one list of models every other ledger refers to by code, and every analysis groups by. */
export const productModelLedger = defineLedger({
  name: 'productModel',
  typeName: 'ProductModel',
  plural: 'productModels',
  table: 'product_model',
  label: { zh: '产品型号', en: 'Product models' },
  nameField: 'name',
  description:
    'Product models: code, name, category and whether still sold; warranty policies, archives, complaints, returns and reworks refer to them.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN, Role.QUALITY],
  indexes: [['category'], ['active'], ['createdAt'], ['updatedAt']],
  columns: [
    {
      field: 'code',
      nullable: false,
      dbUnique: true,
      label: { zh: '型号代码', en: 'Model code' },
      type: 'string',
      required: true,
      unique: true,
      maxLength: 40,
      width: 100,
    },
    {
      field: 'name',
      label: { zh: '型号名称', en: 'Model name' },
      type: 'string',
      required: true,
      maxLength: 100,
      width: 200,
    },
    { field: 'category', label: { zh: '产品类别', en: 'Category' }, type: 'string', maxLength: 40, width: 110 },
    {
      field: 'serviceLevel',
      label: { zh: '服务等级', en: 'Service level' },
      type: 'enum',
      enum: ServiceLevelEnum,
      initial: 'EMERGENCY',
      maxLength: 20,
      width: 100,
      description:
        '一品一案: the service this model gets; a repair request on it runs the promise clocks of this level.',
    },
    {
      field: 'active',
      label: { zh: '在售', en: 'Active' },
      type: 'bool',
      width: 70,
      description: 'Still sold; inactive models stay for the records that name them.',
    },
    {
      field: 'serviceLifeYears',
      label: { zh: '设计使用年限（年）', en: 'Design life (years)' },
      type: 'int',
      width: 110,
      description: 'A unit within a year of it gets an inspection to judge overhaul or buy-back (一品一案).',
    },
    {
      field: 'inspectionChecklist',
      label: { zh: '例行检查项目', en: 'Inspection checklist' },
      type: 'text',
      maxLength: 2000,
      width: 220,
      description: '一品一案: what a routine inspection of this model checks, one item per line (or separated by 、).',
    },
    { field: 'remark', label: { zh: '备注', en: 'Remark' }, type: 'text', width: 200 },
  ],
});
