import type { LedgerHooks } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerBehaviour } from '../app-module.js';
import { findByField, findByIds } from '../../core/ledger/query/ledger-store.js';
import type { CellError } from '../../core/ledger/schema/ledger.types.js';
import { callbackProblems, normaliseScore, scoreProblem, feedbackDue } from './survey.rules.js';
import { callbackLedger, surveyItemLedger, surveyLedger, surveyScoreLedger } from './survey.ledgers.js';

const callbackHooks: LedgerHooks = {
  validateRow: (row, key) => callbackProblems(row, key),
  beforeWrite: async (ctx, rows) => {
    for (const r of rows.filter((x) => !x.previous)) {
      if (!r.values.callbackBy) r.values.callbackBy = ctx.displayName;
      if (!r.values.kind) r.values.kind = r.values.complaintId ? 'COMPLAINT' : 'SATISFACTION';
      if (!r.values.outcome) r.values.outcome = 'REACHED';
    }
  },
};

const surveyHooks: LedgerHooks = {
  validateRow: (row, key) => {
    const errors: CellError[] = [];
    if (Number(row.maxScore) <= 0)
      errors.push({ row: key, field: 'maxScore', code: 'INVALID', message: '满分应大于 0' });
    else if (Number(row.rawScore) < 0 || Number(row.rawScore) > Number(row.maxScore))
      errors.push({
        row: key,
        field: 'rawScore',
        code: 'INVALID',
        message: `得分应在 0 到 ${String(row.maxScore)} 之间`,
      });
    return errors;
  },
  beforeWrite: async (_ctx, rows) => {
    for (const r of rows) {
      const m = { ...r.previous, ...r.values };
      if ('rawScore' in r.values || 'maxScore' in r.values)
        r.values.score = normaliseScore(Number(m.rawScore), Number(m.maxScore));
      if ('comments' in r.values || 'surveyDate' in r.values)
        r.values.feedbackDue = feedbackDue(m.surveyDate as string, m.comments as string | null);
    }
  },
};

const surveyItemHooks: LedgerHooks = {
  beforeWrite: async (_ctx, rows) => {
    for (const r of rows)
      if (!r.previous && (r.values.active === undefined || r.values.active === null)) r.values.active = true;
  },
};

// an item's score lies between 0 and the item's maximum; a questionnaire scores each item once
const surveyScoreHooks: LedgerHooks = {
  validateBatch: async (ctx, rows) => {
    const items = new Map(
      (
        await findByIds(ctx.em, surveyItemLedger, [
          ...new Set(rows.map((r) => Number(r.row.itemId)).filter((id) => id > 0)),
        ])
      ).map((i) => [i.id, i]),
    );
    const errors: CellError[] = [];
    const existing = await findByField(ctx.em, surveyScoreLedger, 'surveyId', [
      ...new Set(rows.map((r) => Number(r.row.surveyId)).filter((id) => id > 0)),
    ]);
    const mine = new Set(rows.map((r) => Number(r.row.id)).filter((id) => id > 0));
    const seen = new Set(
      existing.filter((e) => !mine.has(e.id)).map((e) => `${String(e.surveyId)}:${String(e.itemId)}`),
    );
    for (const r of rows) {
      const item = items.get(Number(r.row.itemId));
      const problem = item ? scoreProblem(Number(r.row.score), Number(item.maxScore)) : null;
      if (problem) errors.push({ row: r.key, field: 'score', code: 'INVALID', message: problem });
      const pair = `${String(r.row.surveyId)}:${String(r.row.itemId)}`;
      if (seen.has(pair))
        errors.push({ row: r.key, field: 'item', code: 'DUPLICATE', message: '同一份问卷的同一项目只能评分一次' });
      seen.add(pair);
    }
    return errors;
  },
};

/** What the module's ledgers do beyond their declarations; wired by the composition root. */
export const surveyBehaviours: LedgerBehaviour[] = [
  { ledger: callbackLedger, hooks: callbackHooks },
  { ledger: surveyLedger, hooks: surveyHooks },
  { ledger: surveyItemLedger, hooks: surveyItemHooks },
  { ledger: surveyScoreLedger, hooks: surveyScoreHooks },
];
