import type { Writable } from 'node:stream';
import { endExport, streamingWorkbook } from '../../core/ledger/files/sheet-cells.js';
import type { DataSource } from 'typeorm';
import { formatDateTime } from '../../core/ledger/query/cell-format.js';
import { TrailSheet } from '../../core/ledger/files/history-sheet.js';
import { userNames } from '../../core/ledger/files/ledger-sheet.js';
import { XLSX_ROWS_PER_SHEET } from '../../core/ledger/files/export.js';
import { recordExport, writeManifest, type ExportStamp } from '../../core/ledger/files/workbook-manifest.js';
import { auditLogPage, type AuditLogFilter } from '../graphql/audit-log.js';

const PAGE = 1000;

/** The filter as the manifest states it: in Chinese, empty parts left out. */
function filterText(f: AuditLogFilter): string {
  const parts = [
    f.from ? `自 ${formatDateTime(f.from)}` : '',
    f.to ? `至 ${formatDateTime(f.to)}` : '',
    f.user ? `用户 ${f.user}` : '',
    f.ledger ? `台账 ${f.ledger}` : '',
    f.entityId ? `记录 ID ${f.entityId}` : '',
    f.action ? `操作 ${f.action}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('，') : '全部';
}

/**
 * 审计日志 as a workbook: the filtered trail, newest first (at most one sheet's worth), then the
 * manifest with the signed head it quotes. The export is itself an audit event.
 */
export async function writeAuditLogWorkbook(
  ds: DataSource,
  stamp: ExportStamp,
  f: AuditLogFilter,
  out: Writable,
  actor: { userId: number; displayName: string; role: string },
): Promise<{ rows: number; truncated: boolean }> {
  const users = await userNames(ds);
  const wb = await streamingWorkbook(out);
  const sheet = new TrailSheet(wb, '审计日志');
  let before: number | null = stamp.head.seq + 1; // entries after the quoted head are not vouched for
  let truncated = false;
  for (;;) {
    const page = await auditLogPage(ds, f, PAGE, before, actor.role, users);
    await sheet.add(page.entries);
    if (!page.hasMore) break;
    if (sheet.digest.rows > XLSX_ROWS_PER_SHEET - PAGE) {
      truncated = true;
      break;
    }
    before = page.entries[page.entries.length - 1].seq;
  }
  const listed = sheet.commit();
  const selection: Array<[string, string | number]> = [
    ['筛选', filterText(f)],
    ['条数', listed.rows],
  ];
  if (truncated) selection.push(['注意', '超过一个工作表的容量，只导出了最新的部分；请缩小时间范围']);
  writeManifest(ds, wb, 'zh', actor, selection, stamp, [listed]);
  await wb.commit();
  await recordExport(
    ds,
    stamp,
    actor.userId,
    'audit_event',
    { kind: 'audit-log', filter: f, rows: listed.rows, sha256: listed.sha256 },
    [listed],
  );
  await endExport(out);
  return { rows: listed.rows, truncated };
}
