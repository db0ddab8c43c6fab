import { describe, expect, it } from 'vitest';
import { nextCallbackDue, normaliseScore, satisfaction, feedbackDue, feedbackOverdueFilter } from './survey.rules.js';

describe('satisfaction', () => {
  it('normalises scores to 0–100 and averages over questionnaires', () => {
    expect(normaliseScore(45, 50)).toBe(90);
    expect(normaliseScore(4, 5)).toBe(80);
    expect(normaliseScore(2, 3)).toBe(66.67);
    expect(satisfaction([90, 80, 100])).toBe(90);
    expect(satisfaction([])).toBeNull();
  });
  it('plans callbacks by tier', () => {
    expect(nextCallbackDue('KEY', '2026-03-31', '2024-01-01')).toBe('2026-09-30');
    expect(nextCallbackDue('LONG_TERM', '2025-12-10', '2024-01-01')).toBe('2026-12-10');
    expect(nextCallbackDue('KEY', null, '2024-01-01')).toBe('2024-01-01');
    expect(nextCallbackDue('REGULAR', null, '2024-01-01')).toBeNull();
  });
});

describe('answering a survey comment within a month (customer-service-procedure 六)', () => {
  it('is due the matching day of the next month, the month-end where it has none; nothing without a comment', () => {
    expect(feedbackDue('2025-09-28', '交货慢')).toBe('2025-10-28');
    expect(feedbackDue('2026-01-31', '价格偏高')).toBe('2026-02-28');
    expect(feedbackDue('2026-01-31', '  ')).toBeNull();
    expect(feedbackDue('2026-01-31', null)).toBeNull();
  });
  it('is overdue from the day after it is due', () => {
    expect(feedbackOverdueFilter('2025-10-29')).toEqual({
      feedbackDue: { lte: '2025-10-28' },
      feedbackAt: { isNull: true },
    });
  });
});
