import { describe, expect, it } from 'vitest';
import {
  keyYearLater,
  monthBuckets,
  periodProblem,
  periodRange,
  quarterBuckets,
  reportDueDate,
  reportPeriod,
  yearEarlier,
} from './period.rules.js';

describe('reporting periods', () => {
  it('lists every month and quarter the period touches, clipped to it', () => {
    expect(monthBuckets({ from: '2024-01-15', to: '2024-03-10' })).toEqual([
      { key: '2024-01', label: '2024年1月', from: '2024-01-15', to: '2024-01-31' },
      { key: '2024-02', label: '2024年2月', from: '2024-02-01', to: '2024-02-29' },
      { key: '2024-03', label: '2024年3月', from: '2024-03-01', to: '2024-03-10' },
    ]);
    expect(quarterBuckets({ from: '2024-02-01', to: '2024-07-31' }).map((b) => [b.key, b.label, b.from, b.to])).toEqual(
      [
        ['2024-Q1', '2024年第一季度', '2024-02-01', '2024-03-31'],
        ['2024-Q2', '2024年第二季度', '2024-04-01', '2024-06-30'],
        ['2024-Q3', '2024年第三季度', '2024-07-01', '2024-07-31'],
      ],
    );
  });
  it('shifts a period and keys by a year (29 February falls back), writes whole China days as a range', () => {
    expect(yearEarlier({ from: '2024-02-29', to: '2024-03-31' })).toEqual({ from: '2023-02-28', to: '2023-03-31' });
    expect(keyYearLater('2023-Q4')).toBe('2024-Q4');
    expect(periodRange({ from: '2024-03-01', to: '2024-03-31' })).toEqual({
      gte: '2024-03-01T00:00:00.000+08:00',
      lte: '2024-03-31T23:59:59.999+08:00',
    });
  });
  it('refuses a period that ends before it starts or spans more than ten years, naming `to`', () => {
    expect(periodProblem({ from: '2024-03-02', to: '2024-03-01' })?.field).toBe('to');
    expect(periodProblem({ from: '2000-01-01', to: '2024-03-01' })?.code).toBe('PERIOD_TOO_LONG');
    expect(periodProblem({ from: '2024-03-01', to: '2024-03-01' })).toBeNull();
  });
  it('knows each report’s days and due date from the procedures', () => {
    expect(reportPeriod('MONTHLY', 2024, 2)).toEqual({ key: '2024-02', from: '2024-02-01', to: '2024-02-29' });
    expect(reportPeriod('HALF_YEAR', 2024, 2)).toEqual({ key: '2024-H2', from: '2024-07-01', to: '2024-12-31' });
    expect(reportDueDate('MONTHLY', '2024-12-31', 'DEPARTMENT')).toBe('2025-01-05');
    expect(reportDueDate('MONTHLY', '2024-12-31', 'COMPANY')).toBe('2025-01-07');
    // 「每年元月份上旬」: within the first ten days of January
    expect(reportDueDate('ANNUAL', '2025-12-31', 'COMPANY')).toBe('2026-01-10');
    expect(reportDueDate('HALF_YEAR', '2025-06-30', 'COMPANY')).toBe('2025-07-15');
  });
});
