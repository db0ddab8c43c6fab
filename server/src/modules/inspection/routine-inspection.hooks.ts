import { attachHooks } from '../../core/ledger/define-ledger.js';
import { localDate } from '../../core/calendar/working-calendar.js';
import { routineInspectionLedger } from './routine-inspection.ledger.js';

attachHooks(routineInspectionLedger, {
  validateRow: (row, key) => {
    const errors = [];
    if (row.doneAt && !row.result) errors.push({ row: key, field: 'result', code: 'REQUIRED', message: '已检查的须填写「检查结果」' });
    if (row.doneAt && row.doneAt > localDate(new Date())) errors.push({ row: key, field: 'doneAt', code: 'INVALID', message: '实检日期不能晚于今天' });
    return errors;
  },
});
