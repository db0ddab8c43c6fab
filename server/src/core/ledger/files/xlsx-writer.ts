import type { Writable } from 'node:stream';
import { createDeflateRaw, crc32 } from 'node:zlib';
import type { SheetCell } from './sheet-digest.js';
import { Utf8Chunks } from './utf8-chunks.js';
import { ZipWriter, type ZipEntry } from './zip-writer.js';

/**
 * A streamed XLSX workbook of plain sheets — text, numbers, dates with a number format, a frozen
 * header, column widths — whose rows are written as sheet XML, deflated by zlib (in its own thread)
 * and handed to a zip writer of our own (zip-writer.ts: Node's native CRC-32, no stream per entry).
 * What a ledger export and its manifest need, and nothing else: exceljs builds a row object, a cell
 * object and a style lookup per cell and renders each through its XML writer, which measured 33 % of
 * an export's CPU (complaints at scale L: 15k rows/s through exceljs). Both exceljs readers (import,
 * verify-export) and LibreOffice read these files; test/spreadsheet-roundtrip.test.ts holds them to it.
 */

/** A column of a sheet: its width and, for dates, the number format its cells show. */
export interface SheetColumn {
  header?: string;
  width?: number;
  numFmt?: string;
}

/** Excel's built-in formats start at 164 for a workbook's own. */
const FIRST_CUSTOM_FORMAT = 164;
/** Excel's day 0 (1899-12-30) before the Unix epoch, in days. */
const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;
/** Bytes of sheet XML gathered before they are deflated. */
const CHUNK = 64 * 1024;

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

// XML cannot carry most control characters at all: they are dropped, as exceljs does
// eslint-disable-next-line no-control-regex
const UNSAFE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const UNSAFE_ALL = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const escapeXml = (s: string) => (UNSAFE.test(s) ? s.replace(UNSAFE_ALL, (c) => ENTITY[c] ?? '') : s);

/** Column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Deflate at its fastest: sheet XML compresses well at any level, and level 6 kept the export waiting on zlib. */
const LEVEL = 1;
/**
 * Sheet XML the writer may run ahead of zlib. Waiting on zlib's own mark (16 KB) made each batch of
 * rows (600 KB of XML) wait for all of it to be deflated before the next was formatted; measured on
 * the complaints at scale L, four exports each way interleaved: 5.40–6.04 s with 2 MB against
 * 6.16–6.40 s (8 MB: no faster).
 */
const AHEAD = 2 * 1024 * 1024;

const NO_COMMIT = { commit: () => {} };

/** One sheet being written: rows go out as XML, deflated, as they are added. */
export class SheetWriter {
  columns: SheetColumn[] = [];
  private readonly xml: Utf8Chunks;
  private readonly deflate = createDeflateRaw({ level: LEVEL });
  private crc = 0;
  private size = 0;
  private rows = 0;
  private open = false;
  private letters: string[] = [];
  private styles: number[] = [];
  /** Resolves once the sheet's last deflated byte is in the zip. */
  readonly written: Promise<void>;

  constructor(
    readonly name: string,
    private readonly entry: ZipEntry,
    private readonly styleOf: (numFmt: string | undefined) => number,
    private readonly frozenHeader: boolean,
  ) {
    this.xml = new Utf8Chunks(CHUNK, (chunk) => {
      this.crc = crc32(chunk, this.crc);
      this.size += chunk.length;
      this.deflate.write(chunk);
    });
    this.deflate.on('data', (bytes: Buffer) => entry.write(bytes));
    this.written = new Promise((resolve, reject) => {
      this.deflate.once('end', () => {
        try {
          entry.end(this.crc, this.size);
          resolve();
        } catch (e) {
          reject(e as Error);
        }
      });
      this.deflate.once('error', reject);
    });
    this.written.catch(() => {}); // answered to whoever awaits the workbook
  }

