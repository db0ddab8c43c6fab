import { describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { defineLedger } from './define-ledger.js';
import { parseFilter } from './filter-parser.js';

const ds = { options: { type: 'mysql' }, driver: { escape: (s: string) => `\`${s}\`` } } as unknown as DataSource;
const ledger = defineLedger({
  name: 'filterSpec', typeName: 'FilterSpec', plural: 'filterSpecs', table: 'filter_spec', label: { zh: '测试', en: 'Spec' }, description: 'spec',
  readRoles: ['A'], writeRoles: ['A'],
  columns: [
    { field: 'at', label: { zh: '时间', en: 'At' }, type: 'datetime', required: true },
    { field: 'note', label: { zh: '备注', en: 'Note' }, type: 'string' },
    { field: 'body', label: { zh: '正文', en: 'Body' }, type: 'text' },
  ],
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
