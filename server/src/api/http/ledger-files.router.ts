import express, { type Request } from 'express';
import type { DataSource } from 'typeorm';
import { getLedger } from '../../core/ledger/schema/define-ledger.js';
import type { ReadRouter } from '../../core/db/read-router.js';
import type { ExportFormat } from '../../core/ledger/files/export.js';
import type { LedgerDef } from '../../core/ledger/schema/ledger.types.js';
import type { ExportStamp } from '../../core/ledger/files/workbook-manifest.js';
import { decodeCsv, parseCsv, readXlsx } from '../../core/ledger/files/import.js';
import { MAX_BATCH_ROWS } from '../../core/ledger/write/batch-save.js';
import { LedgerInputError } from '../../core/ledger/schema/ledger-input-error.js';
import * as service from '../../core/ledger/ledger-service.js';
import type { ListArgs } from '../../core/ledger/query/list-query.js';
import { attachment, chinaDay, sendError, stampExport, XLSX_TYPE } from './http-errors.js';
import type { Logger } from './logger.js';
import { readOwnWrites, signedIn } from './session.js';

/** A dry run answers the file's cells too, up to this many rows, so the client can show and fix them in place. */
const PREVIEW_ROWS = 5000;

/**
 * Largest import file: what the row limit can need. An import is one batch of at most 5,000 rows
 * (MAX_BATCH_ROWS); 5,000 complaints with every text cell filled to its 2,000 characters are ≈ 12 MB
 * as CSV (UTF-8), far less as XLSX.
 */
const IMPORT_BODY_LIMIT = '20mb';

function jsonParam(req: Request, name: string): unknown {
  const raw = req.query[name];
  if (raw === undefined || raw === '') return undefined;
  try {
    return JSON.parse(String(raw));
  } catch {
    throw new LedgerInputError(name, 'INVALID_JSON', `${name}: 不是有效的 JSON`);
  }
}

/** The ledger service's refusal as an HTTP answer (`status` for bad input), or false when it is no refusal. */
function sentRefusal(res: express.Response, e: unknown, status: number): boolean {
  if (e instanceof service.ForbiddenError) sendError(res, 403, 'FORBIDDEN', e.message);
  else if (e instanceof LedgerInputError) sendError(res, status, e.code, e.message, e.path);
  else return false;
  return true;
}

/** The file's name and the signed chain head it quotes, sent ahead of its rows; its SHA-256 follows as a trailer. */
function exportHead(
  res: express.Response,
  ledger: LedgerDef,
  format: ExportFormat,
  lang: 'zh' | 'en',
  withVoided: boolean,
  stamp: ExportStamp,
): void {
  const day = chinaDay();
  attachment(
    res,
    format === 'csv' ? 'text/csv; charset=utf-8' : XLSX_TYPE,
    `${ledger.label[lang]}${withVoided ? (lang === 'zh' ? '（含作废）' : ' (with voided)') : ''}-${day}.${format}`,
    `${ledger.name}-${day}.${format}`,
  );
  res.setHeader('X-Export-Id', stamp.exportId);
  res.setHeader('X-Audit-Head-Seq', String(stamp.head.seq));
  res.setHeader('X-Audit-Head-Hash', stamp.head.hash);
  res.setHeader('X-Audit-Checkpoint', stamp.head.checkpoint.signature);
  res.setHeader('Trailer', 'X-Content-SHA256');
}

/**
 * `GET /export/<ledger>.csv|xlsx` (streamed, audited) and `POST /import/<ledger>?dryRun=` (CSV or
 * XLSX): thin adapters of the ledger service, which checks who may, as for GraphQL.
 */
