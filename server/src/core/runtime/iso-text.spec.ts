import { describe, expect, it } from 'vitest';
import { DateTimeISO } from '../../api/graphql/date-time-scalar.js';
import { isoSecond, isoText } from './iso-text.js';

describe('ISO text of an instant, its hour reused', () => {
  it('is toISOString’s text for instants across hours, days, leap days, years and milliseconds', () => {
    const from = Date.UTC(2023, 11, 31, 22);
    for (let ms = from; ms < from + 3 * 86_400_000; ms += 987_654 + (ms % 7))
      for (const d of [new Date(ms), new Date(ms + 1), new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 999))]) {
        expect(isoText(d)).toBe(d.toISOString());
        expect(isoSecond(d)).toBe(d.toISOString().slice(0, 19));
      }
    for (const d of [
      new Date(0),
      new Date(-1),
      new Date(Date.UTC(1899, 11, 30)),
      new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)),
    ])
      expect(isoText(d)).toBe(d.toISOString());
    const far = new Date(Date.UTC(10000, 0, 1)); // toISOString's own six-digit year
    expect(isoText(far)).toBe(far.toISOString());
  });

  it('answers a page’s time fields as graphql-scalars did, and refuses what it refused', () => {
    const d = new Date('2026-12-07T08:05:03.042Z');
    expect(DateTimeISO.serialize(d)).toBe('2026-12-07T08:05:03.042Z');
    expect(DateTimeISO.serialize('2026-12-07T16:05:03+08:00')).toBe('2026-12-07T08:05:03.000Z');
    expect(() => DateTimeISO.serialize(new Date(Number.NaN))).toThrow();
    expect(() => DateTimeISO.serialize({})).toThrow();
    expect(DateTimeISO.name).toBe('DateTimeISO');
  });
});
