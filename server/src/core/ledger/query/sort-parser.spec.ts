import { describe, expect, it } from 'vitest';
import { mysqlLikeDs, specLedger } from '../schema/spec-fixtures.js';
import { LedgerInputError } from '../schema/ledger-input-error.js';
import { decodeCursor, encodeCursor, keysetCondition, parseSort } from './sort-parser.js';

const ds = mysqlLikeDs;
const ledger = specLedger('sortSpec');

describe('parseSort', () => {
  it('ends with id running the same way as the last key', () => {
    expect(parseSort(ledger, [{ field: 'at', direction: 'DESC' }]).map((k) => `${k.field} ${k.direction}`)).toEqual([
      'at DESC',
      'id DESC',
    ]);
    expect(parseSort(ledger, []).map((k) => `${k.field} ${k.direction}`)).toEqual(['id ASC']);
  });
  it('refuses undeclared and text columns, naming the argument', () => {
    expect(() => parseSort(ledger, [{ field: 'secret', direction: 'ASC' }])).toThrow(LedgerInputError);
    expect(() => parseSort(ledger, [{ field: 'body', direction: 'ASC' }])).toThrow(/body/);
  });
});

describe('keyset condition', () => {
  it('is OR-expanded so MySQL can range-scan, with a leading bound on the first key so both engines seek', () => {
    const keys = parseSort(ledger, [{ field: 'at', direction: 'DESC' }]);
    const c = keysetCondition(ds, keys, [new Date('2026-01-01T00:00:00Z'), 7]);
    expect(c.sql).toBe('t.`at` <= ? AND (t.`at` < ? OR (t.`at` = ? AND t.`id` < ?))');
    expect(c.params).toHaveLength(4);
    const asc = parseSort(ledger, [{ field: 'at', direction: 'ASC' }]);
    expect(keysetCondition(ds, asc, [new Date('2026-01-01T00:00:00Z'), 7]).sql).toBe(
      't.`at` >= ? AND (t.`at` > ? OR (t.`at` = ? AND t.`id` > ?))',
    );
  });
  it('handles NULLs of optional columns: they sort first ascending', () => {
    const keys = parseSort(ledger, [{ field: 'note', direction: 'ASC' }]);
    expect(keysetCondition(ds, keys, [null, 3]).sql).toBe(
      '(t.`note` IS NOT NULL OR (t.`note` IS NULL AND t.`id` > ?))',
    );
    expect(keysetCondition(ds, keys, ['x', 3]).sql).toBe(
      't.`note` >= ? AND (t.`note` > ? OR (t.`note` = ? AND t.`id` > ?))',
    );
    const desc = parseSort(ledger, [{ field: 'note', direction: 'DESC' }]);
    expect(keysetCondition(ds, desc, ['x', 3]).sql).toBe(
      '((t.`note` < ? OR t.`note` IS NULL) OR (t.`note` = ? AND t.`id` < ?))',
    );
  });
  it('round-trips cursors and refuses one made for another order', () => {
    const keys = parseSort(ledger, [{ field: 'at', direction: 'ASC' }]);
    const cursor = encodeCursor(keys, { id: 9, version: 1, at: new Date('2026-03-02T06:30:00Z') });
    expect(decodeCursor(keys, cursor)).toEqual([new Date('2026-03-02T06:30:00Z'), 9]);
    expect(() => decodeCursor(parseSort(ledger, []), cursor)).toThrow(/cursor/);
  });
});

describe('forged cursors', () => {
  const b64 = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');
  const byId = parseSort(ledger, []);
  const byAt = parseSort(ledger, [{ field: 'at', direction: 'DESC' }]);
  const byNote = parseSort(ledger, [{ field: 'note', direction: 'ASC' }]);
  const refused = (keys: typeof byId, cursor: string) => {
    try {
      decodeCursor(keys, cursor);
    } catch (e) {
      return e instanceof LedgerInputError && e.path === 'after' && e.code === 'INVALID_CURSOR';
    }
    return false;
  };
  it('refuses values that do not fit the sort keys’ types, naming `after`', () => {
    expect(refused(byId, 'WyJ4Il0')).toBe(true); // ["x"] for an id
    expect(refused(byId, b64('[1e400]'))).toBe(true); // Infinity
    expect(refused(byId, b64([1.5]))).toBe(true);
    expect(refused(byId, b64([null]))).toBe(true); // id is never NULL
    expect(refused(byId, b64([{ a: 1 }]))).toBe(true);
    expect(refused(byId, b64('['.repeat(3000) + ']'.repeat(3000)))).toBe(true); // nested arrays
    expect(refused(byAt, b64(['2026-13-45T00:00:00.000Z', 5]))).toBe(true);
    expect(refused(byAt, b64(['yesterday', 5]))).toBe(true);
    expect(refused(byAt, b64([null, 5]))).toBe(true); // required column
    expect(refused(byNote, b64([['x'], 5]))).toBe(true);
    expect(refused(byNote, b64(['x', 5, 6]))).toBe(true);
    expect(refused(byId, 'not base64 at all!')).toBe(true);
    expect(refused(byId, 'A'.repeat(10_000))).toBe(true);
    expect(refused(byId, b64('{"0":1}'))).toBe(true);
  });
  it('takes back what it encoded', () => {
    const row = { id: 7, at: new Date('2026-03-02T06:30:00Z'), note: null } as never;
    expect(decodeCursor(byAt, encodeCursor(byAt, row))).toEqual([new Date('2026-03-02T06:30:00Z'), 7]);
    expect(decodeCursor(byNote, encodeCursor(byNote, row))).toEqual([null, 7]);
  });
});
