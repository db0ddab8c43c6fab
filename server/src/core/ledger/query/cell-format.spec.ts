import { describe, expect, it } from 'vitest';
import { sqliteDateTime } from '../../db/sql-value.js';
import {
  cellFormatters,
  csvCellFormatters,
  csvField,
  formatDateTime,
  formatStoredDateTime,
  guardFormula,
  parseDelimited,
} from './cell-format.js';
import { defineLedger } from '../schema/define-ledger.js';
import { storedColumns } from './ledger-store.js';

describe('CSV/TSV', () => {
  it('parses quoted multi-line cells, doubled quotes and a BOM', () => {
    expect(parseDelimited('\uFEFFa,"b\nc","d""e"\r\n1,2,3')).toEqual([
      ['a', 'b\nc', 'd"e'],
      ['1', '2', '3'],
    ]);
  });
  it('parses TSV as pasted from Excel', () => {
    expect(parseDelimited('x\ty\n"多\n行"\tz\n', '\t')).toEqual([
      ['x', 'y'],
      ['多\n行', 'z'],
    ]);
  });
  it('quotes what needs quoting', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('普通')).toBe('普通');
  });
  it('guards formula injection', () => {
    for (const s of ['=1+1', '+1', '-2', '@SUM(A1)', '\tx', '\rx']) expect(guardFormula(s)).toBe(`'${s}`);
    expect(guardFormula('正常')).toBe('正常');
  });
});

describe('export cells', () => {
  it('writes times in China time, the same as formatting each from scratch', () => {
    const naive = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    for (let i = 0; i < 2000; i++) {
      const d = new Date(Date.UTC(2024, 0, 1) + Math.floor(Math.random() * 3 * 365 * 86_400_000));
      expect(formatDateTime(d)).toBe(naive(d));
    }
    expect(formatDateTime(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00:00');
  });

  it("writes SQLite's text times the same as the Date the other driver gives", () => {
    for (let i = 0; i < 2000; i++) {
      const d = new Date(Date.UTC(2024, 0, 1) + Math.floor(Math.random() * 3 * 365 * 86_400_000));
      expect(formatStoredDateTime(sqliteDateTime(d))).toBe(formatDateTime(d));
      expect(formatStoredDateTime(d)).toBe(formatDateTime(d));
    }
    expect(formatStoredDateTime('2026-12-31 16:00:00.000')).toBe('2027-01-01 00:00:00');
    expect(formatStoredDateTime('2026-02-28 23:59:59.999')).toBe('2026-03-01 07:59:59');
  });

  it('guards and quotes only where a column type can need it, the same text as the general rule', () => {
    const l = defineLedger({
      name: 'csvSpec',
      typeName: 'CsvSpec',
      plural: 'csvSpecs',
      table: 'csv_spec',
      label: { zh: '表', en: 'T' },
      description: '',
      readRoles: [],
      writeRoles: [],
      columns: [
        { field: 'at', label: { zh: '时间', en: 'At' }, type: 'datetime' },
        { field: 'n', label: { zh: '数', en: 'N' }, type: 'decimal' },
        {
          field: 'k',
          label: { zh: '类', en: 'K' },
          type: 'enum',
          enum: {
            name: 'CsvKind',
            description: '',
            values: { A: { zh: '甲,乙', en: 'a' }, B: { zh: '=丙', en: 'b' } },
          },
        },
        { field: 's', label: { zh: '文', en: 'S' }, type: 'text' },
      ],
    });
    const at = storedColumns(l).findIndex((c) => c.field === 'at');
    const row = storedColumns(l).map(() => null as unknown);
    // text is formula-guarded; a number is written as the number it is (Excel reads -12.50 as a number, not a formula)
    const general = cellFormatters(l, 'zh').map(
      (f, j) => (r: unknown[]) => (l.columns[j].type === 'decimal' ? f(r) : csvField(guardFormula(f(r)))),
    );
    const fast = csvCellFormatters(l, 'zh');
    const cases: Array<[string, unknown]> = [
      ['at', new Date('2026-03-02T01:02:03Z')],
      ['n', '-12.50'],
      ['n', '3'],
      ['k', 'A'],
      ['k', 'B'],
      ['k', 'A'],
      ['k', '=Z'], // a value the enum no longer names: shown as stored, guarded
      ['k', null],
      ['s', 'a "b", c'],
      ['s', '@x'],
    ];
    for (const [field, v] of cases) {
      const r = [...row];
      r[storedColumns(l).findIndex((c) => c.field === field)] = v;
      const j = l.columns.findIndex((c) => c.field === field);
      expect(fast[j](r), `${field} ${String(v)}`).toBe(general[j](r));
    }
    expect(at).toBeGreaterThan(-1);
    const negative = [...row];
    negative[storedColumns(l).findIndex((c) => c.field === 'n')] = '-5';
    expect(fast[l.columns.findIndex((c) => c.field === 'n')](negative)).toBe('-5');
  });
});
