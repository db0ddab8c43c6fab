import { describe, expect, it } from 'vitest';
import { paretoLines } from './pareto.rules.js';

describe('Pareto lines', () => {
  it('sorts by value, adds shares and the cumulative line, and marks items up to the one reaching 80 % as vital', () => {
    const { total, items } = paretoLines([
      { key: 'B', label: 'b', value: 20 },
      { key: 'A', label: 'a', value: 50 },
      { key: 'D', label: 'd', value: 10 },
      { key: 'C', label: 'c', value: 20 },
    ]);
    expect(total).toBe(100);
    expect(items.map((i) => [i.key, i.share, i.cumulativeShare, i.vital])).toEqual([
      ['A', 0.5, 0.5, true],
      ['B', 0.2, 0.7, true],
      ['C', 0.2, 0.9, true], // reaches 80 %: included
      ['D', 0.1, 1, false],
    ]);
  });
  it('marks only the first item when it alone reaches 80 %, and exactly 80 % counts as reached', () => {
    expect(
      paretoLines([
        { key: 'A', label: 'a', value: 8 },
        { key: 'B', label: 'b', value: 2 },
      ]).items.map((i) => i.vital),
    ).toEqual([true, false]);
  });
  it('answers null shares, not 0, when there is nothing to count, and leaves empty groups out', () => {
    expect(paretoLines([])).toEqual({ total: 0, items: [] });
    expect(paretoLines([{ key: 'A', label: 'a', value: 0 }])).toEqual({ total: 0, items: [] });
  });
});
