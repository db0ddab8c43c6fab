import type { CellValueChangedEvent, GridReadyEvent } from 'ag-grid-community';
import { computed, type Ref } from 'vue';
import { token } from '../api';
import { rangeBounds } from '../grid/range';
import type { LedgerMeta } from '../generated/graphql';
import { createGridContext, type GridOptions, type GridRow } from './grid/grid-context';
import { addBackfillRow } from './grid/grid-navigation';
import { fitColumns } from './grid/fit-columns';
import { useClipboard } from './grid/use-clipboard';
import { useGridColumns } from './grid/use-grid-columns';
import { useGridKeys } from './grid/use-grid-keys';
import { followAddress } from './grid/use-grid-address';
import { useGridSave } from './grid/use-grid-save';
import { useLedgerSource } from './grid/use-ledger-source';
import { usePendingEdits } from './grid/use-pending-edits';

export type { GridOptions, GridRow } from './grid/grid-context';
export type { SaveResultLike } from './grid/use-grid-save';

/**
 * One ledger grid: columns from the declaration, server-side filter/sort with keyset infinite
 * scrolling, pending edits (kept across reloads), paste/copy/fill, undo/redo, one batch save with
 * per-cell errors and conflicts, workflow commands. Each concern is its own composable under grid/.
 */
export function useLedgerGrid(
  ledger: Ref<LedgerMeta>,
  username: string,
  options: GridOptions = {},
  el?: Ref<HTMLElement | null>,
) {
  const ctx = createGridContext(ledger, username, options);
  const edits = usePendingEdits(ctx);
  const source = useLedgerSource(ctx, edits);
  const clipboard = useClipboard(ctx, edits);
  const keys = useGridKeys(ctx, edits, clipboard);
  const saving = useGridSave(ctx, edits);
  const { columnDefs } = useGridColumns(ctx);
  const { store, tick } = ctx;

  function onGridReady(e: GridReadyEvent<GridRow>): void {
    ctx.api.value = e.api;
    // each grid (a new one after the language changes) fits its columns to the first rows it is given
    if (el) ctx.firstRows = (rows) => el.value && fitColumns(ctx, e.api, el.value, rows);
    if (options.followAddress) followAddress(e.api);
    e.api.setGridOption('datasource', source.datasource);
  }

  function onCellValueChanged(e: CellValueChangedEvent<GridRow>): void {
    if (!e.data || e.source === 'api') return;
    const wasBlank = e.data.__kind === 'blank';
    edits.setCell(e.data, e.colDef.field!, e.newValue);
    edits.redraw(wasBlank);
  }

  /** The saved rows of the selected block (or the focused row), top to bottom. */
  function selectedServerRows(): GridRow[] {
    const a = ctx.api.value;
    const cell = a?.getFocusedCell();
    if (!a || !cell) return [];
    const at = { rowIndex: cell.rowIndex, colId: cell.column.getColId() };
    const b = rangeBounds(ctx.range.value ?? { start: at, end: at }, ctx.columnOrder());
    const out: GridRow[] = [];
    for (let i = b.top; i <= b.bottom; i++) {
      const d = a.getDisplayedRowAtIndex(i)?.data;
      if (d?.__kind === 'server') out.push(d);
    }
    return out;
  }

  const status = computed(() => {
    void tick.value;
    return {
      dirty: store.dirtyCount(),
      errors: store.errorCount(),
      conflicts: store.conflicts.size,
      canUndo: store.canUndo(),
      canRedo: store.canRedo(),
    };
  });

  const conflicts = computed(() => {
    void tick.value;
    return [...store.conflicts.entries()].map(([rowId, c]) => ({ rowId, ...c }));
  });

  return {
    api: ctx.api,
    columnDefs,
    total: ctx.total,
    loaded: ctx.loaded,
    message: ctx.message,
    revealed: ctx.revealed,
    focused: ctx.focused,
    status,
    conflicts,
    onGridReady,
    onCellValueChanged,
    ...keys,
    attachClipboard: clipboard.attachClipboard,
    save: saving.save,
    collectInput: saving.collectInput,
    resultFields: saving.resultFields,
    applyResult: saving.applyResult,
    reload: () => ctx.api.value?.refreshInfiniteCache(),
    store,
    discard: edits.discard,
    discardRow: edits.discardRow,
    undo: edits.undo,
    redo: edits.redo,
    fillDown: clipboard.fillDown,
    keepMine: edits.keepMine,
    takeTheirs: edits.takeTheirs,
    addBackfillRow: () => addBackfillRow(ctx, edits.redraw),
    confirming: ctx.confirming,
    runAction: saving.runAction,
    voidRow: saving.voidRow,
    selectedServerRows,
    exportUrl: source.exportUrl,
    token,
    getRowId: (p: { data: GridRow }) => p.data.__rowId,
  };
}
