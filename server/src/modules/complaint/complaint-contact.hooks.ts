import type { CellError, LedgerHooks } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerBehaviour } from '../app-module.js';
import { complaintContactLedger } from './complaint-contact.ledger.js';

const contactHooks: LedgerHooks = {
  validateRow: (row, key) => {
    const errors: CellError[] = [];
    if (row.contactedAt instanceof Date && row.contactedAt.getTime() > Date.now() + 5 * 60_000)
      errors.push({ row: key, field: 'contactedAt', code: 'INVALID', message: '联络时间不能晚于现在' });
    return errors;
  },
  // 经办人: whoever records the contact
  beforeWrite: async (ctx, rows) => {
    for (const r of rows.filter((x) => !x.previous)) r.values.contactedBy = ctx.displayName;
  },
};

export const complaintContactBehaviour: LedgerBehaviour = { ledger: complaintContactLedger, hooks: contactHooks };
