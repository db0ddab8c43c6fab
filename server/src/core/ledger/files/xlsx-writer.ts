import type { Writable } from 'node:stream';
import { BLOCK_ROWS, blockText, digestLine, SheetDigest, type SheetCell } from './sheet-digest.js';
import { sheetThread } from './sheet-thread.js';
import { escapeXml, MAIN, REL, XML_HEAD } from './sheet-xml.js';
import { ZipWriter, type ZipEntry } from './zip-writer.js';

export { columnLetters } from './sheet-xml.js';

/**
 * A streamed XLSX workbook of plain sheets — text, numbers, dates with a number format, a frozen
 * header, column widths — for a ledger export and its manifest. Each row is taken as its sheet's
 * digest hashes it (one JSON line); the lines go in blocks to the sheet-writing thread, which hashes
 * them, builds the sheet's XML from them and deflates it, and only the deflated bytes come back into
 * the zip (zip-writer.ts). Measured on the complaints at scale L (200k rows, 252 MB of XML): the
 * main thread spent 4.2 s a sheet on XML, its encoding, the digest's hashing and the CRC, which now
 * run beside the reading and formatting of the rows. Both exceljs readers (import, verify-export)
 * and LibreOffice read these files; test/spreadsheet-roundtrip.test.ts holds them to it.
 */

/** A column of a sheet: its width and, for dates, the number format its cells show. */
export interface SheetColumn {
  header?: string;
  width?: number;
  numFmt?: string;
}

/** Excel's built-in formats start at 164 for a workbook's own. */
const FIRST_CUSTOM_FORMAT = 164;
/** Blocks of rows sent to the thread at once (500 rows, a batch of an export). */
const BLOCKS_PER_SEND = 5;
/** Sends the thread may hold before the sheet waits for it: a send being written and one ready. */
const WINDOW = 2;

const NO_COMMIT = { commit: () => {} };

/**
 * One sheet being written: rows are added at once and written on the sheet-writing thread; drained()
 * says when to wait for it, digest() answers the sheet's digest once it is written. A time cell is
 * written to the second.
 */
export class SheetWriter {
  columns: SheetColumn[] = [];
  /** Rows added, the header included. */
  rows = 0;
  private lines: string[] = [];
  private blocks: string[] = [];
  private send: ((m: { op: 'rows'; blocks: string[] } | { op: 'close' }) => void) | null = null;
  private inflight = 0;
  private waiting: Array<{ resolve: () => void; reject: (e: Error) => void }> = [];
  private failure: Error | null = null;
  private readonly written: Promise<SheetDigest>;
  private settle!: { resolve: (d: SheetDigest) => void; reject: (e: Error) => void };

  constructor(
    readonly name: string,
    private readonly entry: ZipEntry,
    private readonly styleOf: (numFmt: string | undefined) => number,
    private readonly frozenHeader: boolean,
  ) {
    this.written = new Promise((resolve, reject) => (this.settle = { resolve, reject }));
    this.written.catch(() => {}); // a failure is answered by drained() and digest(), whichever is awaited
  }

  /** Adds a row (a header row first, when the columns name one); commit() is there for exceljs's callers. */
  addRow(cells: readonly SheetCell[]): { commit(): void } {
    if (!this.send) this.start();
    this.lines.push(digestLine(cells));
    this.rows++;
    if (this.lines.length === BLOCK_ROWS) {
      this.blocks.push(blockText(this.lines));
      this.lines = [];
      if (this.blocks.length === BLOCKS_PER_SEND) this.flush();
    }
    return NO_COMMIT;
  }

  /** Resolves when the thread and the zip have room for more (await it now and then: the sheet then never piles up). */
  drained(): Promise<void> | undefined {
    if (this.failure) return Promise.reject(this.failure);
    if (this.inflight < WINDOW) return this.entry.drained();
    return new Promise<void>((resolve, reject) => this.waiting.push({ resolve, reject })).then(() => this.drained());
  }

  /** Ends the sheet. */
  commit(): void {
    if (!this.send) this.start();
    if (this.lines.length) this.blocks.push(blockText(this.lines));
    this.lines = [];
    this.flush();
    this.send?.({ op: 'close' });
  }

  /** The sheet's digest, once it is written. */
  digest(): Promise<SheetDigest> {
    return this.written;
  }

  private flush(): void {
    if (!this.blocks.length) return;
    this.inflight++;
    this.send?.({ op: 'rows', blocks: this.blocks });
    this.blocks = [];
  }

  private start(): void {
    const styles = this.columns.map((c) => this.styleOf(c.numFmt));
    this.send = sheetThread().open(
      { widths: this.columns.map((c) => c.width ?? 9), styles, frozenHeader: this.frozenHeader },
      {
        data: (bytes) => this.entry.write(bytes),
        ack: () => {
          this.inflight--;
          for (const w of this.waiting.splice(0)) w.resolve();
        },
        closed: (crc, size, digests) => {
          try {
            this.entry.end(crc, size);
            this.settle.resolve(SheetDigest.fromBlocks(this.rows, digests));
          } catch (e) {
            this.fail(e as Error);
          }
        },
        failed: (e) => this.fail(e),
      },
    );
    if (this.columns.some((c) => c.header !== undefined)) this.addRow(this.columns.map((c) => c.header ?? null));
  }

  private fail(e: Error): void {
    this.failure = e;
    this.settle.reject(e);
    for (const w of this.waiting.splice(0)) w.reject(e);
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
    for (const sheet of this.sheets) await sheet.digest();
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
