import type { CellClickedEvent, CellFocusedEvent, CellKeyDownEvent } from 'ag-grid-community';
import type { GridContext, GridRow } from './grid-context';
import type { useClipboard } from './use-clipboard';
import type { PendingEdits } from './use-pending-edits';

/** Focus, our own block selection (click, Shift+click, Shift+arrows) and the spreadsheet keys. */
export function useGridKeys(ctx: GridContext, edits: PendingEdits, clipboard: ReturnType<typeof useClipboard>) {
  function onCellFocused(e: CellFocusedEvent<GridRow>): void {
    if (e.rowIndex === null || e.rowIndex === undefined || !e.column || typeof e.column === 'string') return;
    const row = ctx.api.value?.getDisplayedRowAtIndex(e.rowIndex)?.data;
    ctx.focused.value = row ? { row, colId: e.column.getColId() } : null;
  }

  function onCellClicked(e: CellClickedEvent<GridRow>): void {
    const ev = e.event as MouseEvent | null;
    if (e.rowIndex === null) return;
    const pos = { rowIndex: e.rowIndex, colId: e.column.getColId() };
    ctx.range.value = ev?.shiftKey && ctx.range.value ? { start: ctx.range.value.start, end: pos } : { start: pos, end: pos };
    ctx.api.value?.refreshCells({ force: true });
  }

  /** Shift+arrow grows the selected block from its anchor. */
  function extendRange(key: string, e: CellKeyDownEvent<GridRow>): void {
    const order = ctx.columnOrder();
    const start = ctx.range.value?.start ?? { rowIndex: e.rowIndex!, colId: e.column.getColId() };
    const end = ctx.range.value?.end ?? start;
    const ci = order.indexOf(end.colId);
    const next = { ...end };
    if (key === 'ArrowDown') next.rowIndex++;
    if (key === 'ArrowUp') next.rowIndex = Math.max(0, next.rowIndex - 1);
    if (key === 'ArrowRight') next.colId = order[Math.min(order.length - 1, ci + 1)];
    if (key === 'ArrowLeft') next.colId = order[Math.max(1, ci - 1)];
    ctx.range.value = { start, end: next };
    ctx.api.value?.setFocusedCell(next.rowIndex, next.colId);
    ctx.api.value?.refreshCells({ force: true });
  }

  function onCellKeyDown(e: CellKeyDownEvent<GridRow>): void {
    const ev = e.event as KeyboardEvent | null;
    if (!ev || e.rowIndex === null) return;
    const mod = ev.ctrlKey || ev.metaKey;
    const key = ev.key.toLowerCase();
    const run = (fn: () => void) => {
      ev.preventDefault();
      fn();
    };
    if (mod && key === 'd') run(clipboard.fillDown);
    else if (mod && key === 'z' && !ev.shiftKey) run(edits.undo);
    else if (mod && (key === 'y' || (key === 'z' && ev.shiftKey))) run(edits.redo);
    else if (ev.shiftKey && ev.key.startsWith('Arrow')) extendRange(ev.key, e);
    else if (!ev.shiftKey && ev.key.startsWith('Arrow')) ctx.range.value = null;
    else if ((ev.key === 'Delete' || ev.key === 'Backspace') && ctx.range.value && !ctx.api.value?.getEditingCells().length) clipboard.clearRange();
  }

  return { onCellFocused, onCellClicked, onCellKeyDown };
}
