import { createHash, type Hash } from 'node:crypto';

/** A cell as both the writer and the checker of a workbook read it: text, number, an instant to the second, or empty. */
export type SheetCell = string | number | boolean | Date | null | undefined;

function hashForm(v: SheetCell): string | number | boolean | null {
  if (v === null || v === undefined || v === '') return null;
  // Excel keeps times as fractions of a day: compare them to the second
  if (v instanceof Date) return v.toISOString().slice(0, 19);
  return v;
}

/** Rows of a block of the locator (doubled until a sheet has at most MAX_BLOCKS). */
const BLOCK_ROWS = 100;
const MAX_BLOCKS = 1500;

/** A sheet's rows in blocks, each block's digest 16 hex digits: where a changed sheet was changed. */
export interface SheetBlocks {
  size: number;
  digests: string[];
}

/**
 * SHA-256 over a sheet's rows (header included), one JSON array per row: what a manifest vouches for.
 * It also keeps 8 bytes of each row's own hash (8 MB for a full sheet), from which `blocks()` gives
 * the block digests a checker uses to name the rows that changed.
 */
export class SheetDigest {
  private readonly hash: Hash = createHash('sha256');
  private rowHashes = Buffer.alloc(8 * 1024);
  rows = 0;

  add(cells: readonly SheetCell[]): void {
    // trailing empty cells are not stored in a sheet: they are not hashed either
    let end = cells.length;
    while (end > 0 && hashForm(cells[end - 1]) === null) end--;
    const values = new Array(end);
    for (let i = 0; i < end; i++) values[i] = hashForm(cells[i]);
    const line = `${JSON.stringify(values)}\n`;
    this.hash.update(line);
    if ((this.rows + 1) * 8 > this.rowHashes.length) {
      const grown = Buffer.alloc(this.rowHashes.length * 2);
      this.rowHashes.copy(grown);
      this.rowHashes = grown;
    }
    createHash('sha256').update(line).digest().copy(this.rowHashes, this.rows * 8, 0, 8);
    this.rows++;
  }

  hex(): string {
    return this.hash.copy().digest('hex');
  }

  /** The rows in blocks of `size` (by default 100, doubled until there are at most 1,500 blocks). */
  blocks(size = blockSizeFor(this.rows)): SheetBlocks {
    const digests: string[] = [];
    for (let start = 0; start < this.rows; start += size) {
      const end = Math.min(start + size, this.rows);
      digests.push(createHash('sha256').update(this.rowHashes.subarray(start * 8, end * 8)).digest('hex').slice(0, 16));
    }
    return { size, digests };
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

const FULL_WIDTH: Record<string, string> = { '/': '／', '\\': '＼', '*': '＊', '?': '？', ':': '：', '[': '［', ']': '］' };

/** A name Excel takes for a sheet: at most 31 characters, none of / \ * ? : [ ] (their full-width forms instead). */
export function excelSheetName(name: string): string {
  return name.replace(/[/\\*?:[\]]/g, (c) => FULL_WIDTH[c]).slice(0, 31);
}
