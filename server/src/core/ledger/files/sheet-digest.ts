import { createHash } from 'node:crypto';
import { isoSecond } from '../../runtime/iso-text.js';

/** A cell as both the writer and the checker of a workbook read it: text, number, an instant to the second, or empty. */
export type SheetCell = string | number | boolean | Date | null | undefined;

function hashForm(v: SheetCell): string | number | boolean | null {
  if (v === null || v === undefined || v === '') return null;
  // Excel keeps times as fractions of a day: compare them to the second
  if (v instanceof Date) return isoSecond(v);
  return v;
}

/** Whether two cells hash alike (an empty string is an empty cell; times to the second). */
export function sameCell(a: SheetCell, b: SheetCell): boolean {
  return hashForm(a) === hashForm(b);
}

/** A cell in words, for a message: a time as Excel shows it (the sheet's own clock), empty as empty. */
export function cellText(v: SheetCell): string {
  const h = hashForm(v);
  if (h === null) return '';
  return v instanceof Date ? String(h).replace('T', ' ') : String(h);
}

/** A block's digest: the SHA-256 of its rows, each row's JSON followed by a line break. */
const blockDigest = (lines: readonly string[]): Buffer =>
  createHash('sha256')
    .update(`${lines.join('\n')}\n`)
    .digest();

/** Rows of a block of the locator (doubled until a sheet has at most MAX_BLOCKS). */
const BLOCK_ROWS = 100;
const MAX_BLOCKS = 1500;

/** A sheet's rows in blocks, each block's digest 16 hex digits: where a changed sheet was changed. */
export interface SheetBlocks {
  size: number;
  digests: string[];
}

/**
 * A sheet's SHA-256 as a manifest vouches for it, built from blocks: the rows (header included), one
 * JSON array a row, are hashed 100 at a time, and the sheet's digest is the SHA-256 of those block
 * digests and the row count. Each row is hashed once, as for a plain digest (measured: 100k rows of
 * 30 cells 361–506 ms either way), and `blocks()` gives the checker the digests that name the rows of
 * a changed sheet.
 */
export class SheetDigest {
  /** The rows of the block being gathered, as hashed: hashed together when the block is full (one update, not one a row). */
  private lines: string[] = [];
  private readonly base: Buffer[] = [];
  rows = 0;

  add(cells: readonly SheetCell[]): void {
    // trailing empty cells are not stored in a sheet: they are not hashed either
    let end = cells.length;
    while (end > 0 && hashForm(cells[end - 1]) === null) end--;
    const values = new Array(end);
    for (let i = 0; i < end; i++) values[i] = hashForm(cells[i]);
    this.lines.push(JSON.stringify(values));
    this.rows++;
    if (this.lines.length === BLOCK_ROWS) {
      this.base.push(blockDigest(this.lines));
      this.lines = [];
    }
  }

  /** The digests of every 100 rows so far, the last (partial) block included. */
  private baseDigests(): Buffer[] {
    return this.lines.length ? [...this.base, blockDigest(this.lines)] : this.base;
  }

  hex(): string {
    return createHash('sha256').update(`${this.rows}\n`).update(Buffer.concat(this.baseDigests())).digest('hex');
  }

  /** The rows in blocks of `size` (a multiple of 100; by default doubled until there are at most 1,500 blocks). */
  blocks(size = blockSizeFor(this.rows)): SheetBlocks {
    const base = this.baseDigests();
    const per = Math.max(1, Math.round(size / BLOCK_ROWS));
    const digests: string[] = [];
    for (let i = 0; i < base.length; i += per)
      digests.push(
        createHash('sha256')
          .update(Buffer.concat(base.slice(i, i + per)))
          .digest('hex')
          .slice(0, 16),
      );
    return { size: per * BLOCK_ROWS, digests };
  }
}

export function blockSizeFor(rows: number): number {
  let size = BLOCK_ROWS;
  while (Math.ceil(rows / size) > MAX_BLOCKS) size *= 2;
  return size;
}

/** The sheet rows (1-based, as Excel numbers them) of the blocks whose digests differ, at most `limit` ranges. */
export function changedRows(expected: SheetBlocks, actual: SheetBlocks, limit = 5): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = Math.max(expected.digests.length, actual.digests.length);
  for (let i = 0; i < n && out.length < limit; i++) {
    if (expected.digests[i] !== actual.digests[i]) out.push([i * expected.size + 1, (i + 1) * expected.size]);
  }
  return out;
}

const FULL_WIDTH: Record<string, string> = {
  '/': '／',
  '\\': '＼',
  '*': '＊',
  '?': '？',
  ':': '：',
  '[': '［',
  ']': '］',
};

/** A name Excel takes for a sheet: at most 31 characters, none of / \ * ? : [ ] (their full-width forms instead). */
export function excelSheetName(name: string): string {
  return name.replace(/[/\\*?:[\]]/g, (c) => FULL_WIDTH[c]).slice(0, 31);
}
