import type { ColumnMeta } from '../../generated/graphql';
import { t } from '../../i18n';
import { toApiValue } from '../../grid/cell-io';
import type { GridContext, GridRow } from './grid-context';

/** Unsaved edits live in localStorage (per user, ledger and lines filter) until saved. */
function keepInBrowser(ctx: GridContext): void {
  const { store, options } = ctx;
  const storageKey = () =>
    `sl.pending.${ctx.username}.${ctx.ledger.value.name}${options.fixedFilter ? `.${JSON.stringify(options.fixedFilter)}` : ''}`;
  const restored = localStorage.getItem(storageKey());
  if (restored) {
    store.load(JSON.parse(restored));
    if (store.dirtyCount()) ctx.message.value = t('unsavedRestored', { n: store.dirtyCount() });
  }
  store.onChange(() => {
    localStorage.setItem(storageKey(), JSON.stringify(store.snapshot()));
    ctx.tick.value++;
  });
}

/**
 * Pending edits by row id: kept in localStorage until saved (across a reload or a dropped network),
 * validated with the server's cell rules as they are typed, undoable, shown by redrawing.
 */
export function usePendingEdits(ctx: GridContext) {
  const { store, options } = ctx;
  keepInBrowser(ctx);

  function validateCell(rowId: string, m: ColumnMeta, value: unknown): void {
    const r = toApiValue(m, value);
    if (!r.ok) store.setError(rowId, m.field, r.message);
    else store.errors.get(rowId)?.delete(m.field);
  }

  /** A fresh object every time: the grid writes edits into its row data, which must never reach the loaded originals. */
  function merged(base: GridRow): GridRow {
    return { ...base, ...store.rows.get(base.__rowId)?.values };
  }

  /** Sets one cell; typing into the blank row creates a new row. Answers the row id written. */
  function setCell(row: GridRow, field: string, value: unknown): string {
    const m = ctx.colMeta(field);
    if (!m || !ctx.writable(m, row)) return row.__rowId;
    const v = value === '' ? null : value;
    let rowId = row.__rowId;
    if (row.__kind === 'blank') {
      rowId = store.createRow({ ...options.defaults, [field]: v });
      for (const [f, dv] of Object.entries(options.defaults ?? {}))
        if (ctx.colMeta(f)) validateCell(rowId, ctx.colMeta(f)!, dv);
    } else if (row.__kind === 'new') store.setCell(rowId, field, v);
    else
      store.setCell(rowId, field, v, {
        id: row.__id!,
        version: row.__version!,
        original: ctx.serverCells.get(rowId)?.[field] ?? null,
      });
    validateCell(rowId, m, v);
    return rowId;
  }

  /** Shows the pending edits: a structural change (rows added or removed) reloads the block cache. */
  function redraw(structural: boolean): void {
    const a = ctx.api.value;
    if (!a) return;
    if (structural) {
      a.refreshInfiniteCache();
      return;
    }
    a.forEachNode((node) => {
      if (!node.data) return;
      const d = node.data;
      if (d.__kind === 'server') {
        const base = ctx.serverCells.get(d.__rowId);
        if (base) node.setData(merged(base));
      } else if (d.__kind === 'new') {
        const p = store.rows.get(d.__rowId);
        if (p) node.setData({ __rowId: d.__rowId, __kind: 'new', ...p.values });
      }
    });
    a.refreshCells({ force: true });
  }

  // an open editor (a dropdown) is closed first: undoing a new row under it must not leave it editing a row that is gone
  function undo(): void {
    ctx.api.value?.stopEditing(true);
    if (store.undo()) redraw(true);
  }
  function redo(): void {
    ctx.api.value?.stopEditing(true);
    if (store.redo()) redraw(true);
  }
  function discard(): void {
    store.discardAll();
    redraw(true);
  }
  function discardRow(rowId: string): void {
    store.discardRow(rowId);
    redraw(true);
  }
  function keepMine(rowId: string): void {
    store.keepMine(rowId);
    redraw(false);
  }
  function takeTheirs(rowId: string): void {
    store.takeTheirs(rowId);
    redraw(true);
  }

  return { merged, setCell, redraw, undo, redo, discard, discardRow, keepMine, takeTheirs };
}

export type PendingEdits = ReturnType<typeof usePendingEdits>;
