/** Our own cell-range selection (AG Grid Community has none): an anchor and an end, by row index and column id. */
export interface CellPos {
  rowIndex: number;
  colId: string;
}

export interface Range {
  start: CellPos;
  end: CellPos;
}

export function rangeBounds(r: Range, columnOrder: string[]): { top: number; bottom: number; cols: string[] } {
  const a = columnOrder.indexOf(r.start.colId);
  const b = columnOrder.indexOf(r.end.colId);
  const [lo, hi] = a <= b ? [a, b] : [b, a];
  return {
    top: Math.min(r.start.rowIndex, r.end.rowIndex),
    bottom: Math.max(r.start.rowIndex, r.end.rowIndex),
    cols: columnOrder.slice(lo, hi + 1),
  };
}

export function inRange(r: Range | null, rowIndex: number, colId: string, columnOrder: string[]): boolean {
  if (!r) return false;
  const b = rangeBounds(r, columnOrder);
  return rowIndex >= b.top && rowIndex <= b.bottom && b.cols.includes(colId);
}
