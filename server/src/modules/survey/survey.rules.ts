import { addDays, addMonths } from '../../core/calendar/working-calendar.js';
import type { CellError } from '../../core/ledger/schema/ledger.types.js';

/** A questionnaire's score on the 0–100 scale. */
export function normaliseScore(raw: number, max: number): number {
  return Math.round((raw / max) * 10000) / 100;
}

/** Satisfaction = Σ scores ÷ number of questionnaires (null with none). */
export function satisfaction(scores: number[]): number | null {
  return scores.length ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100 : null;
}

/** Callback frequency by tier: KEY every 6 months, LONG_TERM every 12; REGULAR customers have no plan. */
export const CALLBACK_MONTHS: Record<string, number | undefined> = { KEY: 6, LONG_TERM: 12 };

/** When a customer is next due a callback: the last one + the tier's months; due now when never called. */
export function nextCallbackDue(tier: string, lastCallback: string | null, customerSince: string): string | null {
  const months = CALLBACK_MONTHS[tier];
  if (!months) return null;
  return addMonths(lastCallback ?? customerSince, lastCallback ? months : 0);
}

/** A customer not reached is called again: the retry date is required then, and only then. */
export function callbackProblems(row: Record<string, unknown>, key: string): CellError[] {
  if (row.outcome === 'NOT_REACHED' && !row.retryDate)
    return [{ row: key, field: 'retryDate', code: 'REQUIRED', message: '未联系上的客户须填写再次回访日期' }];
  if (row.outcome !== 'NOT_REACHED' && row.retryDate)
    return [{ row: key, field: 'retryDate', code: 'INVALID', message: '只有未联系上才填写再次回访日期' }];
  return [];
}

/** An item's score lies between 0 and the item's maximum. */
export function scoreProblem(score: number, max: number): string | null {
  return Number.isFinite(score) && score >= 0 && score <= max ? null : `得分应在 0 到 ${max} 之间`;
}

/**
 * When the customer must be told how their comments were dealt with: a month after the survey
 * (customer-service-procedure 六 「应在调查结束后一个月内向客户通报所提的问题的处理改进结果」), the
 * matching day of the next month (31 Jan → 28 Feb). None when the questionnaire carried no comment.
 */
export function feedbackDue(surveyDate: string | null, comments: string | null): string | null {
  return surveyDate && comments?.trim() ? addMonths(surveyDate, 1) : null;
}

/** 反馈已超期: due before today and not given. */
export function feedbackOverdueFilter(today: string): Record<string, Record<string, unknown>> {
  return { feedbackDue: { lte: addDays(today, -1) }, feedbackAt: { isNull: true } };
}
