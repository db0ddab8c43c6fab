/**
 * Unsaved edits of one ledger grid, keyed by row id (never by index): changed cells of existing
 * rows, new rows, their undo/redo history, per-cell errors and conflicts. Plain TypeScript, so it
 * is unit-tested without a browser; the grid only renders it.
 */
export interface PendingRow {
  rowId: string;
  isNew: boolean;
  /** Record id and the version the clerk edited (existing rows). */
  id?: number;
  version?: number;
  values: Record<string, unknown>;
  /** Values as loaded, for the fields edited (existing rows). */
  originals: Record<string, unknown>;
}

interface CellChange {
  rowId: string;
  field: string;
  before: unknown;
  after: unknown;
  hadBefore: boolean;
}

interface Step {
  changes: CellChange[];
  created: PendingRow[];
}

export interface Conflict {
  fields: string[];
  theirs: Record<string, unknown>;
  theirVersion: number;
}

export interface Snapshot {
  rows: PendingRow[];
  newOrder: string[];
  /** The undo and redo history, so 撤销 survives a reload or a switch to another ledger and back. */
  undo?: Step[];
  redo?: Step[];
}

/** How many steps of history are kept with the pending edits. */
const KEPT_STEPS = 200;

let counter = 0;
export function newRowId(): string {
  counter++;
  return `new-${Date.now().toString(36)}-${counter}`;
}

const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

export class PendingStore {
  rows = new Map<string, PendingRow>();
  newOrder: string[] = [];
  errors = new Map<string, Map<string, string>>();
  conflicts = new Map<string, Conflict>();
  private undoStack: Step[] = [];
  private redoStack: Step[] = [];
  private step: Step | null = null;
  private listeners = new Set<() => void>();

