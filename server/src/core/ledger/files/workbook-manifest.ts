import type { DataSource } from 'typeorm';
import { auditKeyOf, hmacHex } from '../../audit/audit-key.js';
import { appendAudit, newBatchId } from '../../audit/audit-trail.js';
import { signHead, type SignedHead } from '../../audit/checkpoint.js';
import { quoter } from '../../db/sql-value.js';
import { inTransaction } from '../../db/transaction.js';
import { formatDateTime, type Lang } from '../query/cell-format.js';
import type { SheetBlocks, SheetDigest } from './sheet-digest.js';

/** A sheet as a manifest vouches for it. */
export interface ManifestSheet {
  name: string;
  /** Data rows, the header not counted. */
  rows: number;
  sha256: string;
  /** Where in the sheet a change is: digests of its rows in blocks. */
  blocks: SheetBlocks;
}

export function manifestSheet(name: string, digest: SheetDigest): ManifestSheet {
  return { name, rows: digest.rows - 1, sha256: digest.hex(), blocks: digest.blocks() };
}

/** The manifest's own labels, in both languages an export speaks; the checker reads either. */
export const MANIFEST_TEXT = {
  zh: {
    sheet: '导出清单',
    exportedBy: '导出人',
    exportedAt: '导出时间',
    exportId: '导出编号',
    seq: '审计链头序号',
    hash: '审计链头哈希',
    ordinal: '检查点编号',
    checkpointAt: '检查点时间',
    signature: '检查点签名',
    manifestSignature: '清单签名',
    sheets: ['工作表', '名称', '行数', 'SHA-256', '分段行数', '分段摘要'],
    note: '说明',
    noteText:
      '每个工作表（含表头）逐行的 SHA-256 与分段摘要；清单签名覆盖本表其余各行（用审计密钥签名）。在「审计日志」页面的「核对导出文件」处拖入本文件，即逐项核对。',
  },
  en: {
    sheet: 'Manifest',
    exportedBy: 'exported_by',
    exportedAt: 'exported_at',
    exportId: 'export_id',
    seq: 'audit_chain_head_seq',
    hash: 'audit_chain_head_hash',
    ordinal: 'checkpoint_ordinal',
    checkpointAt: 'checkpoint_at',
    signature: 'audit_checkpoint_hmac_sha256',
    manifestSignature: 'manifest_hmac_sha256',
    sheets: ['sheet', 'name', 'rows', 'sha256', 'block_rows', 'block_digests'],
    note: 'note',
    noteText:
      'SHA-256 and block digests of each sheet, row by row, header included; the manifest signature covers every other row of this sheet (signed with the audit key). npm run verify-export -- <file> (or the audit page) checks them all.',
  },
} as const;

type ManifestLine = ReadonlyArray<string | number | null | undefined>;

/** The text a manifest signature covers: every non-empty row, each cell as text, trailing empties dropped. */
export function manifestText(lines: readonly ManifestLine[]): string {
  const rows = lines
    .map((line) => {
      const cells = line.map((v) => (v === null || v === undefined ? '' : String(v)));
      while (cells.length && cells[cells.length - 1] === '') cells.pop();
      return cells;
    })
    .filter((cells) => cells.length);
  return JSON.stringify(['ServiceLedger manifest 2', rows]);
}

/** What an export is stamped with before it writes a row: its id (the audit batch of its EXPORT event) and the signed head it quotes. */
export interface ExportStamp {
  exportId: string;
  head: SignedHead;
}

/** Signs the head the export quotes (read from `headFrom`: the replica its rows come from); refuses over a broken trail. */
export async function beginExport(ds: DataSource, headFrom: DataSource = ds): Promise<ExportStamp> {
  return { exportId: newBatchId(), head: await signHead(ds, 'EXPORT', headFrom) };
}

/** The export's own audit event, in the export's batch: what a file is later checked against. */
export async function recordExport(
  ds: DataSource,
  stamp: ExportStamp,
  userId: number,
  entity: string,
  details: Record<string, unknown>,
  sheets?: ManifestSheet[],
): Promise<void> {
  const value = {
    ...details,
    exportId: stamp.exportId,
    chainHeadSeq: stamp.head.seq,
    checkpointOrdinal: stamp.head.checkpoint.ordinal,
    ...(sheets ? { sheets: sheets.map(({ name, rows, sha256 }) => ({ name, rows, sha256 })) } : {}),
  };
  await inTransaction(ds, (em) =>
    appendAudit(
      em,
      [
        {
          userId,
          action: 'EXPORT',
          entity,
          entityId: null,
          field: null,
          oldValue: null,
          newValue: JSON.stringify(value),
          reason: null,
        },
      ],
      stamp.exportId,
    ),
  );
}

/** What the manifest needs of a workbook being written: exceljs's streamed workbook, or a ledger export's own (xlsx-writer.ts). */
export interface ManifestWorkbook {
  addWorksheet(name: string): {
    columns: Array<{ width?: number }>;
    addRow(cells: Array<string | number | null | undefined>): { commit(): void };
    commit(): void;
  };
}

