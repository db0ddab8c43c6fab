import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { verifyAuditChain } from '../../audit/verify-chain.js';
import { fromSql, quoter } from '../../db/sql-value.js';

export interface CsvExportCheck {
  ok: boolean;
  sha256: string;
  /** The export the file is, from the trail: when, by whom (user id), its id and rows. */
  export: { seq: number; at: Date; userId: number | null; exportId: string; rows: number; ledger: string } | null;
  problems: string[];
}

/**
 * A CSV export carries no manifest of its own: the SHA-256 of its data lines (sent as the HTTP
 * trailer X-Content-SHA256) is what the trail recorded with the export (action EXPORT). The file holds when a trail entry, in a
 * chain that verifies, names exactly its hash.
 */
export async function verifyCsvExport(ds: DataSource, body: Buffer): Promise<CsvExportCheck> {
  // the export hashes its data lines as written: what follows the header line (and its byte-order mark)
  const headerEnd = body.indexOf('\r\n');
  const sha256 = createHash('sha256')
    .update(headerEnd < 0 ? Buffer.alloc(0) : body.subarray(headerEnd + 2))
    .digest('hex');
  const q = quoter(ds);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${q('seq')} AS seq, ${q('at')} AS at, ${q('userId')} AS userId, ${q('entity')} AS entity, ${q('newValue')} AS v FROM ${q('audit_event')} WHERE ${q('action')} = 'EXPORT' AND ${q('newValue')} LIKE ? ORDER BY ${q('seq')}`,
    [`%"sha256":"${sha256}"%`],
  );
  const found = rows
    .map((r) => ({
      r,
      v: JSON.parse(String(r.v)) as { sha256?: string; exportId?: string; rows?: number; format?: string },
    }))
    .find((x) => x.v.sha256 === sha256);
  const problems: string[] = [];
  if (!found) problems.push(`审计记录中没有 SHA-256 为 ${sha256} 的导出：文件被改过，或不是本系统导出的`);
  const chain = await verifyAuditChain(ds);
  if (!chain.ok) problems.push(`审计链不完整（第 ${chain.firstBrokenSeq} 条起）：${chain.problem ?? ''}`);
  return {
    ok: problems.length === 0,
    sha256,
    problems,
    export: found
      ? {
          seq: Number(found.r.seq),
          at: fromSql('datetime', found.r.at) as Date,
          userId: found.r.userId === null ? null : Number(found.r.userId),
          exportId: String(found.v.exportId ?? ''),
          rows: Number(found.v.rows ?? 0),
          ledger: String(found.r.entity),
        }
      : null,
  };
}
