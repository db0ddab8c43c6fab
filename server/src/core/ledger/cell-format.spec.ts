import { describe, expect, it } from 'vitest';
import { csvField, guardFormula, parseDelimited } from './cell-format.js';

describe('CSV/TSV', () => {
  it('parses quoted multi-line cells, doubled quotes and a BOM', () => {
    expect(parseDelimited('\uFEFFa,"b\nc","d""e"\r\n1,2,3')).toEqual([['a', 'b\nc', 'd"e'], ['1', '2', '3']]);
  });
  it('parses TSV as pasted from Excel', () => {
    expect(parseDelimited('x\ty\n"多\n行"\tz\n', '\t')).toEqual([['x', 'y'], ['多\n行', 'z']]);
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
