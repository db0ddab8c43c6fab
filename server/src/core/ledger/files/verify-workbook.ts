import { loadExcel } from '../../runtime/lazy-modules.js';
import { hmacOk } from '../../audit/audit-key.js';
import { changedRows, SheetDigest, type SheetCell } from './sheet-digest.js';
import { MANIFEST_TEXT, manifestText } from './workbook-manifest.js';
import type { ChangedSheet } from './changed-cells.js';

/** A sheet as the file's manifest lists it. */
export interface ListedSheet {
  name: string;
  rows: number;
  sha256: string;
}

export interface WorkbookCheck {
  ok: boolean;
  /** What does not hold, each naming its sheet (and rows where it can), the manifest or the signature. */
  problems: string[];
  sheets: number;
  /** The chain head the file quotes, to hold against the trail that is there now. */
  head: { seq: number; hash: string } | null;
  /** Who exported it, and when (as the manifest says). */
  exportedBy: string | null;
  exportedAt: string | null;
  /** The export's id: the batch of its EXPORT audit event. */
  exportId: string | null;
  /** The checkpoint the file quotes. */
  checkpoint: { ordinal: number; signature: string } | null;
  listed: ListedSheet[];
  /** The sheets whose digest does not hold, with the file's rows in the blocks that differ (for naming the cells, where the database can). */
  changed: ChangedSheet[];
}

const text = (v: unknown): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in (v as object))
    return (v as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join('');
  return String(v);
};

/** A file that cannot be checked at all, and why. */
export function refusedFile(problem: string): WorkbookCheck {
  return {
    ok: false,
    problems: [problem],
    sheets: 0,
    head: null,
    exportedBy: null,
    exportedAt: null,
    exportId: null,
    checkpoint: null,
    listed: [],
    changed: [],
  };
}

/**
 * Checks an exported workbook against its 导出清单: the manifest's own signature (with the audit key,
 * when given), every listed sheet's SHA-256 (naming the rows of a changed sheet by its block digests),
 * and that no sheet was added. A manifest without a signature (or from before manifests were signed)
 * does not pass: nothing would stop its editor from recomputing it.
 */
export async function verifyWorkbook(file: string | Buffer, key: Buffer | null): Promise<WorkbookCheck> {
  const wb = new (await loadExcel()).Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as never);
  const lang = wb.getWorksheet(MANIFEST_TEXT.zh.sheet) ? 'zh' : 'en';
  const m = MANIFEST_TEXT[lang];
  const manifest = wb.getWorksheet(m.sheet);
  if (!manifest) return refusedFile(`没有「${MANIFEST_TEXT.zh.sheet}」工作表：不是本系统导出的文件`);
  const lines: string[][] = [];
  manifest.eachRow({ includeEmpty: true }, (row) => lines.push((row.values as unknown[]).slice(1).map(text)));
  const value = (label: string) => lines.find((l) => l[0] === label)?.[1] ?? null;
  const problems: string[] = [];

  const signature = value(m.manifestSignature);
  const signed = lines.filter((l) => l[0] !== m.manifestSignature);
  if (!signature) problems.push('导出清单没有清单签名：无法证明文件未被改动（旧版导出或签名行被删去），请重新导出');
  else if (key && !hmacOk(key, manifestText(signed), signature)) {
    problems.push(
      '清单签名不符：导出清单被改动过（导出人、导出时间、筛选条件、链头或某个工作表的哈希与行数），或不是用这把审计密钥签的',
    );
  }

  const listedLines = lines.filter((l) => l[0] === m.sheets[0] && l[1] !== m.sheets[1]);
  const listed = listedLines.map((l) => ({
    name: l[1],
    rows: Number(l[2]),
    sha256: l[3],
    blocks: { size: Number(l[4]) || 0, digests: l[5] ? l[5].split(' ') : [] },
  }));
  if (!listed.length) problems.push('导出清单没有列出任何工作表：无法核对');
  const changed: ChangedSheet[] = [];
  for (const s of listed) {
    const ws = wb.getWorksheet(s.name);
    if (!ws) {
      problems.push(`工作表「${s.name}」不见了`);
      continue;
    }
    const digest = new SheetDigest();
    const rows = new Map<number, SheetCell[]>();
    ws.eachRow({ includeEmpty: true }, (row) => {
      const cells = (row.values as SheetCell[]).slice(1).map((v) => (v === undefined ? null : v));
      rows.set(row.number, cells);
      digest.add(cells);
    });
    if (digest.hex() === s.sha256) continue;
    const where: string[] = [];
    if (digest.rows - 1 !== s.rows) where.push(`清单记 ${s.rows} 行，文件中 ${digest.rows - 1} 行`);
    if (s.blocks.size) {
      const ranges = changedRows(s.blocks, digest.blocks(s.blocks.size));
      if (ranges.length) where.push(`改动在第 ${ranges.map(([a, b]) => `${a}–${b}`).join('、')} 行之间`);
      const inRanges = new Map<number, SheetCell[]>();
      for (const [a, b] of ranges) for (let n = a; n <= b && rows.has(n); n++) inRanges.set(n, rows.get(n)!);
      changed.push({ name: s.name, lang, header: rows.get(1) ?? [], blocks: s.blocks, ranges, rows: inRanges });
    }
    problems.push(`工作表「${s.name}」被改动过（SHA-256 不符）${where.length ? `：${where.join('；')}` : ''}`);
  }
  for (const ws of wb.worksheets) {
    if (ws.name !== m.sheet && !listed.some((s) => s.name === ws.name))
      problems.push(`工作表「${ws.name}」不在导出清单中：是导出之后加进文件的`);
  }

  const seq = Number(value(m.seq));
  const hash = value(m.hash) ?? '';
  const ordinal = Number(value(m.ordinal));
  const cpSignature = value(m.signature);
  return {
    ok: problems.length === 0,
    problems,
    sheets: listed.length,
    head: Number.isInteger(seq) && hash ? { seq, hash } : null,
    exportedBy: value(m.exportedBy),
    exportedAt: value(m.exportedAt),
    exportId: value(m.exportId),
    checkpoint: Number.isInteger(ordinal) && ordinal > 0 && cpSignature ? { ordinal, signature: cpSignature } : null,
    listed: listed.map(({ name, rows, sha256 }) => ({ name, rows, sha256 })),
    changed,
  };
}
