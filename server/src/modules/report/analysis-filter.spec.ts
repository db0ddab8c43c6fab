import { describe, expect, it } from 'vitest';
import { AnalysisFilterError, mergeFilters, toLedgerFilter } from './analysis-filter.js';
import { addCounts, kpiRow, rate, ZERO_COUNTS } from './kpi.rules.js';

describe('analysis filters as list filters', () => {
  it('writes complaint conditions on complaints and reaches them from reworks through the return order', () => {
    expect(toLedgerFilter('complaint', { models: ['XD12'], customers: ['C1'], causes: ['QUALITY'] })).toEqual({
      model: { code: { in: ['XD12'] } },
      customer: { code: { in: ['C1'] } },
      causeCategory: { in: ['QUALITY'] },
    });
    expect(
      toLedgerFilter('reworkOrder', { customers: ['C1'], serialNo: 'XD', parts: ['P1'], causes: ['QUALITY'] }),
    ).toEqual({
      archive: { customer: { code: { in: ['C1'] } }, serialNo: { contains: 'XD' } },
      lines: { partNo: { in: ['P1'] } },
      returnOrder: { complaint: { causeCategory: { in: ['QUALITY'] } } },
    });
    expect(() => toLedgerFilter('complaint', { parts: ['P1'] })).toThrow(AnalysisFilterError);
  });
  it('merges a group into a filter: both conditions hold, two ranges intersect', () => {
    expect(
      mergeFilters(
        {
          lines: { partNo: { in: ['P1', 'P2'] } },
          createdAt: { gte: '2024-01-15T00:00:00.000+08:00', lte: '2024-12-31T23:59:59.999+08:00' },
        },
        {
          lines: { partNo: { eq: 'P1' } },
          createdAt: { gte: '2024-01-01T00:00:00.000+08:00', lte: '2024-01-31T23:59:59.999+08:00' },
        },
      ),
    ).toEqual({
      lines: { partNo: { in: ['P1', 'P2'], eq: 'P1' } },
      createdAt: { gte: '2024-01-15T00:00:00.000+08:00', lte: '2024-01-31T23:59:59.999+08:00' },
    });
  });
});

describe('KPI rates', () => {
  it('are null, not 0, when there is nothing to divide by, and rounded to four places', () => {
    expect(rate(1, 0)).toBeNull();
    expect(rate(2, 3)).toBe(0.6667);
    const row = kpiRow('2024-01', '2024年1月', { ...ZERO_COUNTS, received: 4, receivedLastYear: 0 }, null, {
      ledger: 'complaint',
      filter: {},
    });
    expect([row.timelinessRate, row.satisfactionRate, row.yoyChange, row.repeatRate]).toEqual([null, null, null, 0]);
    expect(
      kpiRow('k', 'l', { ...ZERO_COUNTS, received: 3, receivedLastYear: 2 }, 2.456, {
        ledger: 'complaint',
        filter: {},
      }),
    ).toMatchObject({ yoyChange: 0.5, medianFirstResponseHours: 2.46 });
    expect(
      addCounts([
        { ...ZERO_COUNTS, received: 1 },
        { ...ZERO_COUNTS, received: 2, closed: 1 },
      ]),
    ).toMatchObject({ received: 3, closed: 1 });
  });
});
