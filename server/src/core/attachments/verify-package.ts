import { createHash } from 'node:crypto';
import { loadExcel, loadJsZip } from '../runtime/lazy-modules.js';
import { refusedFile, verifyWorkbook, type WorkbookCheck } from '../ledger/files/verify-workbook.js';
import { LISTED } from './attachment-sheet.js';

/** Whether a zip is a package (a workbook with files beside it) rather than a workbook itself. */
export async function isPackage(file: Buffer): Promise<boolean> {
  if (file.subarray(0, 2).toString('latin1') !== 'PK') return false;
  try {
    const zip = await (await loadJsZip()).loadAsync(file);
    return !zip.file('[Content_Types].xml') && Object.keys(zip.files).some((n) => n.endsWith('.xlsx'));
  } catch {
    return false;
  }
}

/**
 * A dossier package (.zip): its workbook checked as any export (signature, every sheet, 附件清单
 * included), then every file its 附件清单 lists, at the path it gives, must be in the package and hash
 * to the SHA-256 listed; a file in the package the list does not name was put there afterwards.
 */
export async function verifyPackage(file: Buffer, key: Buffer | null): Promise<WorkbookCheck & { files: number }> {
  const zip = await (await loadJsZip()).loadAsync(file);
  const books = Object.values(zip.files).filter((f) => !f.dir && !f.name.includes('/') && f.name.endsWith('.xlsx'));
  if (books.length !== 1) return { ...refusedFile(`包里应有一个档案包工作簿，找到 ${books.length} 个`), files: 0 };
  const bytes = await books[0].async('nodebuffer');
  const check = await verifyWorkbook(bytes, key);
  const wb = new (await loadExcel()).Workbook();
  await wb.xlsx.load(bytes as never);
  const list = wb.getWorksheet('附件清单');
  const problems = [...check.problems];
  const listed = new Set<string>();
  let files = 0;
  for (let n = 2; list && n <= list.rowCount; n++) {
    const row = list.getRow(n).values as unknown[];
    const path = String(row[LISTED.path + 1] ?? '');
    const sha = String(row[LISTED.sha256 + 1] ?? '');
    if (!path) continue;
    listed.add(path);
    const entry = zip.file(path);
    if (!entry) {
      problems.push(`附件清单第 ${n} 行的文件「${path}」不在包里`);
      continue;
    }
    files++;
    const now = createHash('sha256')
      .update(await entry.async('nodebuffer'))
      .digest('hex');
    if (now !== sha) problems.push(`包里的「${path}」被改动过（SHA-256 与附件清单第 ${n} 行不符）`);
  }
  for (const f of Object.values(zip.files))
    if (!f.dir && f !== books[0] && !listed.has(f.name))
      problems.push(`包里的「${f.name}」不在附件清单中：是后加进去的`);
  return { ...check, ok: problems.length === 0, problems, files };
}
