import { describe, expect, it } from 'vitest';
import { calendarYearDue } from './my-work.js';

describe("next year's calendar on the administrator's desk", () => {
  it('is asked for from 1 November, China date', () => {
    expect(calendarYearDue('2026-10-31')).toBeNull();
    expect(calendarYearDue('2026-11-01')).toBe(2027);
    expect(calendarYearDue('2026-12-31')).toBe(2027);
    expect(calendarYearDue('2027-01-01')).toBeNull();
  });
});
