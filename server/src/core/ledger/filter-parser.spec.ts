import { describe, expect, it } from 'vitest';
import { mysqlLikeDs, specLedger } from './spec-fixtures.js';
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
    expect(() => parseFilter(ds, ledger, { note: { in: Array.from({ length: 501 }, (_, i) => `n${i}`) } })).toThrow(/500/);
    expect(() => parseFilter(ds, ledger, { at: { gte: 'yesterday' } })).toThrow(/filter.at.gte/);
  });
});
