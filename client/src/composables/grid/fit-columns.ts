import type { GridApi } from 'ag-grid-community';
import { fittedWidths, type FitColumn } from '../../grid/fit-widths';
import type { GridContext, GridRow } from './grid-context';

/** How wide a text is in an element's font (a canvas measures without laying anything out). */
function measurer(el: Element | null): (text: string) => number {
  const g = document.createElement('canvas').getContext('2d');
  if (!g || !el) return () => 0;
  const f = getComputedStyle(el); // its `font` shorthand reads '' in Chromium when a line height is set
  g.font = `${f.fontStyle} ${f.fontWeight} ${f.fontSize} ${f.fontFamily}`;
  return (text) => g.measureText(text).width;
}

/**
 * Once the first rows are drawn: every header on one line, and every code, serial number, name or
 * choice among them whole (see fittedWidths). Once an opening: a width the clerk then sets, or a saved
 * view's, stays.
 */
export function fitColumns(ctx: GridContext, api: GridApi<GridRow>, container: HTMLElement): void {
  const cellText = measurer(container.querySelector('.ag-cell'));
  const headerText = measurer(container.querySelector('.ag-header-cell-text'));
  const columns: FitColumn[] = [];
  for (const m of ctx.columns.value) {
    const c = api.getColumn(m.field);
    if (!c || !c.isVisible()) continue;
    columns.push({
      colId: m.field,
      width: c.getActualWidth(),
      header: c.getColDef().headerName ?? m.field,
      wholeCells: m.type !== 'text',
    });
  }
  const texts = (colId: string) => {
    const out: string[] = [];
    api.forEachNode((node) => {
      if (node.data?.__kind === 'server')
        out.push(String(api.getCellValue({ rowNode: node, colKey: colId, useFormatter: true }) ?? ''));
    });
    return out;
  };
  const widths = fittedWidths(columns, texts, (t, header) => (header ? headerText(t) : cellText(t)));
  if (widths.length) api.setColumnWidths(widths);
}
