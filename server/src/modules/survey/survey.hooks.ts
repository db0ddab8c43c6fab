import { attachHooks } from '../../core/ledger/define-ledger.js';
import type { CellError } from '../../core/ledger/ledger.types.js';
import { callbackProblems, normaliseScore } from './survey.rules.js';
import { callbackLedger, surveyLedger } from './survey.ledgers.js';

attachHooks(callbackLedger, {
  validateRow: (row, key) => callbackProblems(row, key),
  beforeWrite: async (ctx, rows) => {
    for (const r of rows.filter((x) => !x.previous)) {
      if (!r.values.callbackBy) r.values.callbackBy = ctx.displayName;
      if (!r.values.kind) r.values.kind = r.values.complaintId ? 'COMPLAINT' : 'SATISFACTION';
      if (!r.values.outcome) r.values.outcome = 'REACHED';
    }
  },
});

attachHooks(surveyLedger, {
  validateRow: (row, key) => {
    const errors: CellError[] = [];
    if (Number(row.maxScore) <= 0) errors.push({ row: key, field: 'maxScore', code: 'INVALID', message: '满分应大于 0' });
    else if (Number(row.rawScore) < 0 || Number(row.rawScore) > Number(row.maxScore)) errors.push({ row: key, field: 'rawScore', code: 'INVALID', message: `得分应在 0 到 ${String(row.maxScore)} 之间` });
    return errors;
  },
  beforeWrite: async (_ctx, rows) => {
    for (const r of rows) {
      const m = { ...r.previous, ...r.values };
      if ('rawScore' in r.values || 'maxScore' in r.values) r.values.score = normaliseScore(Number(m.rawScore), Number(m.maxScore));
    }
  },
});
