import { parseDelimited, toTsv } from '@common/delimited';
import { lang, t } from '../../i18n';
import { pasteAnchor, pasteColumn, planPaste, type PasteColumn } from '../../grid/paste-plan';
import { displayCell } from '../../grid/cell-io';
import { rangeBounds } from '../../grid/range';
import type { GridContext, GridRow } from './grid-context';
import type { PendingEdits } from './use-pending-edits';

/** The grid's data columns (not the row number or other system columns) as a paste sees them. */
function pasteColumns(ctx: GridContext, colIds: string[]): PasteColumn[] {
  return colIds.flatMap((colId) => {
    const m = ctx.colMeta(colId);
    return m ? [pasteColumn(m)] : [];
  });
}

/**
 * Pastes a TSV block at the focused cell, column for column as the grid shows them (a header row
 * that names the columns maps by label); rows past the end become new rows.
 */
function pasteText(ctx: GridContext, edits: PendingEdits, text: string): void {
  const a = ctx.api.value;
  const cell = a?.getFocusedCell();
  if (!a || !cell) return;
  const order = ctx.columnOrder();
  const fromAnchor = order.slice(Math.max(0, order.indexOf(cell.column.getColId())));
  const plan = planPaste(
    parseDelimited(text.replace(/\r?\n$/, ''), '\t'),
    pasteColumns(ctx, fromAnchor),
    pasteColumns(ctx, order),
  );
  const top = pasteAnchor(
    ctx.focused.value?.row.__rowId,
    cell.rowIndex,
    (i) => a.getDisplayedRowAtIndex(i)?.data?.__rowId,
    (id) => a.getRowNode(id)?.rowIndex,
  );
  let structural = false;
  ctx.store.begin();
  const created: string[] = [];
  const refused = new Set<string>();
  plan.rows.forEach((cells, i) => {
    const node = a.getDisplayedRowAtIndex(top + i);
    let row: GridRow | undefined = node?.data;
    if (!row || row.__kind === 'blank' || row.__voided) {
      const id = created[i] ?? ctx.store.createRow({ ...ctx.options.defaults });
      created[i] = id;
      row = { __rowId: id, __kind: 'new' };
      structural = true;
    }
    // a create-only mark (补录) first: it opens the outcome cells of its row to the rest of the paste
    for (const c of [...cells].sort(
      (x, y) => Number(!!ctx.colMeta(y.colId)?.createOnly) - Number(!!ctx.colMeta(x.colId)?.createOnly),
    )) {
      const m = ctx.colMeta(c.colId);
      if (m && !ctx.writable(m, row)) {
        if (c.value.trim()) refused.add(m.zh);
      } else edits.setCell(row, c.colId, c.value);
    }
  });
  ctx.store.commit();
  edits.redraw(structural);
  const notes = [
    plan.byHeader ? t('pastedByHeader') : '',
    plan.skipped.length || refused.size
      ? t('pasteSkipped', { n: [...new Set([...plan.skipped, ...refused])].join('、') })
      : '',
    plan.unknownHeaders.length ? t('pasteUnknownHeaders', { n: plan.unknownHeaders.join('、') }) : '',
  ].filter(Boolean);
  ctx.message.value = notes.join('；');
}

/** The selected block (or the focused cell) as TSV, cells as displayed. */
function copyText(ctx: GridContext): string {
  const a = ctx.api.value;
  const cell = a?.getFocusedCell();
  if (!a || !cell) return '';
  const at = { rowIndex: cell.rowIndex, colId: cell.column.getColId() };
  const b = rangeBounds(ctx.range.value ?? { start: at, end: at }, ctx.columnOrder());
  const out: string[][] = [];
  for (let i = b.top; i <= b.bottom; i++) {
    const d = a.getDisplayedRowAtIndex(i)?.data;
    out.push(
      b.cols.map((c) => {
        const m = ctx.colMeta(c);
        return m ? displayCell(m, d?.[c], lang.value) : String(d?.[c] ?? '');
      }),
    );
  }
  return toTsv(out);
}

/** Ctrl+D: the top cell of each selected column fills the cells below it (or the cell above fills the focused one). */
function fillDown(ctx: GridContext, edits: PendingEdits): void {
  const a = ctx.api.value;
  const cell = a?.getFocusedCell();
  if (!a || !cell) return;
  const colId = cell.column.getColId();
  const b = rangeBounds(
    ctx.range.value ?? { start: { rowIndex: cell.rowIndex - 1, colId }, end: { rowIndex: cell.rowIndex, colId } },
    ctx.columnOrder(),
  );
  if (b.top < 0) return;
  const source = a.getDisplayedRowAtIndex(b.top)?.data;
  ctx.store.begin();
  let structural = false;
  for (let i = b.top + 1; i <= b.bottom; i++) {
    const row = a.getDisplayedRowAtIndex(i)?.data;
    if (!row) continue;
    if (row.__kind === 'blank') structural = true;
    for (const c of b.cols) edits.setCell(row, c, source?.[c] ?? null);
  }
  ctx.store.commit();
  edits.redraw(structural);
}

/** Delete/Backspace over a selected block clears its cells. */
function clearRange(ctx: GridContext, edits: PendingEdits): void {
  if (!ctx.range.value) return;
  const b = rangeBounds(ctx.range.value, ctx.columnOrder());
  ctx.store.begin();
  for (let i = b.top; i <= b.bottom; i++) {
    const row = ctx.api.value?.getDisplayedRowAtIndex(i)?.data;
    if (row && row.__kind !== 'blank') for (const c of b.cols) edits.setCell(row, c, null);
  }
  ctx.store.commit();
  edits.redraw(false);
}

/** DOM paste/copy listeners on the grid's container; answers the function that removes them. */
function attachClipboard(ctx: GridContext, edits: PendingEdits, el: HTMLElement): () => void {
  const onPaste = (e: ClipboardEvent) => {
    if (ctx.api.value?.getEditingCells().length) return; // let the open editor take it
    const text = e.clipboardData?.getData('text/plain');
    if (!text) return;
    e.preventDefault();
    pasteText(ctx, edits, text);
  };
  const onCopy = (e: ClipboardEvent) => {
    if (ctx.api.value?.getEditingCells().length) return;
    e.clipboardData?.setData('text/plain', copyText(ctx));
    e.preventDefault();
  };
  el.addEventListener('paste', onPaste);
  el.addEventListener('copy', onCopy);
  return () => {
    el.removeEventListener('paste', onPaste);
    el.removeEventListener('copy', onCopy);
  };
}

/**
 * Paste (TSV from Excel/WPS), copy, fill down and clearing a block: AG Grid Community has none of
 * them. Each is one undo step.
 */
export function useClipboard(ctx: GridContext, edits: PendingEdits) {
  return {
    pasteText: (text: string) => pasteText(ctx, edits, text),
    copyText: () => copyText(ctx),
    fillDown: () => fillDown(ctx, edits),
    clearRange: () => clearRange(ctx, edits),
    attachClipboard: (el: HTMLElement) => attachClipboard(ctx, edits, el),
  };
}