/**
 * The last sheet of an exported workbook: who and when, what was selected, the export's id, the
 * signed head it quotes, every sheet with its rows, SHA-256 and block digests, and last the
 * manifest's signature over all of that (HMAC with the audit key): a file whose cells are changed and
 * whose digests are recomputed no longer matches a signature its editor cannot make.
 */
export function writeManifest(
  ds: DataSource,
  wb: ManifestWorkbook,
  lang: Lang,
  actor: { displayName: string },
  selection: Array<[string, string | number]>,
  stamp: ExportStamp,
  sheets: ManifestSheet[],
): void {
  const m = MANIFEST_TEXT[lang];
  const sheet = wb.addWorksheet(m.sheet);
  sheet.columns = [{ width: 18 }, { width: 30 }, { width: 10 }, { width: 68 }, { width: 10 }, { width: 40 }];
  const cp = stamp.head.checkpoint;
  const lines: ManifestLine[] = [
    [m.exportedBy, actor.displayName],
    [m.exportedAt, formatDateTime(new Date())],
    ...selection,
    [m.exportId, stamp.exportId],
    [m.seq, stamp.head.seq],
    [m.hash, stamp.head.hash],
    [m.ordinal, cp.ordinal],
    [m.checkpointAt, formatDateTime(cp.at)],
    [m.signature, cp.signature],
    [],
    [...m.sheets],
    ...sheets.map((s) => [m.sheets[0], s.name, s.rows, s.sha256, s.blocks.size, s.blocks.digests.join(' ')]),
    [],
    [m.note, m.noteText],
  ];
  const signature = hmacHex(auditKeyOf(ds).key, manifestText(lines));
  for (const line of [...lines, [m.manifestSignature, signature]]) sheet.addRow([...line]).commit();
  sheet.commit();
}

/**
 * A checked file held against the database: the EXPORT event its id names must be there and record
 * the same sheets (rows and SHA-256) and head, and the checkpoint it quotes must be the one in the
 * checkpoints' chain. A file re-signed by someone without the key fails its manifest signature; one
 * whose id or head was changed fails here.
 */
export async function exportRecordProblems(
  ds: DataSource,
  file: {
    exportId: string | null;
    head: { seq: number } | null;
    checkpoint: { ordinal: number; signature: string } | null;
    listed: Array<{ name: string; rows: number; sha256: string }>;
  },
): Promise<string[]> {
  const q = quoter(ds);
  const problems: string[] = [];
  if (file.exportId) {
    const rows: Array<{ v: string | null }> = await ds.query(
      `SELECT ${q('newValue')} AS v FROM ${q('audit_event')} WHERE ${q('batchId')} = ? AND ${q('action')} = 'EXPORT'`,
      [file.exportId],
    );
    if (!rows.length)
      problems.push(`审计链中没有编号为 ${file.exportId} 的导出记录：文件不是在这里导出的，或导出编号被改动`);
    else {
      const recorded = JSON.parse(rows[0].v ?? '{}') as {
        sheets?: Array<{ name: string; rows: number; sha256: string }>;
        chainHeadSeq?: number;
      };
      for (const s of file.listed) {
        const r = recorded.sheets?.find((x) => x.name === s.name);
        if (!r) problems.push(`导出记录中没有工作表「${s.name}」`);
        else if (r.sha256 !== s.sha256 || r.rows !== s.rows)
          problems.push(`工作表「${s.name}」与导出记录不符（导出时 ${r.rows} 行）`);
      }
      for (const r of recorded.sheets ?? [])
        if (!file.listed.some((s) => s.name === r.name)) problems.push(`导出时的工作表「${r.name}」不在文件的清单中`);
      if (file.head && recorded.chainHeadSeq !== file.head.seq)
        problems.push(`文件引用的链头第 ${file.head.seq} 条与导出记录（第 ${recorded.chainHeadSeq} 条）不符`);
    }
  }
  if (file.checkpoint) {
    const cps: Array<{ s: string }> = await ds.query(
      `SELECT ${q('signature')} AS s FROM ${q('audit_checkpoint')} WHERE ${q('ordinal')} = ?`,
      [file.checkpoint.ordinal],
    );
    if (!cps.length || cps[0].s !== file.checkpoint.signature)
      problems.push(`文件引用的检查点 ${file.checkpoint.ordinal} 在数据库中不存在或已不同`);
  }
  return problems;
}

/** The role of whoever made an export (what it showed them: masked cells stay masked), or null when the trail has no such export. */
export async function exporterRole(ds: DataSource, exportId: string | null): Promise<string | null> {
  if (!exportId) return null;
  const q = quoter(ds);
  const rows: Array<{ role: string }> = await ds.query(
    `SELECT u.${q('role')} AS role FROM ${q('audit_event')} e JOIN ${q('app_user')} u ON u.${q('id')} = e.${q('userId')}
      WHERE e.${q('batchId')} = ? AND e.${q('action')} = 'EXPORT'`,
    [exportId],
  );
  return rows[0]?.role ?? null;
}
