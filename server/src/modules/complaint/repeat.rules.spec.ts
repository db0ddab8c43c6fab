import { describe, expect, it } from 'vitest';
import { repeatFlags } from './repeat.rules.js';

const day = (n: number) => new Date(Date.UTC(2025, 0, 1) + n * 86_400_000);

describe('repeat complaints', () => {
  it('repeat the same customer and unit within 90 days before, not other units, customers or older ones', () => {
    const flags = repeatFlags([
      { id: 1, customerId: 7, serialNo: 'S1', receivedAt: day(0) },
      { id: 2, customerId: 7, serialNo: 'S1', receivedAt: day(90) }, // exactly 90 days: a repeat
      { id: 3, customerId: 7, serialNo: 'S1', receivedAt: day(181) }, // 91 days after the previous one
      { id: 4, customerId: 7, serialNo: 'S2', receivedAt: day(10) },
      { id: 5, customerId: 8, serialNo: 'S1', receivedAt: day(10) },
      { id: 6, customerId: null, serialNo: 'S1', receivedAt: day(11) },
      { id: 7, customerId: 7, serialNo: null, receivedAt: day(12) },
    ]);
    expect([...flags].sort((a, b) => a[0] - b[0]).map(([, f]) => f)).toEqual([
      false,
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
  it('at the same moment the one entered first is the original', () => {
    const flags = repeatFlags([
      { id: 9, customerId: 1, serialNo: 'S', receivedAt: day(0) },
      { id: 4, customerId: 1, serialNo: 'S', receivedAt: day(0) },
    ]);
    expect([flags.get(4), flags.get(9)]).toEqual([false, true]);
  });
});
