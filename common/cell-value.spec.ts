import { describe, expect, it } from 'vitest';
import { coerceCell, parseDateTime, parseLocalDate } from './cell-value.js';
import type { CellColumn as ColumnDef } from './cell-types.js';

const col = (c: Partial<ColumnDef>): ColumnDef => ({
  field: 'f',
  label: { zh: '字段', en: 'Field' },
  type: 'string',
  ...c,
});

describe('coerceCell', () => {
  it('requires required cells and names the column', () => {
    expect(coerceCell(col({ required: true }), '  ')).toEqual({ ok: false, code: 'REQUIRED', message: '「字段」必填' });
    expect(coerceCell(col({}), '')).toEqual({ ok: true, value: null });
  });
  it('limits string length', () => {
    expect(coerceCell(col({ maxLength: 3 }), 'abcd')).toMatchObject({ ok: false, code: 'TOO_LONG' });
    expect(coerceCell(col({ maxLength: 3 }), ' abc ')).toEqual({ ok: true, value: 'abc' });
  });
  it('reads enums by code or by either label', () => {
    const e = col({
      type: 'enum',
      enum: { name: 'T', description: '', values: { KEY: { zh: '重要客户', en: 'Key' } } },
    });
    expect(coerceCell(e, '重要客户')).toEqual({ ok: true, value: 'KEY' });
    expect(coerceCell(e, 'key')).toEqual({ ok: true, value: 'KEY' });
    expect(coerceCell(e, '普通')).toMatchObject({ ok: false, code: 'INVALID_ENUM' });
  });
  it('reads booleans in Chinese', () => {
    expect(coerceCell(col({ type: 'bool' }), '是')).toEqual({ ok: true, value: true });
    expect(coerceCell(col({ type: 'bool' }), '否')).toEqual({ ok: true, value: false });
    expect(coerceCell(col({ type: 'bool' }), 'maybe')).toMatchObject({ ok: false, code: 'INVALID_BOOLEAN' });
  });
  it('reads numbers with thousands separators and rejects words', () => {
    expect(coerceCell(col({ type: 'int' }), '1,200')).toEqual({ ok: true, value: 1200 });
    expect(coerceCell(col({ type: 'int' }), '1.5')).toMatchObject({ ok: false, code: 'INVALID_NUMBER' });
    expect(coerceCell(col({ type: 'decimal' }), '¥1,234.567')).toEqual({ ok: true, value: 1234.57 });
  });
});

describe('dates', () => {
  it('accepts paper-era date forms and rejects impossible days', () => {
    expect(parseLocalDate('2026/3/5')).toBe('2026-03-05');
    expect(parseLocalDate('2026-02-30')).toBeNull();
  });
  it('reads a time without offset as China time', () => {
    expect(parseDateTime('2026-03-02 14:30')!.toISOString()).toBe('2026-03-02T06:30:00.000Z');
    expect(parseDateTime('2026-03-02T14:30:00Z')!.toISOString()).toBe('2026-03-02T14:30:00.000Z');
    expect(parseDateTime('2026-03-02 25:00')).toBeNull();
  });
});

describe('text the database cannot store exactly, lengths and sane dates', () => {
  it('refuses lone surrogates and NUL per cell, in string, text and key cells', () => {
    for (const type of ['string', 'text', 'ref'] as const) {
      expect(coerceCell(col({ type }), '\ud800 x')).toMatchObject({ ok: false, code: 'INVALID_CHARACTER' });
      expect(coerceCell(col({ type }), 'x \udc00')).toMatchObject({ ok: false, code: 'INVALID_CHARACTER' });
      expect(coerceCell(col({ type }), 'a\u0000b')).toMatchObject({ ok: false, code: 'INVALID_CHARACTER' });
    }
    expect(coerceCell(col({}), '😀 𠮷 é')).toEqual({ ok: true, value: '😀 𠮷 é' });
  });
  it('counts characters (code points), not UTF-16 units', () => {
    expect(coerceCell(col({ maxLength: 40 }), '😀'.repeat(40))).toEqual({ ok: true, value: '😀'.repeat(40) });
    expect(coerceCell(col({ maxLength: 40 }), '𠮷'.repeat(41))).toMatchObject({ ok: false, code: 'TOO_LONG' });
  });
  it('refuses business dates before 1900 or after 2100', () => {
    for (const type of ['date', 'datetime'] as const) {
      expect(coerceCell(col({ type }), '0000-01-01')).toMatchObject({ ok: false });
      expect(coerceCell(col({ type }), '1899-12-31')).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
      expect(coerceCell(col({ type }), '2101-01-01')).toMatchObject({ ok: false, code: 'DATE_OUT_OF_RANGE' });
      expect(coerceCell(col({ type }), new Date(0))).toMatchObject({ ok: true });
      expect(coerceCell(col({ type }), '1900-01-01')).toMatchObject({ ok: true });
      expect(coerceCell(col({ type }), '2100-12-31')).toMatchObject({ ok: true });
    }
    expect(coerceCell(col({ type: 'date' }), '1969-12-31')).toEqual({ ok: true, value: '1969-12-31' });
  });
});