  /** Adds a row (a header row first, when the columns name one); commit() is there for exceljs's callers. */
  addRow(cells: readonly SheetCell[]): { commit(): void } {
    if (!this.open) this.start();
    const r = ++this.rows;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < cells.length; i++) {
      const v = cells[i];
      if (v === null || v === undefined || v === '') continue;
      const at = (this.letters[i] ??= columnLetters(i)) + r;
      const s = this.styles[i] ?? 0;
      const style = s ? ` s="${s}"` : '';
      if (typeof v === 'number') xml += `<c r="${at}"${style}><v>${v}</v></c>`;
      else if (v instanceof Date) xml += `<c r="${at}"${style}><v>${v.getTime() / DAY_MS + EXCEL_EPOCH_DAYS}</v></c>`;
      else if (typeof v === 'boolean') xml += `<c r="${at}" t="b"><v>${v ? 1 : 0}</v></c>`;
      else {
        const space = v.trim() === v ? '' : ' xml:space="preserve"';
        xml += `<c r="${at}" t="inlineStr"><is><t${space}>${escapeXml(v)}</t></is></c>`;
      }
    }
    this.xml.add(`${xml}</row>`);
    return NO_COMMIT;
  }

  /** Resolves when zlib and the zip have taken what was written (await it now and then: the sheet then never piles up). */
  drained(): Promise<void> | undefined {
    if (this.deflate.writableLength > AHEAD)
      return new Promise((resolve) => this.deflate.once('drain', () => resolve()));
    return this.entry.drained();
  }

  /** Ends the sheet. */
  commit(): void {
    if (!this.open) this.start();
    this.xml.add('</sheetData></worksheet>');
    this.xml.flush();
    this.deflate.end();
  }

  private start(): void {
    this.open = true;
    this.styles = this.columns.map((c) => this.styleOf(c.numFmt));
    const pane = this.frozenHeader
      ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
    const cols = this.columns.length
      ? `<cols>${this.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width ?? 9}" customWidth="1"${this.styles[i] ? ` style="${this.styles[i]}"` : ''}/>`).join('')}</cols>`
      : '';
    this.xml.add(
      `${XML_HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${pane}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`,
    );
    if (this.columns.some((c) => c.header !== undefined)) this.addRow(this.columns.map((c) => c.header ?? null));
  }
}

/** The workbook: sheets in the order added, one zip entry each, then its parts on commit(). */
export class XlsxWriter {
  private readonly zip: ZipWriter;
  private readonly sheets: SheetWriter[] = [];
  private readonly formats: string[] = [];

  constructor(out: Writable) {
    this.zip = new ZipWriter(out);
  }

  addWorksheet(name: string, opts: { views?: Array<{ state?: string; ySplit?: number }> } = {}): SheetWriter {
    const entry = this.zip.entry(`xl/worksheets/sheet${this.sheets.length + 1}.xml`);
    const frozen = opts.views?.some((v) => v.state === 'frozen' && v.ySplit === 1) ?? false;
    const sheet = new SheetWriter(name, entry, (f) => this.styleOf(f), frozen);
    this.sheets.push(sheet);
    return sheet;
  }

  /** Writes the workbook's parts and ends the zip once every sheet is written; resolves when its last byte is out. */
  async commit(): Promise<void> {
    const n = this.sheets.length;
    for (const sheet of this.sheets) await sheet.written;
    const part = (name: string, xml: string) => this.zip.addText(name, XML_HEAD + xml);
    part(
      '[Content_Types].xml',
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${this.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    );
    part(
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    );
    part(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${this.sheets.map((s, i) => `<sheet name="${escapeXml(s.name).replace(/"/g, '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    );
    part(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${this.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    );
    part('xl/styles.xml', this.stylesXml());
    await this.zip.finish();
  }

  /** The style id of cells showing `numFmt` (0: the default). */
  private styleOf(numFmt: string | undefined): number {
    if (!numFmt) return 0;
    let i = this.formats.indexOf(numFmt);
    if (i < 0) i = this.formats.push(numFmt) - 1;
    return i + 1;
  }

  private stylesXml(): string {
    const fmts = this.formats
      .map(
        (f, i) =>
          `<numFmt numFmtId="${FIRST_CUSTOM_FORMAT + i}" formatCode="${escapeXml(f).replace(/"/g, '&quot;')}"/>`,
      )
      .join('');
    const xfs = this.formats
      .map(
        (_, i) =>
          `<xf numFmtId="${FIRST_CUSTOM_FORMAT + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
      )
      .join('');
    return (
      `<styleSheet xmlns="${MAIN}">` +
      (fmts ? `<numFmts count="${this.formats.length}">${fmts}</numFmts>` : '') +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.formats.length + 1}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
