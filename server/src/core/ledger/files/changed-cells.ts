import type { DataSource } from 'typeorm';
import { allLedgers } from '../schema/define-ledger.js';
import type { LedgerDef } from '../schema/ledger.types.js';
import { keyedBatches } from './export.js';
import { dossierRow, userNames } from './ledger-sheet.js';
import type { Lang } from '../query/cell-format.js';
import { declaredCells, excelTimeOf } from './sheet-cells.js';
import { cellText, sameCell, SheetDigest, type SheetBlocks, type SheetCell } from './sheet-digest.js';

/** A sheet whose digest does not hold: its header, the blocks the manifest vouches for, and the file's rows in the blocks that differ. */
export interface ChangedSheet {
  name: string;
  lang: Lang;
  header: SheetCell[];
  blocks: SheetBlocks;
  ranges: Array<[number, number]>;
  /** The file's rows by sheet row number (1 = header), within `ranges`. */
  rows: Map<number, SheetCell[]>;
}

/** What follows a ledger's own columns on an exported sheet: none, 作废 (an export with voided rows), or the dossier's who-and-when. */
const TAILS: Record<string, Record<Lang, string[]>> = {
  voided: { zh: ['作废时间', '作废原因'], en: ['Voided at', 'Void reason'] },
  dossier: {
    zh: ['录入时间', '录入人', '修改时间', '修改人', '版本', '作废时间', '作废原因'],
    en: ['Created at', 'Created by', 'Updated at', 'Updated by', 'Version', 'Voided at', 'Void reason'],
  },
};

/** The ledger a sheet holds, by its header (ID, then the ledger's columns), and what follows them. */
function layoutOf(sheet: ChangedSheet): { ledger: LedgerDef; tail: string | null } | null {
  const header = sheet.header.map(cellText);
  for (const ledger of allLedgers()) {
    const labels = ledger.columns.map((c) => c.label[sheet.lang]);
    if (header[0] !== 'ID' || labels.some((l, i) => header[i + 1] !== l)) continue;
    const rest = header.slice(labels.length + 1).join('|');
    const tail = rest ? Object.keys(TAILS).find((k) => TAILS[k][sheet.lang].join('|') === rest) : null;
    if (tail !== undefined) return { ledger, tail };
  }
  return null;
}

/** The rows of `ids` as the exporter (of `role`) would write them now, by id. */
async function rowsNow(
  ds: DataSource,
  ledger: LedgerDef,
  ids: number[],
  tail: string | null,
  lang: Lang,
  role: string | null,
): Promise<Map<number, SheetCell[]>> {
  const out = new Map<number, SheetCell[]>();
  if (!ids.length) return out;
  const declared = declaredCells(ledger, lang, role);
  const users = tail === 'dossier' ? await userNames(ds) : new Map<number, string>();
  const by = (v: unknown) => (v === null || v === undefined ? null : (users.get(Number(v)) ?? `#${String(v)}`));
  const args = { filter: { id: { in: ids } }, includeVoided: true };
  for await (const { rows, key } of keyedBatches(ds, ledger, args))
    for (const r of rows) {
      let cells: SheetCell[];
      if (tail === 'dossier') cells = dossierRow(r, declared(r, key), by);
      else {
        cells = declared(r, key, 1);
        cells[0] = Number(r[0]);
      }
      if (tail === 'voided') cells.push(excelTimeOf(r[6]), (r[7] as string | null) ?? null);
      out.set(Number(r[0]), cells);
    }
  return out;
}

const MAX_LISTED = 20;

/**
 * The cells a changed sheet was changed in, in words: each row of a block whose digest differs is held
 * against its record as the database renders it now. Where the rendered block hashes to the manifest's
 * digest, the database still holds what was exported and every difference is a change to the file
 * (「导出时为…」); where it does not, the records changed since too, and the differences are named
 * against the data of now.
 */
export async function changedCells(ds: DataSource, sheet: ChangedSheet, role: string | null): Promise<string[]> {
  const layout = layoutOf(sheet);
  if (!layout) return [];
  const ids = [...sheet.rows.values()].map((r) => r[0]).filter((v): v is number => Number.isInteger(v));
  const now = await rowsNow(ds, layout.ledger, [...new Set(ids)].slice(0, 5000), layout.tail, sheet.lang, role);
  const found: string[] = [];
  let faithful = true;
  for (const [from, to] of sheet.ranges) {
    const digest = new SheetDigest();
    for (let n = from; n <= to && sheet.rows.has(n); n++) {
      const file = sheet.rows.get(n)!;
      const id = file[0];
      const expected = n === 1 ? sheet.header : Number.isInteger(id) ? now.get(id as number) : undefined;
      digest.add(expected ?? []);
      if (n === 1) continue;
      if (!expected) {
        found.push(`第 ${n} 行：ID「${cellText(id)}」不是导出的记录（ID 被改动，或这一行是后加的）`);
        continue;
      }
      const width = Math.max(file.length, expected.length);
      for (let i = 1; i < width; i++)
        if (!sameCell(file[i], expected[i]))
          found.push(
            `第 ${n} 行（ID ${String(id)}）「${cellText(sheet.header[i])}」：文件中为「${cellText(file[i])}」，{was}「${cellText(expected[i])}」`,
          );
    }
    const index = (from - 1) / sheet.blocks.size;
    if (digest.blocks(sheet.blocks.size).digests[0] !== sheet.blocks.digests[index]) faithful = false;
  }
  const was = faithful ? '导出时为' : '系统中现为';
  const listed = found.slice(0, MAX_LISTED).map((f) => `工作表「${sheet.name}」${f.replace('{was}', was)}`);
  if (found.length > MAX_LISTED) listed.push(`……共 ${found.length} 处，上面列出前 ${MAX_LISTED} 处`);
  if (!faithful && found.length)
    listed.unshift(`工作表「${sheet.name}」的这些记录导出后在系统中也修改过：下面是文件与系统现有数据的不同之处`);
  return listed;
}
