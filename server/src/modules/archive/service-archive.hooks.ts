import { attachHooks } from '../../core/ledger/define-ledger.js';
import { scheduleInspections } from '../inspection/inspection.schedule.js';
import { serviceArchiveLedger } from './service-archive.ledger.js';

attachHooks(serviceArchiveLedger, {
  validateRow: (row, key) =>
    row.acceptanceDate && row.invoiceDate && String(row.acceptanceDate) < String(row.invoiceDate)
      ? [{ row: key, field: 'acceptanceDate', code: 'INVALID', message: '交验日期不能早于发票日期' }]
      : [],
  // acceptance recorded → the routine inspections of the policy are scheduled
  afterWrite: scheduleInspections,
});
