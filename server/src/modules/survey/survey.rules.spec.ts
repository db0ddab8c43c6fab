import { describe, expect, it } from 'vitest';
import { nextCallbackDue, normaliseScore, satisfaction } from './survey.rules.js';

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
