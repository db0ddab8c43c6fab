import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { defineLedger } from './define-ledger.js';
import { LedgerInputError } from './ledger-input-error.js';
import { decodeCursor, encodeCursor, keysetCondition, parseSort } from './sort-parser.js';
import { parseFilter } from './filter-parser.js';

const ds = { options: { type: 'mysql' }, driver: { escape: (s: string) => `\`${s}\`` } } as unknown as DataSource;
const ledger = defineLedger({
  name: 'sortSpec', typeName: 'SortSpec', plural: 'sortSpecs', table: 'sort_spec', label: { zh: '测试', en: 'Spec' }, description: 'spec',
  readRoles: ['A'], writeRoles: ['A'],
  columns: [
    { field: 'at', label: { zh: '时间', en: 'At' }, type: 'datetime', required: true },
    { field: 'note', label: { zh: '备注', en: 'Note' }, type: 'string' },
    { field: 'body', label: { zh: '正文', en: 'Body' }, type: 'text' },
  ],
});

describe('parseSort', () => {
  it('ends with id running the same way as the last key', () => {
    expect(parseSort(ledger, [{ field: 'at', direction: 'DESC' }]).map((k) => `${k.field} ${k.direction}`)).toEqual(['at DESC', 'id DESC']);
    expect(parseSort(ledger, []).map((k) => `${k.field} ${k.direction}`)).toEqual(['id ASC']);
  });
  it('refuses undeclared and text columns, naming the argument', () => {
    expect(() => parseSort(ledger, [{ field: 'secret', direction: 'ASC' }])).toThrow(LedgerInputError);
    expect(() => parseSort(ledger, [{ field: 'body', direction: 'ASC' }])).toThrow(/body/);
  });
});

describe('keyset condition', () => {
  it('is OR-expanded so MySQL can range-scan, and skips IS NULL for required columns', () => {
    const keys = parseSort(ledger, [{ field: 'at', direction: 'DESC' }]);
    const c = keysetCondition(ds, keys, [new Date('2026-01-01T00:00:00Z'), 7]);
    expect(c.sql).toBe('(t.`at` < ? OR (t.`at` = ? AND t.`id` < ?))');
    expect(c.params).toHaveLength(3);
  });
  it('handles NULLs of optional columns: they sort first ascending', () => {
    const keys = parseSort(ledger, [{ field: 'note', direction: 'ASC' }]);
    expect(keysetCondition(ds, keys, [null, 3]).sql).toBe('(t.`note` IS NOT NULL OR (t.`note` IS NULL AND t.`id` > ?))');
    const desc = parseSort(ledger, [{ field: 'note', direction: 'DESC' }]);
    expect(keysetCondition(ds, desc, ['x', 3]).sql).toBe('((t.`note` < ? OR t.`note` IS NULL) OR (t.`note` = ? AND t.`id` < ?))');
  });
  it('round-trips cursors and refuses one made for another order', () => {
    const keys = parseSort(ledger, [{ field: 'at', direction: 'ASC' }]);
    const cursor = encodeCursor(keys, { id: 9, version: 1, at: new Date('2026-03-02T06:30:00Z') });
    expect(decodeCursor(keys, cursor)).toEqual([new Date('2026-03-02T06:30:00Z'), 9]);
    expect(() => decodeCursor(parseSort(ledger, []), cursor)).toThrow(/cursor/);
  });
});

describe('parseFilter', () => {
  it('builds conditions for declared columns only, escaping LIKE wildcards', () => {
    const f = parseFilter(ds, ledger, { note: { contains: '50%_off', isNull: false } });
    expect(f.sql).toEqual(["t.`note` LIKE ? ESCAPE '!'", 't.`note` IS NOT NULL']);
    expect(f.params).toEqual(['%50!%!_off%']);
    expect(() => parseFilter(ds, ledger, { nope: { eq: 1 } })).toThrow(/nope/);
    expect(() => parseFilter(ds, ledger, { note: { in: [] } })).toThrow(/1–500/);
    expect(() => parseFilter(ds, ledger, { at: { gte: 'yesterday' } })).toThrow(/filter.at.gte/);
  });
});
