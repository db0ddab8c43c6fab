import type ExcelJS from 'exceljs';
import type { DataSource } from 'typeorm';
import { excelTime, paced, TIME_FMT } from '../ledger/files/sheet-cells.js';
import { SheetDigest, type SheetCell } from '../ledger/files/sheet-digest.js';
import { manifestSheet, type ManifestSheet } from '../ledger/files/workbook-manifest.js';
import type { LedgerDef } from '../ledger/schema/ledger.types.js';
import { attachmentsOf, type AttachmentInfo } from './attachments.js';

const HEADER = [
  '台账',
  '记录 ID',
  '附件 ID',
  '类别',
  '文件名',
  '类型',
  '大小（字节）',
  'SHA-256',
  '添加人',
  '添加时间',
  '作废时间',
  '作废原因',
  '包内路径',
];

/** Where a file lies in a package (the dossier's .zip) beside the workbook that lists it. */
export function packagePath(ledgerLabel: string, a: Pick<AttachmentInfo, 'recordId' | 'id' | 'fileName'>): string {
  return `附件/${ledgerLabel}/${a.recordId}/${a.id}-${a.fileName}`;
}

/** The columns of 附件清单 a checker reads (0-based): the file's SHA-256 and its path in the package. */
export const LISTED = { sha256: HEADER.indexOf('SHA-256'), path: HEADER.indexOf('包内路径') };

/**
 * 附件清单 of a workbook's records: every file kept with them (voided ones too, with their reason) —
 * its category, name, size and SHA-256, who added it and when — those of categories the exporter may
 * not open left out. Hashed for the manifest like every sheet; the files found are answered, for a
 * .zip that carries them.
 */
export async function writeAttachmentSheet(
  ds: DataSource,
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  records: Array<{ ledger: LedgerDef; ids: number[] }>,
  users: Map<number, string>,
  actor: { userId: number; displayName: string; role: string },
): Promise<{ sheet: ManifestSheet; files: Array<AttachmentInfo & { path: string }> }> {
  const sheet = wb.addWorksheet('附件清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADER.map((h) => ({
    header: h,
    width: h === 'SHA-256' ? 66 : h === '文件名' || h === '包内路径' ? 30 : 14,
    style: h.endsWith('时间') ? { numFmt: TIME_FMT } : {},
  }));
  const digest = new SheetDigest();
  digest.add(HEADER);
  const pace = paced();
  const files: Array<AttachmentInfo & { path: string }> = [];
  for (const { ledger, ids } of records) {
    if (!ledger.attachments) continue;
    const byRecord = await attachmentsOf(ds, actor, ledger, ids, true);
    for (const id of ids)
      for (const a of byRecord.get(id) ?? []) {
        const cells: SheetCell[] = [
          ledger.label.zh,
          a.recordId,
          a.id,
          a.categoryLabel,
          a.fileName,
          a.mime,
          a.size,
          a.sha256,
          a.createdBy === null ? null : (users.get(a.createdBy) ?? `#${a.createdBy}`),
          excelTime(a.createdAt),
          a.voidedAt ? excelTime(a.voidedAt) : null,
          a.voidReason,
          packagePath(ledger.label.zh, a),
        ];
        digest.add(cells);
        sheet.addRow(cells).commit();
        files.push({ ...a, path: packagePath(ledger.label.zh, a) });
        await pace();
      }
  }
  sheet.commit();
  return { sheet: manifestSheet('附件清单', digest), files };
}
