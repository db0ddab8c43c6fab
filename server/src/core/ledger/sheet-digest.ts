import { createHash, type Hash } from 'node:crypto';

/** A cell as both the writer and the checker of a workbook read it: text, number, an instant to the second, or empty. */
export type SheetCell = string | number | boolean | Date | null | undefined;

function hashForm(v: SheetCell): string | number | boolean | null {
  if (v === null || v === undefined || v === '') return null;
  // Excel keeps times as fractions of a day: compare them to the second
  if (v instanceof Date) return v.toISOString().slice(0, 19);
  return v;
}

/** SHA-256 over a sheet's rows (header included), one JSON array per row: what a manifest vouches for. */
export class SheetDigest {
  private readonly hash: Hash = createHash('sha256');
  rows = 0;

  add(cells: readonly SheetCell[]): void {
    // trailing empty cells are not stored in a sheet: they are not hashed either
    let end = cells.length;
    while (end > 0 && hashForm(cells[end - 1]) === null) end--;
    const values = new Array(end);
    for (let i = 0; i < end; i++) values[i] = hashForm(cells[i]);
    this.hash.update(`${JSON.stringify(values)}\n`);
    this.rows++;
  }

  hex(): string {
    return this.hash.copy().digest('hex');
  }
}

const FULL_WIDTH: Record<string, string> = { '/': '／', '\\': '＼', '*': '＊', '?': '？', ':': '：', '[': '［', ']': '］' };

/** A name Excel takes for a sheet: at most 31 characters, none of / \ * ? : [ ] (their full-width forms instead). */
export function excelSheetName(name: string): string {
  return name.replace(/[/\\*?:[\]]/g, (c) => FULL_WIDTH[c]).slice(0, 31);
}
