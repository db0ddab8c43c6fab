import { describe, expect, it } from 'vitest';
import { cellWritable } from './cell-writable';

const col = (editable: boolean, createOnly = false, backfill = false) => ({ editable, createOnly, backfill });

describe('cellWritable', () => {
  it('a create-only cell (补录) is typed in new and blank rows, never in saved ones', () => {
    expect(cellWritable(col(true, true), { kind: 'blank', backfill: false })).toBe(true);
    expect(cellWritable(col(true, true), { kind: 'new', backfill: false })).toBe(true);
    expect(cellWritable(col(true, true), { kind: 'server', backfill: true })).toBe(false);
  });
  it('an outcome cell (状态) opens in a new row marked 补录 only', () => {
    expect(cellWritable(col(false, false, true), { kind: 'new', backfill: true })).toBe(true);
    expect(cellWritable(col(false, false, true), { kind: 'new', backfill: false })).toBe(false);
    expect(cellWritable(col(false, false, true), { kind: 'server', backfill: true })).toBe(false);
    expect(cellWritable(col(false, false, true), { kind: 'blank', backfill: false })).toBe(false);
  });
  it('nothing in a voided row or with no row', () => {
    expect(cellWritable(col(true), { kind: 'server', voided: true, backfill: false })).toBe(false);
    expect(cellWritable(col(true), null)).toBe(false);
  });
  it("a countermeasure cell opened to the 对策单位 is typed in its own department's saved rows only", () => {
    const own = { editable: false, createOnly: false, backfill: false, ownDepartment: true };
    expect(cellWritable(own, { kind: 'server', backfill: false, ownDepartment: true })).toBe(true);
    expect(cellWritable(own, { kind: 'server', backfill: false, ownDepartment: false })).toBe(false);
    expect(cellWritable(own, { kind: 'new', backfill: false, ownDepartment: true })).toBe(false);
    expect(cellWritable(own, { kind: 'server', voided: true, backfill: false, ownDepartment: true })).toBe(false);
  });
});
