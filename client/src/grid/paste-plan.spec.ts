import { describe, expect, it } from 'vitest';
import { pasteAnchor, planPaste, type PasteColumn } from './paste-plan.js';

const col = (colId: string, zh: string, editable = true): PasteColumn => ({ colId, labels: [zh, colId], editable });
const columns = [
  col('complaintNo', '投诉编号', false),
  col('receivedAt', '受理时间'),
  col('channel', '投诉渠道'),
  col('archive', '服务档案', false),
  col('receiver', '受理人'),
  col('dueAt', '处理期限', false),
  col('remark', '备注'),
];

describe('planPaste', () => {
  it('lines a paper row up column for column and skips read-only columns in place', () => {
    const plan = planPaste(
      [['', '2026-11-20 09:15', '热线', 'DA-2024-000001', '张伟', '2026-11-21 09:15', '备']],
      columns,
      columns,
    );
    expect(plan.byHeader).toBe(false);
    expect(plan.rows[0]).toEqual([
      { colId: 'receivedAt', value: '2026-11-20 09:15' },
      { colId: 'channel', value: '热线' },
      { colId: 'receiver', value: '张伟' },
      { colId: 'remark', value: '备' },
    ]);
    expect(plan.skipped).toEqual(['服务档案', '处理期限']);
  });

  it('starts at the anchor', () => {
    const plan = planPaste([['热线', '', '李娜']], columns.slice(2), columns);
    expect(plan.rows[0]).toEqual([
      { colId: 'channel', value: '热线' },
      { colId: 'receiver', value: '李娜' },
    ]);
    expect(plan.skipped).toEqual([]);
  });

  it('maps by label when the first row is the header, whatever the anchor and order', () => {
    const plan = planPaste(
      [
        ['备注', '受理人', '投诉编号', '不认识'],
        ['a', '王', 'TS-1', 'x'],
        ['b', '李', '', 'y'],
      ],
      columns.slice(5),
      columns,
    );
    expect(plan.byHeader).toBe(true);
    expect(plan.rows).toEqual([
      [
        { colId: 'remark', value: 'a' },
        { colId: 'receiver', value: '王' },
      ],
      [
        { colId: 'remark', value: 'b' },
        { colId: 'receiver', value: '李' },
      ],
    ]);
    expect(plan.skipped).toEqual(['投诉编号']);
    expect(plan.unknownHeaders).toEqual(['不认识']);
  });

  it('does not take a data row for a header because one value happens to be a label', () => {
    const plan = planPaste([['2026-11-20', '备注', 'x', 'y']], columns.slice(1), columns);
    expect(plan.byHeader).toBe(false);
  });
});

describe('where a paste starts', () => {
  // rows as a reload left them: the saved row moved up, the entry row one further down
  const before = ['r1', 'r2', 'new-1', 'blank'];
  const after = ['r1', 'new-saved', 'r2', 'r3', 'blank'];
  const at = (rows: string[]) => (i: number) => rows[i];
  const indexIn = (rows: string[]) => (id: string) => (rows.includes(id) ? rows.indexOf(id) : null);

  it('is the focused row when it is still where the clerk focused it', () => {
    expect(pasteAnchor('blank', 3, at(before), indexIn(before))).toBe(3);
  });
  it('follows the focused row to where a reload has moved it, not into the row now at its index', () => {
    expect(pasteAnchor('blank', 3, at(after), indexIn(after))).toBe(4);
    expect(pasteAnchor('r2', 1, at(after), indexIn(after))).toBe(2);
  });
  it('stays at the focused index when the focused row is gone or nothing was chosen', () => {
    expect(pasteAnchor('new-1', 2, at(after), indexIn(after))).toBe(2);
    expect(pasteAnchor(undefined, 2, at(after), indexIn(after))).toBe(2);
  });
});
