import type { GridApi, ValueFormatterParams } from 'ag-grid-community';
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

/** A text's width by its characters (a Chinese one a full em, any other 0.62): to measure only the widest few. */
const roughly = (t: string): number => {
  let n = 0;
  for (let i = 0; i < t.length; i++) n += t.charCodeAt(i) >= 0x2e80 ? 1 : 0.62;
  return n;
};

/** A column's widest texts by that rough guess, those worth measuring. */
function widest(texts: readonly string[], keep = 3): string[] {
  return [...new Set(texts)].sort((a, b) => roughly(b) - roughly(a)).slice(0, keep);
}

/**
 * The first rows of an opening, before the grid draws them: every header on one line, and every code,
 * serial number, name or choice among them whole (see fittedWidths), so the rows are drawn once, at
 * their widths. Once an opening: a width the clerk then sets, or a saved view's, stays.
 */
export function fitColumns(ctx: GridContext, api: GridApi<GridRow>, el: HTMLElement, rows: readonly GridRow[]): void {
  const cellText = measurer(el.querySelector('.ag-root-wrapper'));
  const headerText = measurer(el.querySelector('.ag-header-cell-text'));
  const columns: FitColumn[] = [];
  const texts = new Map<string, string[]>();
  for (const m of ctx.columns.value) {
    const c = api.getColumn(m.field);
    if (!c || !c.isVisible()) continue;
    const def = c.getColDef();
    columns.push({
      colId: m.field,
      width: c.getActualWidth(),
      header: def.headerName ?? m.field,
      wholeCells: m.type !== 'text',
    });
    if (m.type === 'text' || typeof def.valueFormatter !== 'function') continue;
    const format = def.valueFormatter;
    const shown = rows.map((data) =>
      String(
        format({ value: data[m.field], data, colDef: def, column: c, api } as ValueFormatterParams<GridRow>) ?? '',
      ),
    );
    texts.set(m.field, widest(shown));
  }
  const widths = fittedWidths(
    columns,
    (id) => texts.get(id) ?? [],
    (t, header) => (header ? headerText(t) : cellText(t)),
  );
  if (widths.length) api.setColumnWidths(widths);
}
