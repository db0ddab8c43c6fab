/** The text of a plain worksheet's XML around its rows: its parts, escaping, column letters, its head. */

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const SHEET_TAIL = '</sheetData></worksheet>';

// XML cannot carry most control characters at all: they are dropped, as exceljs does
// eslint-disable-next-line no-control-regex
const UNSAFE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const UNSAFE_ALL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
export const escapeXml = (s: string) => (UNSAFE.test(s) ? s.replace(UNSAFE_ALL, (c) => ENTITY[c] ?? '') : s);

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A sheet's layout: each column's width and style id (0: none; a number format makes it a time column). */
export interface SheetLayout {
  widths: number[];
  styles: number[];
  frozenHeader: boolean;
}

/** The sheet's XML up to its first row. */
export function sheetHead({ widths, styles, frozenHeader }: SheetLayout): string {
  const pane = frozenHeader
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const cols = widths.length
    ? `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"${styles[i] ? ` style="${styles[i]}"` : ''}/>`).join('')}</cols>`
    : '';
  return `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${pane}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`;
}
