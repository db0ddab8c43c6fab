import express, { type Request } from 'express';
import type { DataSource } from 'typeorm';
import { auditKeyOf } from '../../core/audit/audit-key.js';
import { entryHash, trailDb } from '../../core/audit/chain-scan.js';
import { getLedger } from '../../core/ledger/schema/define-ledger.js';
import { reconcileWithFiles } from '../../core/attachments/attachment-check.js';
import { verifyWorkbook } from '../../core/ledger/files/verify-workbook.js';
import { isPackage, verifyPackage } from '../../core/attachments/verify-package.js';
import type { AuditLogFilter } from '../graphql/audit-log.js';
import { writeAuditLogWorkbook } from './audit-log-export.js';
import { attachment, chinaDay, sendError, stampExport, XLSX_TYPE } from './http-errors.js';
import { exporterRole, exportRecordProblems } from '../../core/ledger/files/workbook-manifest.js';
import { changedCells } from '../../core/ledger/files/changed-cells.js';
import type { Logger } from './logger.js';
import { signedIn } from './session.js';

/** Largest workbook the audit page takes to verify (a dossier of 1,000 archives is ≈ 30 MB). */
const VERIFY_BODY_LIMIT = '200mb';

class FilterError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The audit log's filter from a query string: from/to as instants, user (login), ledger, action, entityId. */
function logFilter(req: Request): AuditLogFilter {
  const text = (name: string) =>
    typeof req.query[name] === 'string' && String(req.query[name]).trim() ? String(req.query[name]).trim() : null;
  const instant = (name: string) => {
    const v = text(name);
    if (v === null) return null;
    const d = new Date(v);
    if (Number.isNaN(d.getTime())) throw new FilterError(name, `${name}: 不是有效的时间`);
    return d;
  };
  const entity = text('entityId');
  if (entity !== null && !/^\d+$/.test(entity)) throw new FilterError('entityId', 'entityId: 应为正整数');
  return {
    from: instant('from'),
    to: instant('to'),
    user: text('user'),
    ledger: text('ledger'),
    action: text('action'),
    entityId: entity === null ? null : Number(entity),
  };
}

/** The file's quoted head held against the trail that is there now: a chain rewritten since the export no longer has that hash there. */
async function headStillInChain(ds: DataSource, head: { seq: number; hash: string }): Promise<string | null> {
  const stored = await entryHash(trailDb(ds), head.seq);
  if (stored === null) return head.seq === 0 ? null : `审计链中已没有文件引用的第 ${head.seq} 条：导出之后审计链被截短`;
  return stored === head.hash ? null : `审计链第 ${head.seq} 条的哈希与文件引用的不符：导出之后审计链被改写`;
}

/**
 * The auditor's file routes, for auditors and administrators:
 * - `GET /audit/reconcile/<ledger>`: the reconciliation as NDJSON — a `{"progress":n,"total":m}` line per batch, then `{"result":…}`;
 * - `GET /audit/events.xlsx?from&to&user&ledger&action&entityId`: the audit log as a signed workbook;
 * - `POST /audit/verify-export` (an exported .xlsx as the body): its sheets' hashes, the checkpoint signature and the quoted head against the trail.
 */
export function auditRouter(ds: DataSource, log: Logger, roles: readonly string[]): express.Router {
  const router = express.Router();
  router.get('/audit/reconcile/:ledger', async (req, res) => {
    const user = await signedIn(ds, req, res, roles, '核对台账');
    if (!user) return;
    const ledger = getLedger(String(req.params.ledger));
    if (!ledger) return sendError(res, 404, 'NOT_FOUND', '没有这个台账');
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    try {
      const result = await reconcileWithFiles(ds, ledger, {
        limit: 1000,
        role: user.role,
        onProgress: (progress, total) => res.write(`${JSON.stringify({ progress, total })}\n`),
      });
      res.end(`${JSON.stringify({ result })}\n`);
    } catch (e) {
      log.error({ err: e, ledger: ledger.name }, 'reconcile failed');
      res.end(`${JSON.stringify({ error: '核对失败' })}\n`);
    }
  });

  router.get('/audit/events.xlsx', async (req, res) => {
    const user = await signedIn(ds, req, res, roles, '导出审计日志');
    if (!user) return;
    let filter: AuditLogFilter;
    try {
      filter = logFilter(req);
    } catch (e) {
      if (e instanceof FilterError) return sendError(res, 400, 'BAD_USER_INPUT', e.message, e.field);
      throw e;
    }
    const stamp = await stampExport(ds, res, log);
    if (!stamp) return;
    attachment(res, XLSX_TYPE, `审计日志-${chinaDay()}.xlsx`, 'audit-log.xlsx');
    try {
      await writeAuditLogWorkbook(ds, stamp, filter, res, {
        userId: user.id,
        displayName: user.displayName,
        role: user.role,
      });
    } catch (e) {
      log.error({ err: e }, 'audit log export failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', '审计日志导出失败');
      else res.destroy();
    }
  });

  router.post('/audit/verify-export', express.raw({ type: () => true, limit: VERIFY_BODY_LIMIT }), async (req, res) => {
    if (!(await signedIn(ds, req, res, roles, '核对导出文件'))) return;
    const body = req.body as Buffer;
    if (!Buffer.isBuffer(body) || !body.length)
      return sendError(res, 400, 'BAD_USER_INPUT', '请上传导出的 Excel 文件', 'file');
    let check;
    try {
      // a dossier package (.zip): its workbook, and every file its 附件清单 lists
      check = (await isPackage(body))
        ? await verifyPackage(body, auditKeyOf(ds).key)
        : await verifyWorkbook(body, auditKeyOf(ds).key);
    } catch {
      return sendError(
        res,
        422,
        'NOT_A_WORKBOOK',
        '无法读取：不是导出的 Excel（.xlsx）或档案包（.zip），或文件已损坏',
        'file',
      );
    }
    const problems = [...check.problems, ...(await exportRecordProblems(ds, check))];
    // a changed sheet of ledger rows: its changed cells named, held against the records as the exporter saw them
    const role = await exporterRole(ds, check.exportId);
    for (const sheet of check.changed) problems.push(...(await changedCells(ds, sheet, role)));
    if (check.head) {
      const gone = await headStillInChain(ds, check.head);
      if (gone) problems.push(gone);
    }
    const { listed: _listed, changed: _changed, ...answer } = check;
    res.json({ ...answer, ok: problems.length === 0, problems });
  });
  return router;
}
