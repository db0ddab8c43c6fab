import { describe, expect, it } from 'vitest';
import { PendingStore } from './pending-store.js';

const base = (original: unknown) => ({ id: 7, version: 3, original });

describe('PendingStore', () => {
  it('keys edits by row id and forgets a cell edited back to its original', () => {
    const s = new PendingStore();
    s.setCell('7', 'result', '已维修', base(null));
    expect(s.isDirty('7', 'result')).toBe(true);
    expect(s.changedRows()).toMatchObject([{ id: 7, version: 3, values: { result: '已维修' } }]);
    s.setCell('7', 'result', '');
    expect(s.dirtyCount()).toBe(0);
    expect(s.changedRows()).toEqual([]);
  });

  it('undoes and redoes a paste as one step, new rows included', () => {
    const s = new PendingStore();
    s.setCell('7', 'remark', 'a', base('x'));
    s.begin();
    s.setCell('7', 'remark', 'b');
    const r = s.createRow({ remark: 'c' });
    s.commit();
    expect(s.newRows()).toHaveLength(1);
    expect(s.undo()).toBe(true);
    expect(s.rows.get('7')!.values.remark).toBe('a');
    expect(s.newRows()).toHaveLength(0);
    expect(s.redo()).toBe(true);
    expect(s.rows.get('7')!.values.remark).toBe('b');
    expect(s.rows.get(r)!.values.remark).toBe('c');
    s.undo();
    s.undo();
    expect(s.dirtyCount()).toBe(0);
    s.redo();
    expect(s.rows.get('7')!.values.remark).toBe('a');
  });

  it('survives a reload through its snapshot', () => {
    const s = new PendingStore();
    s.setCell('7', 'remark', 'a', base('x'));
    const n = s.createRow({ description: '新' });
    const copy = new PendingStore();
    copy.load(JSON.parse(JSON.stringify(s.snapshot())));
    expect(copy.dirtyCount()).toBe(2);
    expect(copy.newRows()[0].rowId).toBe(n);
    expect(copy.changedRows()[0]).toMatchObject({ id: 7, version: 3 });
  });

  it('resolves a conflict by keeping mine on their version, or by taking theirs', () => {
    const s = new PendingStore();
    s.setCell('7', 'remark', 'mine', base('old'));
    s.conflicts.set('7', { fields: ['remark'], theirs: { remark: 'theirs' }, theirVersion: 4 });
    s.keepMine('7');
    expect(s.changedRows()[0]).toMatchObject({ version: 4, values: { remark: 'mine' } });
    s.conflicts.set('7', { fields: ['remark'], theirs: { remark: 'theirs2' }, theirVersion: 5 });
    s.takeTheirs('7');
    expect(s.dirtyCount()).toBe(0);
  });
});

describe('the undo history travels with the pending edits', () => {
  it('survives a snapshot and a load (a reload, or another ledger and back)', () => {
    const a = new PendingStore();
    a.setCell('7', 'remark', '新备注', { id: 7, version: 1, original: '旧' });
    const b = new PendingStore();
    b.load(JSON.parse(JSON.stringify(a.snapshot())));
    expect(b.canUndo()).toBe(true);
    expect(b.undo()).toBe(true);
    expect(b.dirtyCount()).toBe(0);
    expect(b.canRedo()).toBe(true);
  });
});