  onChange(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(): void {
    for (const fn of this.listeners) fn();
  }

  /** Groups every change until `commit()` into one undo step (a paste, a fill). */
  begin(): void {
    this.step ??= { changes: [], created: [] };
  }

  commit(): void {
    const s = this.step;
    this.step = null;
    if (s && (s.changes.length || s.created.length)) {
      this.undoStack.push(s);
      this.redoStack = [];
    }
    this.emit();
  }

  /** Appends a new row; answers its id. */
  createRow(values: Record<string, unknown> = {}): string {
    const single = !this.step;
    this.begin();
    const row: PendingRow = { rowId: newRowId(), isNew: true, values: {}, originals: {} };
    this.rows.set(row.rowId, row);
    this.newOrder.push(row.rowId);
    this.step!.created.push(row);
    for (const [f, v] of Object.entries(values)) this.setCell(row.rowId, f, v);
    if (single) this.commit();
    return row.rowId;
  }

  /** Records an edit; `base` describes an existing row the first time it is touched. */
  setCell(
    rowId: string,
    field: string,
    value: unknown,
    base?: { id: number; version: number; original: unknown },
  ): void {
    const single = !this.step;
    this.begin();
    let row = this.rows.get(rowId);
    if (!row) {
      if (!base) throw new Error(`unknown row ${rowId}`);
      row = { rowId, isNew: false, id: base.id, version: base.version, values: {}, originals: {} };
      this.rows.set(rowId, row);
    }
    if (!row.isNew && !(field in row.originals) && base) row.originals[field] = base.original;
    const hadBefore = field in row.values;
    const before = row.values[field];
    if (hadBefore && same(before, value)) {
      if (single) this.commit();
      return;
    }
    this.apply(row, field, value);
    this.step!.changes.push({ rowId, field, before, after: value, hadBefore });
    if (single) this.commit();
  }

  private apply(row: PendingRow, field: string, value: unknown): void {
    if (!row.isNew && same(row.originals[field], value)) delete row.values[field];
    else row.values[field] = value;
    this.errors.get(row.rowId)?.delete(field);
  }

  private restore(c: CellChange, value: unknown, present: boolean): void {
    const row = this.rows.get(c.rowId);
    if (!row) return;
    if (present) this.apply(row, c.field, value);
    else delete row.values[c.field];
  }

  undo(): boolean {
    const s = this.undoStack.pop();
    if (!s) return false;
    for (const c of [...s.changes].reverse()) {
      this.restore(c, c.before, c.hadBefore);
    }
    for (const r of s.created) this.dropNew(r.rowId);
    this.redoStack.push(s);
    this.emit();
    return true;
  }

  redo(): boolean {
    const s = this.redoStack.pop();
    if (!s) return false;
    for (const r of s.created) {
      this.rows.set(r.rowId, { ...r, values: {} });
      this.newOrder.push(r.rowId);
    }
    for (const c of s.changes) {
      const row = this.rows.get(c.rowId);
      if (row) this.apply(row, c.field, c.after);
    }
    this.undoStack.push(s);
    this.emit();
    return true;
  }

  private dropNew(rowId: string): void {
    this.rows.delete(rowId);
    this.newOrder = this.newOrder.filter((x) => x !== rowId);
    this.errors.delete(rowId);
  }

  canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** Existing rows with at least one changed cell. */
  changedRows(): PendingRow[] {
    return [...this.rows.values()].filter((r) => !r.isNew && Object.keys(r.values).length > 0);
  }

  newRows(): PendingRow[] {
    return this.newOrder.map((id) => this.rows.get(id)!).filter(Boolean);
  }

  isDirty(rowId: string, field: string): boolean {
    return field in (this.rows.get(rowId)?.values ?? {});
  }

  /** Number of changed cells (new rows count their filled cells). */
  dirtyCount(): number {
    let n = 0;
    for (const r of this.rows.values()) n += Object.keys(r.values).length;
    return n;
  }

  errorCount(): number {
    let n = 0;
    for (const m of this.errors.values()) n += m.size;
    return n;
  }

  setError(rowId: string, field: string, message: string): void {
    if (!this.errors.has(rowId)) this.errors.set(rowId, new Map());
    this.errors.get(rowId)!.set(field, message);
  }

  clearErrors(): void {
    this.errors.clear();
  }

  /** After a save: forget the saved rows; new rows become server rows. */
  saved(rowIds: string[]): void {
    for (const id of rowIds) {
      this.rows.delete(id);
      this.conflicts.delete(id);
      this.errors.delete(id);
    }
    this.newOrder = this.newOrder.filter((x) => this.rows.has(x));
    this.undoStack = [];
    this.redoStack = [];
    this.emit();
  }

  /** Keep my edits over theirs: the next save is based on their version. */
  keepMine(rowId: string): void {
    const c = this.conflicts.get(rowId);
    const r = this.rows.get(rowId);
    if (c && r) {
      r.version = c.theirVersion;
      for (const f of Object.keys(r.originals)) r.originals[f] = c.theirs[f];
    }
    this.conflicts.delete(rowId);
    this.emit();
  }

  /** Take theirs: drop my edits of that row. */
  takeTheirs(rowId: string): void {
    this.rows.delete(rowId);
    this.conflicts.delete(rowId);
    this.errors.delete(rowId);
    this.emit();
  }

  /** One row's pending edits dropped (a new row removed whole), and with them its steps in the undo history. */
  discardRow(rowId: string): void {
    if (!this.rows.has(rowId)) return;
    if (this.rows.get(rowId)!.isNew) this.dropNew(rowId);
    else this.rows.delete(rowId);
    this.errors.delete(rowId);
    this.conflicts.delete(rowId);
    const without = (steps: Step[]) =>
      steps
        .map((s) => ({
          changes: s.changes.filter((c) => c.rowId !== rowId),
          created: s.created.filter((r) => r.rowId !== rowId),
        }))
        .filter((s) => s.changes.length || s.created.length);
    this.undoStack = without(this.undoStack);
    this.redoStack = without(this.redoStack);
    this.emit();
  }

  discardAll(): void {
    this.rows.clear();
    this.newOrder = [];
    this.errors.clear();
    this.conflicts.clear();
    this.undoStack = [];
    this.redoStack = [];
    this.emit();
  }

  snapshot(): Snapshot {
    return {
      rows: [...this.rows.values()].filter((r) => r.isNew || Object.keys(r.values).length),
      newOrder: [...this.newOrder],
      undo: this.undoStack.slice(-KEPT_STEPS),
      redo: this.redoStack.slice(-KEPT_STEPS),
    };
  }

  load(s: Snapshot): void {
    this.rows = new Map(s.rows.filter((r) => r.isNew || Object.keys(r.values).length).map((r) => [r.rowId, r]));
    this.newOrder = s.newOrder.filter((id) => this.rows.has(id));
    this.undoStack = s.undo ?? [];
    this.redoStack = s.redo ?? [];
    this.emit();
  }
}
