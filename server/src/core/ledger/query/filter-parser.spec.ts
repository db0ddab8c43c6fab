import { describe, expect, it } from 'vitest';
import { mysqlLikeDs, specLedger } from '../schema/spec-fixtures.js';
import { parseFilter } from './filter-parser.js';

const ds = mysqlLikeDs;
const ledger = specLedger('filterSpec');

describe('parseFilter', () => {
  it('builds conditions for declared columns only, escaping LIKE wildcards', () => {
    const f = parseFilter(ds, ledger, { note: { contains: '50%_off', isNull: false } });
    expect(f.sql).toEqual(["t.`note` LIKE ? ESCAPE '!'", 't.`note` IS NOT NULL']);
    expect(f.params).toEqual(['%50!%!_off%']);
    expect(() => parseFilter(ds, ledger, { nope: { eq: 1 } })).toThrow(/nope/);
    expect(parseFilter(ds, ledger, { note: { in: [] } }).sql).toEqual(['1 = 0']); // an empty set matches nothing
    expect(() => parseFilter(ds, ledger, { note: { in: Array.from({ length: 501 }, (_, i) => `n${i}`) } })).toThrow(
      /500/,
    );
    expect(() => parseFilter(ds, ledger, { at: { gte: 'yesterday' } })).toThrow(/filter.at.gte/);
  });
});

describe('nested filters', () => {
  const parent = specLedger('nestParent');
  const lines = specLedger('nestLine');
  lines.columns.push({
    field: 'order',
    label: { zh: '单', en: 'Order' },
    type: 'ref',
    ref: { ledger: () => parent, key: 'note' },
  });
  parent.lines = { ledger: () => lines, parentField: 'order' };

  it('a ref field holds a filter of the referenced row; `lines` one that some line must match', () => {
    const up = parseFilter(ds, lines, { order: { note: { eq: 'A-1' } } });
    expect(up.sql).toEqual([
      't.`orderId` IN (SELECT tr.`id` FROM `nestParent` tr WHERE tr.`voidedAt` IS NULL AND tr.`note` = ?)',
    ]);
    expect(up.params).toEqual(['A-1']);
    const down = parseFilter(ds, parent, { lines: { note: { in: ['x', 'y'] } }, note: { eq: 'A-1' } });
    expect(down.sql).toEqual([
      'EXISTS (SELECT 1 FROM `nestLine` tl WHERE tl.`orderId` = t.`id` AND tl.`voidedAt` IS NULL AND tl.`note` IN (?, ?))',
      't.`note` = ?',
    ]);
    expect(down.params).toEqual(['x', 'y', 'A-1']);
  });

  it('names the nested field in errors and stops at three levels', () => {
    expect(() => parseFilter(ds, parent, { lines: { nope: { eq: 1 } } })).toThrow(/filter\.lines\.nope/);
    expect(() => parseFilter(ds, parent, { lines: { order: { lines: { order: { note: { eq: 'x' } } } } } })).toThrow(
      /嵌套/,
    );
  });
});
