import type { QuickFilter } from '../../core/ledger/schema/ledger.types.js';

/** Still owed to the customer: the request has not ended. */
export const OPEN_STATUSES = ['RECEIVED', 'DISPATCHED', 'ON_SITE'];

export const SERVICE_REQUEST_QUICK_FILTERS: readonly QuickFilter[] = [
  {
    key: 'overdue',
    label: { zh: '到场已超时', en: 'Arrival overdue' },
    filter: (now: Date) => ({ status: { in: ['RECEIVED', 'DISPATCHED'] }, arrivalDueAt: { lte: now.toISOString() } }),
    order: [{ field: 'arrivalDueAt', direction: 'ASC' }],
  },
  {
    key: 'open',
    label: { zh: '未完成', en: 'Open' },
    filter: () => ({ status: { in: OPEN_STATUSES } }),
    order: [{ field: 'arrivalDueAt', direction: 'ASC' }],
  },
];