export function ledgerFilesRouter(ds: DataSource, log: Logger, reads: ReadRouter): express.Router {
  const router = express.Router();

  router.get('/export/:ledger.:format', async (req, res) => {
    const user = await signedIn(ds, req, res, null, '');
    if (!user) return;
    const ledger = getLedger(String(req.params.ledger));
    const format = String(req.params.format) as ExportFormat;
    if (!ledger || !['csv', 'xlsx'].includes(format)) return sendError(res, 404, 'NOT_FOUND', '没有这个台账或格式');
    const lang = req.query.lang === 'en' ? 'en' : 'zh';
    const actor = { userId: user.id, displayName: user.displayName, role: user.role };
    let prepared: service.PreparedExport;
    try {
      const args: ListArgs = {
        filter: jsonParam(req, 'filter') as ListArgs['filter'],
        orderBy: jsonParam(req, 'orderBy') as ListArgs['orderBy'],
        includeVoided: req.query.includeVoided === 'true',
      };
      // checked before the first byte goes out, so a refusal or a bad filter is a clean 403 or 400
      prepared = service.prepareExport(ds.manager, actor, ledger, args);
    } catch (e) {
      if (sentRefusal(res, e, 400)) return;
      throw e;
    }
    const { args } = prepared;
    // rows from a replica that keeps up (or the primary); the file quotes the chain head that source holds,
    // signed ahead of it (never over a broken trail); its SHA-256 follows it as a trailer
    const readFrom = reads.forReads(user.primaryUntil);
    const stamp = await stampExport(ds, res, log, readFrom);
    if (!stamp) return;
    exportHead(res, ledger, format, lang, !!args.includeVoided, stamp);
    try {
      const { sha256 } = await prepared.run(ds, format, lang, res, { stamp, keepOpen: true, readFrom });
      if (!res.writableEnded) {
        res.addTrailers({ 'X-Content-SHA256': sha256 });
        res.end();
      }
    } catch (e) {
      log.error({ reqId: res.locals.requestId, err: e }, 'export failed');
      res.destroy();
    }
  });

  router.post('/import/:ledger', express.raw({ type: () => true, limit: IMPORT_BODY_LIMIT }), (req, res) =>
    importFile(ds, log, reads, req, res),
  );
  return router;
}

/**
 * `POST /import/<ledger>?dryRun=`: a dry run reports every bad cell, a real one writes all or nothing.
 * Asked for progress (Accept: application/x-ndjson), each step is a line as it begins, the report last.
 */
async function importFile(
  ds: DataSource,
  log: Logger,
  reads: ReadRouter,
  req: express.Request,
  res: express.Response,
): Promise<unknown> {
  const user = await signedIn(ds, req, res, null, '');
  if (!user) return;
  const ledger = getLedger(String(req.params.ledger));
  if (!ledger) return sendError(res, 404, 'NOT_FOUND', '没有这个台账');
  const actor = { userId: user.id, role: user.role, displayName: user.displayName };
  let prepared: ReturnType<typeof service.prepareImport>;
  try {
    prepared = service.prepareImport(actor, ledger); // who may is checked before the file is read
  } catch (e) {
    if (sentRefusal(res, e, 400)) return;
    throw e;
  }
  const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  const isXlsx = body.subarray(0, 2).toString('latin1') === 'PK';
  let table: string[][];
  try {
    // the header and at most one batch of rows: a longer sheet is refused as its rows arrive
    table = isXlsx ? await readXlsx(body, MAX_BATCH_ROWS + 1) : parseCsv(decodeCsv(body));
  } catch (e) {
    if (sentRefusal(res, e, 422)) return;
    throw e;
  }
  const dryRun = req.query.dryRun !== 'false';
  if (!dryRun) await readOwnWrites(ds, reads, user);
  // asked for progress (Accept: application/x-ndjson): each step as a line as it begins, the report last
  const progress = String(req.headers.accept ?? '').includes('application/x-ndjson');
  if (progress) {
    res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    res.write(`${JSON.stringify({ step: 'read', rows: Math.max(0, table.length - 1) })}\n`);
  }
  const onStep = progress
    ? (step: string, rows: number) => res.write(`${JSON.stringify({ step, rows })}\n`)
    : undefined;
  let report: Awaited<ReturnType<typeof prepared.run>>;
  try {
    report = await prepared.run(ds, table, dryRun, onStep);
  } catch (e) {
    if (!progress) throw e;
    log.error({ reqId: res.locals.requestId, err: e }, 'import failed');
    return res.end(`${JSON.stringify({ error: { message: '导入失败：什么都没有写入' } })}\n`);
  }
  const answer = {
    ok: report.ok,
    dryRun: report.dryRun,
    rows: report.rows,
    batchId: report.batchId,
    errors: report.errors,
    saved: report.saved.map((s) => ({ row: s.row, id: s.id })),
    // one-time passwords of imported users, shown to the administrator this once as the grid does
    revealed: report.revealed,
    // the file as read (header first), for the report shown cell by cell; row n of `errors` is line n here
    ...(dryRun ? { preview: table.length <= PREVIEW_ROWS + 1 ? table : null } : {}),
  };
  if (progress) res.end(`${JSON.stringify({ status: report.ok ? 200 : 422, report: answer })}\n`);
  else res.status(report.ok ? 200 : 422).json(answer);
}
