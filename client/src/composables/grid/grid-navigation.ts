import { whenCounted, type GridContext } from './grid-context';

/** Moving the focus across a ledger grid: to its ends, to the entry row, to the marked cells. */

/** Ctrl+Home: the first row; Ctrl+End: the entry row at the end (its block is fetched, cursors walked to it). */
export function jump(ctx: GridContext, toEnd: boolean): void {
  if (toEnd && ctx.counting) return whenCounted(ctx, () => jump(ctx, toEnd));
  const a = ctx.api.value;
  if (!a) return;
  const firstCol = ctx.columnOrder().find((c) => !!ctx.colMeta(c)) ?? ctx.columnOrder()[0];
  const last =
    ctx.total.value === null
      ? a.getDisplayedRowCount() - 1
      : ctx.total.value + ctx.store.newRows().length + (ctx.ledger.value.creatable ? 1 : 0) - 1;
  const index = toEnd ? Math.max(0, last) : 0;
  // the infinite model knows only the rows loaded so far: tell it where the end is, so it fetches that block
  if (toEnd && a.getDisplayedRowCount() <= index) a.setRowCount(index + 1, false);
  a.ensureIndexVisible(index, toEnd ? 'bottom' : 'top');
  a.setFocusedCell(index, firstCol);
  ctx.range.value = null;
}

/**
 * 下一个错误 (F8) / 上一个 (Shift+F8): the focus goes to the next marked cell in grid order, scrolled
 * into sight; the message says which of how many it is.
 */
export function nextError(ctx: GridContext, back = false): void {
  if (ctx.counting) return whenCounted(ctx, () => nextError(ctx, back));
  const a = ctx.api.value;
  if (!a) return;
  const order = ctx.columnOrder();
  const news = ctx.store.newRows().map((r) => r.rowId);
  const end = ctx.total.value ?? a.getDisplayedRowCount();
  const cells: Array<{ index: number; col: number; colId: string; message: string }> = [];
  for (const [rowId, fields] of ctx.store.errors) {
    const index = news.includes(rowId) ? end + news.indexOf(rowId) : a.getRowNode(rowId)?.rowIndex;
    if (index === null || index === undefined) continue;
    for (const [colId, message] of fields) cells.push({ index, col: order.indexOf(colId), colId, message });
  }
  if (!cells.length) return;
  cells.sort((x, y) => x.index - y.index || x.col - y.col);
  const at = a.getFocusedCell();
  const here = at ? { index: at.rowIndex, col: order.indexOf(at.column.getColId()) } : { index: -1, col: -1 };
  const after = (c: { index: number; col: number }) =>
    c.index > here.index || (c.index === here.index && c.col > here.col);
  const pick = back
    ? ([...cells].reverse().find((c) => !after(c) && (c.index !== here.index || c.col !== here.col)) ??
      cells[cells.length - 1])
    : (cells.find(after) ?? cells[0]);
  a.ensureIndexVisible(pick.index);
  a.ensureColumnVisible(pick.colId);
  a.setFocusedCell(pick.index, pick.colId);
  ctx.message.value = `${cells.indexOf(pick) + 1}/${cells.length}：${ctx.colMeta(pick.colId)?.zh ?? pick.colId} — ${pick.message}`;
}

/** 新增 (Ctrl+Enter, Insert): to the entry row at the end, on its first cell a clerk fills in. */
export function addRow(ctx: GridContext): void {
  if (ctx.counting) return whenCounted(ctx, () => addRow(ctx));
  const a = ctx.api.value;
  if (!a || !ctx.ledger.value.creatable) return;
  jump(ctx, true);
  const first = ctx.columnOrder().find((c) => ctx.colMeta(c)?.editable);
  const cell = a.getFocusedCell();
  if (first && cell) {
    a.ensureColumnVisible(first);
    a.setFocusedCell(cell.rowIndex, first);
  }
}

/**
 * 补录: a new row marked as entered from paper (its outcome cells open), focused on its first cell,
 * once the grid shows it.
 */
export function addBackfillRow(ctx: GridContext, redraw: (structural: boolean) => void): void {
  if (ctx.counting) return whenCounted(ctx, () => addBackfillRow(ctx, redraw));
  const a = ctx.api.value;
  const flag = ctx.ledger.value.backfillFlag;
  if (!a || !flag || !ctx.ledger.value.creatable) return;
  const id = ctx.store.createRow({ ...ctx.options.defaults, [flag]: true });
  redraw(true);
  const index = (ctx.total.value ?? a.getDisplayedRowCount()) + ctx.store.newRows().findIndex((r) => r.rowId === id);
  const first = ctx.columnOrder().find((c) => ctx.colMeta(c)?.editable && !ctx.colMeta(c)?.createOnly);
  // the infinite model knows only the rows loaded so far: tell it the new row is there, so it fetches that block
  if (a.getDisplayedRowCount() <= index + 1) a.setRowCount(index + 2, false);
  a.ensureIndexVisible(index, 'bottom');
  // the row is focused where the reloaded rows put it (found by its id), however long the reload takes
  let tries = 0;
  const focus = () => {
    const at = a.getRowNode(id)?.rowIndex;
    if (at === null || at === undefined) {
      if (tries++ < 300 && ctx.store.rows.has(id)) setTimeout(focus, 50);
      return;
    }
    a.ensureIndexVisible(at, 'bottom');
    if (first) {
      a.ensureColumnVisible(first);
      a.setFocusedCell(at, first);
    }
  };
  focus();
}
