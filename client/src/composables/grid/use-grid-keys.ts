import type { CellClickedEvent, CellFocusedEvent, CellKeyDownEvent } from 'ag-grid-community';
import type { GridContext, GridRow } from './grid-context';
import { addRow, jump, nextError } from './grid-navigation';
import type { useClipboard } from './use-clipboard';
import type { PendingEdits } from './use-pending-edits';

/**
 * Composition events that reach the grid outside an editor (the IME composed against the selected
 * cell): the cell's editor opens and takes the composed text, as Excel and WPS do.
 */
function attachComposition(ctx: GridContext, el: HTMLElement): () => void {
  const outsideEditor = (e: Event) =>
    !(
      e.target instanceof HTMLInputElement ||
      e.target instanceof HTMLTextAreaElement ||
      e.target instanceof HTMLSelectElement
    );
  const open = (): boolean => {
    const a = ctx.api.value;
    const cell = a?.getFocusedCell();
    if (!a || !cell) return false;
    if (!a.getEditingCells().length)
      a.startEditingCell({ rowIndex: cell.rowIndex, colKey: cell.column.getColId(), key: 'Backspace' });
    return a.getEditingCells().length > 0;
  };
  const onStart = (e: CompositionEvent) => {
    if (outsideEditor(e)) open();
  };
  // the keydown an IME sends (拼音 being typed) opens the editor at once, empty, so the composition lands in it
  const onKey = (e: KeyboardEvent) => {
    if ((e.key === 'Process' || e.keyCode === 229) && outsideEditor(e)) open();
  };
  // the editor renders on the next frame at the latest
  const put = (text: string, tries = 0): void => {
    const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(
      '.ag-cell-inline-editing input, .ag-cell-inline-editing textarea',
    );
    if (!input) {
      if (tries < 10) requestAnimationFrame(() => put(text, tries + 1));
      return;
    }
    input.focus();
    input.value += text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const onEnd = (e: CompositionEvent) => {
    if (outsideEditor(e) && e.data && open()) put(e.data);
  };
  el.addEventListener('keydown', onKey, true);
  el.addEventListener('compositionstart', onStart, true);
  el.addEventListener('compositionend', onEnd, true);
  return () => {
    el.removeEventListener('keydown', onKey, true);
    el.removeEventListener('compositionstart', onStart, true);
    el.removeEventListener('compositionend', onEnd, true);
  };
}

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
    ctx.range.value =
      ev?.shiftKey && ctx.range.value ? { start: ctx.range.value.start, end: pos } : { start: pos, end: pos };
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
    const editing = !!ctx.api.value?.getEditingCells().length;
    if (mod && (ev.key === 'Home' || ev.key === 'End')) run(() => jump(ctx, ev.key === 'End'));
    else if (!editing && ((mod && ev.key === 'Enter') || ev.key === 'Insert')) run(() => addRow(ctx));
    else if (!editing && mod && ev.key === 'Delete' && e.data?.__kind === 'new')
      run(() => edits.discardRow(e.data!.__rowId));
    else if (!editing && ev.altKey && ev.key === 'ArrowDown')
      run(() => ctx.api.value?.startEditingCell({ rowIndex: e.rowIndex!, colKey: e.column.getColId() }));
    else if (mod && key === 'd') run(clipboard.fillDown);
    else if (mod && key === 'z' && !ev.shiftKey) run(edits.undo);
    else if (mod && (key === 'y' || (key === 'z' && ev.shiftKey))) run(edits.redo);
    else if (ev.shiftKey && ev.key.startsWith('Arrow')) extendRange(ev.key, e);
    else if (!ev.shiftKey && ev.key.startsWith('Arrow')) ctx.range.value = null;
    else if (
      (ev.key === 'Delete' || ev.key === 'Backspace') &&
      ctx.range.value &&
      !ctx.api.value?.getEditingCells().length
    )
      clipboard.clearRange();
  }

  return {
    onCellFocused,
    onCellClicked,
    onCellKeyDown,
    addRow: () => addRow(ctx),
    nextError: (back = false) => nextError(ctx, back),
    attachComposition: (el: HTMLElement) => attachComposition(ctx, el),
  };
}
