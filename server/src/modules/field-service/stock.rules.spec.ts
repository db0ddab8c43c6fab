import { describe, expect, it } from 'vitest';
import { movementProblems, sidesOf } from './stock.rules.js';

const m = (kind: string, over: Record<string, number | null> = {}) => ({
  kind,
  qty: 2,
  fromLocationId: null,
  toLocationId: null,
  countedQty: null,
  visitId: null,
  ...over,
});

describe('spare-part movements', () => {
  it('moves a faulty part onto quality’s shelf only, and only with the visit it came out of', () => {
    expect(sidesOf(m('RETURN_FAULTY', { toLocationId: 9, fromLocationId: 3 }))).toEqual([{ locationId: 9, delta: 2 }]);
    expect(movementProblems(m('RETURN_FAULTY', { toLocationId: 9 }))).toEqual([
      { field: 'visit', code: 'REQUIRED', message: '旧件须注明换下它的「服务报告」' },
    ]);
    expect(movementProblems(m('RETURN_FAULTY', { toLocationId: 9, visitId: 4 }))).toEqual([]);
  });

  it('takes scrap from where it lies, and asks where', () => {
    expect(sidesOf(m('SCRAP', { fromLocationId: 9 }))).toEqual([{ locationId: 9, delta: -2 }]);
    expect(movementProblems(m('SCRAP')).map((p) => p.field)).toEqual(['fromLocation']);
  });

  it('issues from one location to another, never to itself', () => {
    expect(sidesOf(m('ISSUE', { fromLocationId: 1, toLocationId: 2 }))).toEqual([
      { locationId: 1, delta: -2 },
      { locationId: 2, delta: 2 },
    ]);
    expect(movementProblems(m('ISSUE', { fromLocationId: 1, toLocationId: 1 })).map((p) => p.code)).toEqual([
      'INVALID',
    ]);
  });
});
