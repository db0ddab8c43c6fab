import { between } from '../../../../common/cell-checks.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { productModelLedger } from '../product/product-model.ledger.js';
import { ALL_ROLES, Role } from '../user/roles.js';
import { inspectionMonthsCheck } from './warranty.rules.js';

export const StartBasis = {
  name: 'WarrantyStartBasis',
  description: 'Which date starts the warranty.',
  values: { INVOICE: { zh: '发票日期', en: 'Invoice date' }, ACCEPTANCE: { zh: '交验日期', en: 'Acceptance date' } },
};

/** 三包/保修政策: one per product model (or contract) — "一品一案". */
export const warrantyPolicyLedger = defineLedger({
  name: 'warrantyPolicy',
  typeName: 'WarrantyPolicy',
  plural: 'warrantyPolicies',
  table: 'warranty_policy',
  label: { zh: '保修政策', en: 'Warranty policies' },
  description: 'Warranty terms per product model: months, start basis, consumer 三包, routine-inspection months.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.ADMIN, Role.QUALITY],
  indexes: [['modelId'], ['modelName'], ['warrantyMonths'], ['startBasis'], ['createdAt'], ['updatedAt']],
  columns: [
    {
      field: 'model',
      label: { zh: '产品型号', en: 'Product model' },
      type: 'ref',
      ref: { ledger: () => productModelLedger, key: 'code' },
      required: true,
      nullable: true,
      width: 100,
      description: 'Required on input; nullable in the database for policies from before the model list.',
    },
    {
      field: 'modelCode',
      dbUnique: true,
      label: { zh: '政策代码', en: 'Policy code' },
      type: 'string',
      required: true,
      unique: true,
      maxLength: 40,
      width: 100,
    },
    {
      field: 'modelName',
      label: { zh: '政策名称', en: 'Policy name' },
      type: 'string',
      required: true,
      maxLength: 100,
      width: 180,
    },
    { field: 'contractNo', label: { zh: '合同号', en: 'Contract no.' }, type: 'string', maxLength: 40, width: 110 },
    {
      field: 'warrantyMonths',
      label: { zh: '保修月数', en: 'Warranty months' },
      type: 'int',
      required: true,
      width: 90,
      check: between(1, 120),
    },
    {
      field: 'startBasis',
      label: { zh: '起算依据', en: 'Starts from' },
      type: 'enum',
      enum: StartBasis,
      required: true,
      width: 100,
    },
    { field: 'consumerSanbao', label: { zh: '适用三包', en: 'Consumer 三包' }, type: 'bool', width: 90 },
    {
      field: 'returnDays',
      label: { zh: '包退天数', en: 'Return days' },
      type: 'int',
      width: 80,
      check: between(0, 60),
    },
    {
      field: 'exchangeDays',
      label: { zh: '包换天数', en: 'Exchange days' },
      type: 'int',
      width: 80,
      check: between(0, 90),
    },
    {
      field: 'inspectionMonths',
      label: { zh: '例行检查月份', en: 'Inspection months' },
      type: 'string',
      maxLength: 60,
      width: 110,
      sortable: false,
      description: 'Months after acceptance, e.g. 1,3,6,12.',
      check: inspectionMonthsCheck,
    },
    { field: 'remark', label: { zh: '备注', en: 'Remark' }, type: 'text', width: 160 },
  ],
});
