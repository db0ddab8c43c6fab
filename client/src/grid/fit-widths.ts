/** One column as the fitting sees it: its width now, its header's label, and whether its cells are short enough to show whole. */
export interface FitColumn {
  colId: string;
  width: number;
  header: string;
  /** Codes, serial numbers, names and choices: shown whole. Long text (a description) stays cut, with its tooltip. */
  wholeCells: boolean;
}

export interface FitSpace {
  /** A header's room besides its label: the cell's padding, the sort arrow and the filter button. */
  header: number;
  /** A cell's room besides its text: its padding and border. */
  cell: number;
  /** The widest a column is made for its cells (a long name is cut there rather than push the rest off screen). */
  cap: number;
}

/** Measured in Chromium at 1366×768 in the grid's fonts: a header's padding and two 16 px icons, a cell's padding. */
export const FIT_SPACE: FitSpace = { header: 74, cell: 34, cap: 280 };

/**
 * The columns to widen so that every header reads on one line and every code, serial number or name
 * among the loaded cells reads whole ("BP75-2023102…" was a serial number cut short at 1366 px, "产品型/号" a
 * header broken mid-word). Never narrower than declared; `texts` gives a column's loaded cells as shown.
 */
export function fittedWidths(
  columns: readonly FitColumn[],
  texts: (colId: string) => readonly string[],
  measure: (text: string, header: boolean) => number,
  space: FitSpace = FIT_SPACE,
): Array<{ key: string; newWidth: number }> {
  const out: Array<{ key: string; newWidth: number }> = [];
  for (const c of columns) {
    let need = Math.ceil(measure(c.header, true)) + space.header;
    if (c.wholeCells) {
      let widest = 0;
      for (const t of texts(c.colId)) if (t) widest = Math.max(widest, measure(t, false));
      need = Math.max(need, Math.min(Math.ceil(widest) + space.cell, space.cap));
    }
    if (need > c.width) out.push({ key: c.colId, newWidth: need });
  }
  return out;
}
