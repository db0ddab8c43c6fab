import ExcelJS from 'exceljs';
import { checkpointSignatureOk } from '../audit/audit-key.js';
import { SheetDigest, type SheetCell } from './sheet-digest.js';
import { MANIFEST_TEXT } from './workbook-manifest.js';

export interface WorkbookCheck {
  ok: boolean;
  /** What does not hold, each naming its sheet (or the checkpoint). */
  problems: string[];
  sheets: number;
  /** The chain head the file quotes, to hold against the trail that is there now. */
  head: { seq: number; hash: string } | null;
  /** Who exported it, and when (as the manifest says). */
  exportedBy: string | null;
  exportedAt: string | null;
}

/**
 * Recomputes every sheet's SHA-256 of an exported workbook against its 导出清单, and the checkpoint
 * signature with the audit key (when given): a changed cell names its sheet.
 */
export async function verifyWorkbook(file: string | Buffer, key: Buffer | null): Promise<WorkbookCheck> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as never);
  const lang = wb.getWorksheet(MANIFEST_TEXT.zh.sheet) ? 'zh' : 'en';
  const m = MANIFEST_TEXT[lang];
  const manifest = wb.getWorksheet(m.sheet);
  if (!manifest) return { ok: false, problems: [`没有「${MANIFEST_TEXT.zh.sheet}」工作表：不是本系统导出的文件`], sheets: 0, head: null, exportedBy: null, exportedAt: null };
  const lines = manifest.getRows(1, manifest.rowCount) ?? [];
  const value = (label: string) => lines.find((r) => r.getCell(1).value === label)?.getCell(2).value;
  const listed = lines.filter((r) => r.getCell(1).value === m.sheets[0] && r.getCell(2).value !== m.sheets[1])
    .map((r) => ({ name: String(r.getCell(2).value), sha256: String(r.getCell(4).value) }));
  if (!listed.length) return { ok: false, problems: ['导出清单没有列出任何工作表：无法核对'], sheets: 0, head: null, exportedBy: null, exportedAt: null };
  const problems: string[] = [];
  for (const s of listed) {
    const ws = wb.getWorksheet(s.name);
    if (!ws) {
      problems.push(`工作表「${s.name}」不见了`);
      continue;
    }
    const digest = new SheetDigest();
    ws.eachRow({ includeEmpty: true }, (row) => digest.add((row.values as SheetCell[]).slice(1).map((v) => (v === undefined ? null : v))));
    if (digest.hex() !== s.sha256) problems.push(`工作表「${s.name}」被改动过（SHA-256 不符）`);
  }
  const seq = Number(value(m.seq));
  const hash = String(value(m.hash) ?? '');
  const signature = String(value(m.signature) ?? '');
  if (key && !checkpointSignatureOk(key, seq, hash, signature)) problems.push('检查点签名不符：审计链头或签名被改动，或不是用这把密钥签的');
  const text = (v: unknown) => (v === undefined || v === null ? null : String(v));
  return {
    ok: problems.length === 0, problems, sheets: listed.length, head: Number.isInteger(seq) && hash ? { seq, hash } : null,
    exportedBy: text(value(m.exportedBy)), exportedAt: text(value(m.exportedAt)),
  };
}
