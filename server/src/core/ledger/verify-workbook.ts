import ExcelJS from 'exceljs';
import { checkpointSignatureOk } from '../audit/audit-key.js';
import { SheetDigest, type SheetCell } from './sheet-digest.js';

export interface WorkbookCheck {
  ok: boolean;
  /** What does not hold, each naming its sheet (or the checkpoint). */
  problems: string[];
  sheets: number;
}

const MANIFEST = '导出清单';

/**
 * Recomputes every sheet's SHA-256 of an exported workbook against its 导出清单, and the checkpoint
 * signature with the audit key (when given): a changed cell names its sheet.
 */
export async function verifyWorkbook(file: string | Buffer, key: Buffer | null): Promise<WorkbookCheck> {
  const wb = new ExcelJS.Workbook();
  if (typeof file === 'string') await wb.xlsx.readFile(file);
  else await wb.xlsx.load(file as never);
  const manifest = wb.getWorksheet(MANIFEST);
  if (!manifest) return { ok: false, problems: [`没有「${MANIFEST}」工作表：不是本系统导出的文件`], sheets: 0 };
  const value = (label: string) => manifest.getRows(1, manifest.rowCount)?.find((r) => r.getCell(1).value === label)?.getCell(2).value;
  const listed = (manifest.getRows(1, manifest.rowCount) ?? []).filter((r) => r.getCell(1).value === '工作表' && r.getCell(2).value !== '名称')
    .map((r) => ({ name: String(r.getCell(2).value), sha256: String(r.getCell(4).value) }));
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
  const seq = Number(value('审计链头序号'));
  const hash = String(value('审计链头哈希') ?? '');
  const signature = String(value('检查点签名') ?? '');
  if (key && !checkpointSignatureOk(key, seq, hash, signature)) problems.push('检查点签名不符：审计链头或签名被改动，或不是用这把密钥签的');
  return { ok: problems.length === 0, problems, sheets: listed.length };
}
