import type { LedgerDef } from '../schema/ledger.types.js';
import type { LedgerFilter } from '../query/filter-parser.js';
import { filterInWords } from '../query/filter-words.js';

const KINDS: Record<string, string> = { dossier: '档案卷宗', 'audit-log': '审计日志' };

/**
 * An export's trail entry (stored as its manifest's JSON, which verification reads) as a reader
 * reads it: 「XLSX，128 行，按 客户、状态 筛选，含作废行；工作表 2 张；导出编号 …；链头 #…」 — the
 * whole record stays in the trail and in the audit log's workbook.
 */
export function exportSummary(stored: string | null, ledger: LedgerDef | undefined): string | null {
  if (stored === null || !stored.startsWith('{')) return stored;
  let v: Record<string, unknown>;
  try {
    v = JSON.parse(stored) as Record<string, unknown>;
  } catch {
    return stored;
  }
  const parts: string[] = [];
  if (typeof v.kind === 'string') parts.push(KINDS[v.kind] ?? v.kind);
  if (typeof v.format === 'string') parts.push(v.format.toUpperCase());
  if (typeof v.rows === 'number') parts.push(`${v.rows} 行`);
  if (typeof v.archives === 'number') parts.push(`${v.archives} 份档案`);
  if (v.filter && typeof v.filter === 'object' && Object.keys(v.filter).length)
    parts.push(
      ledger
        ? `筛选：${filterInWords(ledger, v.filter as LedgerFilter)}`
        : `按 ${Object.keys(v.filter).join('、')} 筛选`,
    );
  if (v.includeVoided === true) parts.push('含作废行');
  if (Array.isArray(v.sheets)) parts.push(`工作表 ${v.sheets.length} 张`);
  if (typeof v.exportId === 'string') parts.push(`导出编号 ${v.exportId}`);
  if (typeof v.chainHeadSeq === 'number') parts.push(`链头 #${v.chainHeadSeq}`);
  return parts.join('，');
}
