import type { ColumnSpec, IndexSpec, TableSpec } from './table-spec.js';

/** One schema change, as data: what a generated migration replays with the Table API. */
export type SchemaStep =
  | { op: 'createTable'; table: TableSpec }
  | { op: 'dropTable'; table: TableSpec }
  | { op: 'addColumn'; table: string; column: ColumnSpec }
  | { op: 'dropColumn'; table: string; column: ColumnSpec }
  | { op: 'changeColumn'; table: string; from: ColumnSpec; to: ColumnSpec }
  | { op: 'createIndex'; table: string; index: IndexSpec }
  | { op: 'dropIndex'; table: string; index: IndexSpec };

export type Snapshot = Record<string, TableSpec>;

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The steps that turn the `from` tables into the `to` tables (indexes dropped before columns change, created after). */
export function diffTables(from: Snapshot, to: Snapshot): SchemaStep[] {
  const steps: SchemaStep[] = [];
  const late: SchemaStep[] = [];
  for (const [name, t] of Object.entries(to)) {
    const old = from[name];
    if (!old) {
      steps.push({ op: 'createTable', table: t });
      continue;
    }
    const oldIdx = new Map(old.indexes.map((i) => [i.name, i]));
    const newIdx = new Map(t.indexes.map((i) => [i.name, i]));
    for (const i of old.indexes)
      if (!same(newIdx.get(i.name), i)) steps.push({ op: 'dropIndex', table: name, index: i });
    const oldCols = new Map(old.columns.map((c) => [c.name, c]));
    for (const c of t.columns) {
      const before = oldCols.get(c.name);
      if (!before) steps.push({ op: 'addColumn', table: name, column: c });
      else if (!same(before, c)) steps.push({ op: 'changeColumn', table: name, from: before, to: c });
    }
    for (const c of old.columns)
      if (!t.columns.some((x) => x.name === c.name)) steps.push({ op: 'dropColumn', table: name, column: c });
    for (const i of t.indexes)
      if (!same(oldIdx.get(i.name), i)) late.push({ op: 'createIndex', table: name, index: i });
  }
  for (const [name, t] of Object.entries(from)) if (!to[name]) steps.push({ op: 'dropTable', table: t });
  return [...steps, ...late];
}

/** The steps that undo `steps`, in reverse order. */
export function invertSteps(steps: SchemaStep[]): SchemaStep[] {
  return [...steps].reverse().map((s): SchemaStep => {
    switch (s.op) {
      case 'createTable':
        return { op: 'dropTable', table: s.table };
      case 'dropTable':
        return { op: 'createTable', table: s.table };
      case 'addColumn':
        return { op: 'dropColumn', table: s.table, column: s.column };
      case 'dropColumn':
        return { op: 'addColumn', table: s.table, column: s.column };
      case 'changeColumn':
        return { op: 'changeColumn', table: s.table, from: s.to, to: s.from };
      case 'createIndex':
        return { op: 'dropIndex', table: s.table, index: s.index };
      case 'dropIndex':
        return { op: 'createIndex', table: s.table, index: s.index };
    }
  });
}
