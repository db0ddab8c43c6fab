/**
 * The XML of a plain worksheet, from rows as a sheet digest holds them (sheet-digest.ts: one JSON
 * array a row, times as 'YYYY-MM-DDTHH:MM:SS'). Pure text functions: the sheet-writing thread
 * (sheet-worker.ts) builds a ledger's sheets with them.
 */

/** Excel's day 0 (1899-12-30) before the Unix epoch, in days. */
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

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

const digitsAt = (s: string, from: number, to: number) => {
  let x = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    x = x * 10 + d;
  }
  return x;
};

/** 'YYYY-MM-DDTHH:MM:SS' (a time as a digest holds it) as an Excel date serial, or undefined for any other text. */
export function excelSerialOf(s: string): number | undefined {
  if (s.length !== 19 || s.charCodeAt(10) !== 84 || s.charCodeAt(4) !== 45 || s.charCodeAt(13) !== 58) return undefined;
  const ms = Date.UTC(
    digitsAt(s, 0, 4),
    digitsAt(s, 5, 7) - 1,
    digitsAt(s, 8, 10),
    digitsAt(s, 11, 13),
    digitsAt(s, 14, 16),
    digitsAt(s, 17, 19),
  );
  return Number.isNaN(ms) ? undefined : ms / DAY_MS + EXCEL_EPOCH_DAYS;
}

/** A row's XML from its digest values: text inline, numbers and booleans as such, a time in a styled column as an Excel date. */
export function rowXml(r: number, values: readonly unknown[], letters: string[], styles: readonly number[]): string {
  let xml = `<row r="${r}">`;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null || v === undefined || v === '') continue;
    const at = (letters[i] ??= columnLetters(i)) + r;
    const s = styles[i] ?? 0;
    if (typeof v === 'number') xml += `<c r="${at}"${s ? ` s="${s}"` : ''}><v>${v}</v></c>`;
    else if (typeof v === 'boolean') xml += `<c r="${at}" t="b"><v>${v ? 1 : 0}</v></c>`;
    else {
      const text = String(v);
      const serial = s ? excelSerialOf(text) : undefined;
      if (serial !== undefined) xml += `<c r="${at}" s="${s}"><v>${serial}</v></c>`;
      else {
        const space = text.trim() === text ? '' : ' xml:space="preserve"';
        xml += `<c r="${at}" t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
      }
    }
  }
  return `${xml}</row>`;
}
