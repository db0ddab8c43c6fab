import type { LedgerHooks } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerBehaviour } from '../app-module.js';
import { localDate } from '../../core/calendar/working-calendar.js';
import { unansweredItems } from './inspection.schedule.js';
import { routineInspectionLedger } from './routine-inspection.ledger.js';

const routineInspectionHooks: LedgerHooks = {
  validateRow: (row, key) => {
    const errors = [];
    if (row.doneAt && !row.result)
      errors.push({ row: key, field: 'result', code: 'REQUIRED', message: '已检查的须填写「检查结果」' });
    if (row.doneAt && row.doneAt > localDate(new Date()))
      errors.push({ row: key, field: 'doneAt', code: 'INVALID', message: '实检日期不能晚于今天' });
    const missing = row.doneAt ? unansweredItems(row.checklist, row.findings) : [];
    if (missing.length)
      errors.push({
        row: key,
        field: 'findings',
        code: 'REQUIRED',
        message: `「检查情况」须逐项写明检查项目：${missing.join('、')}`,
      });
    return errors;
  },
  // 一品一案 keeps the first-month inspection of every unit: it may be done, never called off
  voidable: (row) => (Number(row.planMonth) === 1 ? '首月例行检查不能取消（一品一案）' : null),
};

/** What the module's ledgers do beyond their declarations; wired by the composition root. */
export const inspectionBehaviours: LedgerBehaviour[] = [
  { ledger: routineInspectionLedger, hooks: routineInspectionHooks },
];
