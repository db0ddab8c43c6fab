import { FIELD_SERVICE } from './field-service.enums.js';
import { defineLedger } from '../../core/ledger/schema/define-ledger.js';
import { ALL_ROLES, Role } from '../user/roles.js';

/** 故障知识库: a fault per model or category with its cause and solution, found by symptom words. */
export const faultSolutionLedger = defineLedger({
  name: 'faultSolution',
  typeName: 'FaultSolution',
  plural: 'faultSolutions',
  table: 'fault_solution',
  label: { zh: '故障知识库', en: 'Fault knowledge base' },
  menuGroup: FIELD_SERVICE,
  description: 'Faults and their solutions per model or category, searched by symptom words.',
  readRoles: ALL_ROLES,
  writeRoles: [Role.QUALITY, Role.CLERK, Role.ADMIN],
  indexes: [['appliesTo'], ['createdAt'], ['updatedAt']],
  defaultOrder: [{ field: 'code', direction: 'ASC' }],
  columns: [
    {
      field: 'code',
      dbUnique: true,
      unique: true,
      label: { zh: '故障代码', en: 'Fault code' },
      type: 'string',
      required: true,
      maxLength: 20,
      width: 100,
    },
    {
      field: 'appliesTo',
      label: { zh: '适用机型/类别', en: 'Applies to' },
      type: 'string',
      maxLength: 100,
      width: 140,
    },
    {
      field: 'symptom',
      label: { zh: '故障现象', en: 'Symptom' },
      type: 'text',
      required: true,
      maxLength: 1000,
      width: 240,
    },
    { field: 'cause', label: { zh: '故障原因', en: 'Cause' }, type: 'text', maxLength: 1000, width: 200 },
    {
      field: 'solution',
      label: { zh: '解决方法', en: 'Solution' },
      type: 'text',
      required: true,
      maxLength: 2000,
      width: 260,
    },
  ],
});
