import { describe, expect, it } from 'vitest';
import { diffTables, invertSteps, type Snapshot } from './table-diff.js';

const t = (cols: Array<[string, 'int' | 'varchar']>, indexes: string[][] = []): Snapshot[string] => ({
  name: 'x',
  columns: cols.map(([name, type]) => ({ name, type, nullable: true, ...(type === 'varchar' ? { length: 40 } : {}) })),
  indexes: indexes.map((c) => ({ name: `ix_x_${c.join('_')}`, columns: c })),
});

describe('schema steps between two snapshots', () => {
  it('adds, changes and drops columns; drops indexes first and creates them last', () => {
    const before = {
      x: t(
        [
          ['a', 'int'],
          ['b', 'varchar'],
          ['gone', 'int'],
        ],
        [['a'], ['b']],
      ),
    };
    const after = {
      x: {
        ...t(
          [
            ['a', 'int'],
            ['b', 'varchar'],
            ['c', 'int'],
          ],
          [['a'], ['c', 'a']],
        ),
        columns: [
          ...t([['a', 'int']]).columns,
          { name: 'b', type: 'varchar' as const, nullable: true, length: 80 },
          { name: 'c', type: 'int' as const, nullable: true },
        ],
      },
    };
    expect(
      diffTables(before, after).map(
        (s) =>
          `${s.op}:${'column' in s ? s.column.name : 'to' in s ? s.to.name : 'index' in s ? s.index.name : s.table}`,
      ),
    ).toEqual(['dropIndex:ix_x_b', 'changeColumn:b', 'addColumn:c', 'dropColumn:gone', 'createIndex:ix_x_c_a']);
  });
  it('creates and drops whole tables, and inverts every step in reverse order', () => {
    const steps = diffTables({ old: { ...t([['a', 'int']]), name: 'old' } }, { x: t([['a', 'int']]) });
    expect(steps.map((s) => s.op)).toEqual(['createTable', 'dropTable']);
    expect(invertSteps(steps).map((s) => s.op)).toEqual(['createTable', 'dropTable']);
    expect(invertSteps(steps).map((s) => ('table' in s && typeof s.table === 'object' ? s.table.name : ''))).toEqual([
      'old',
      'x',
    ]);
  });
  it('answers nothing when the declarations match', () => {
    expect(diffTables({ x: t([['a', 'int']], [['a']]) }, { x: t([['a', 'int']], [['a']]) })).toEqual([]);
  });
});
