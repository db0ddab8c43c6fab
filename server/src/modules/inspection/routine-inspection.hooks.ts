import type { LedgerHooks } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerBehaviour } from '../app-module.js';
import { localDate } from '../../core/calendar/working-calendar.js';
import { routineInspectionLedger } from './routine-inspection.ledger.js';

const routineInspectionHooks: LedgerHooks = {
  validateRow: (row, key) => {
    const errors = [];
    if (row.doneAt && !row.result)
      errors.push({ row: key, field: 'result', code: 'REQUIRED', message: '已检查的须填写「检查结果」' });
    if (row.doneAt && row.doneAt > localDate(new Date()))
      errors.push({ row: key, field: 'doneAt', code: 'INVALID', message: '实检日期不能晚于今天' });
    return errors;
  },
};

/** What the module's ledgers do beyond their declarations; wired by the composition root. */
export const inspectionBehaviours: LedgerBehaviour[] = [
  { ledger: routineInspectionLedger, hooks: routineInspectionHooks },
];
