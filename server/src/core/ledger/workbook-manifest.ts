import type ExcelJS from 'exceljs';
import type { Checkpoint } from '../audit/checkpoint.js';
import { formatDateTime, type Lang } from './cell-format.js';

/** A sheet as a manifest vouches for it. */
export interface ManifestSheet {
  name: string;
  /** Data rows, the header not counted. */
  rows: number;
  sha256: string;
}

/** The manifest's own labels, in both languages an export speaks; the checker reads either. */
export const MANIFEST_TEXT = {
  zh: {
    sheet: '导出清单', exportedBy: '导出人', exportedAt: '导出时间', seq: '审计链头序号', hash: '审计链头哈希', signature: '检查点签名', checkpointAt: '检查点时间',
    sheets: ['工作表', '名称', '行数', 'SHA-256'], note: '说明',
    noteText: '每个工作表（含表头）逐行的 SHA-256；npm run verify-export -- <文件>（或审计日志页面）重新计算并核对检查点签名。',
  },
  en: {
    sheet: 'Manifest', exportedBy: 'exported_by', exportedAt: 'exported_at', seq: 'audit_chain_head_seq', hash: 'audit_chain_head_hash', signature: 'audit_checkpoint_hmac_sha256', checkpointAt: 'checkpoint_at',
    sheets: ['sheet', 'name', 'rows', 'sha256'], note: 'note',
    noteText: 'SHA-256 of each sheet, row by row, header included; npm run verify-export -- <file> (or the audit page) recomputes them and checks the checkpoint signature.',
  },
} as const;

/**
 * The last sheet of an exported workbook: who and when, what was selected, the signed audit
 * checkpoint the export quotes, and every sheet with its rows and SHA-256 (what verify-export holds
 * the file against).
 */
export function writeManifest(
  wb: ExcelJS.stream.xlsx.WorkbookWriter, lang: Lang, actor: { displayName: string }, selection: Array<[string, string | number]>,
  checkpoint: Checkpoint, sheets: ManifestSheet[],
): void {
  const m = MANIFEST_TEXT[lang];
  const sheet = wb.addWorksheet(m.sheet);
  sheet.columns = [{ width: 18 }, { width: 30 }, { width: 10 }, { width: 68 }];
  for (const row of [
    [m.exportedBy, actor.displayName], [m.exportedAt, formatDateTime(new Date())], ...selection,
    [m.seq, checkpoint.seq], [m.hash, checkpoint.hash], [m.signature, checkpoint.signature], [m.checkpointAt, formatDateTime(checkpoint.at)],
    [], [...m.sheets],
    ...sheets.map((s) => [m.sheets[0], s.name, s.rows, s.sha256]),
    [], [m.note, m.noteText],
  ]) sheet.addRow(row).commit();
  sheet.commit();
}
