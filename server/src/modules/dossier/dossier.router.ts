import { PassThrough, Readable } from 'node:stream';
import express from 'express';
import type { DataSource } from 'typeorm';
import { attachment, chinaDay, sendError, stampExport, XLSX_TYPE } from '../../api/http/http-errors.js';
import type { Logger } from '../../api/http/logger.js';
import { signedIn } from '../../api/http/session.js';
import { LedgerInputError } from '../../core/ledger/schema/ledger-input-error.js';
import type { LedgerFilter } from '../../core/ledger/query/filter-parser.js';
import { Role } from '../user/roles.js';
import { DatabaseBlobStore } from '../../core/attachments/blob-store.js';
import { dossierArchives, DossierError, writeDossier } from './dossier.js';
import { loadArchiver } from '../../core/runtime/lazy-modules.js';

/** Who may take a unit's records and their history away: auditors, administrators, quality. */
export const DOSSIER_ROLES: string[] = [Role.AUDITOR, Role.ADMIN, Role.QUALITY];

type Selection = { archiveNo?: string; serialNo?: string; filter?: LedgerFilter };

/** The archives a request selects (archiveNo, serialNo or the archive ledger's filter), or the answer refusing it. */
async function selected(
  ds: DataSource,
  req: express.Request,
  res: express.Response,
): Promise<{ selection: Selection; ids: number[] } | null> {
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const archiveNo = text(req.query.archiveNo);
  const serialNo = text(req.query.serialNo);
  let filter: LedgerFilter | undefined;
  try {
    if (typeof req.query.filter === 'string' && req.query.filter) filter = JSON.parse(req.query.filter) as LedgerFilter;
  } catch {
    sendError(res, 400, 'BAD_USER_INPUT', 'filter: 不是有效的 JSON', 'filter');
    return null;
  }
  if (!archiveNo && !serialNo && !filter) {
    sendError(res, 400, 'BAD_USER_INPUT', '请给出 archiveNo、serialNo 或 filter', 'archiveNo');
    return null;
  }
  try {
    return {
      selection: { archiveNo, serialNo, filter },
      ids: await dossierArchives(ds, { archiveNo, serialNo, filter }),
    };
  } catch (e) {
    const missing = e instanceof DossierError && e.message.startsWith('没有');
    if (e instanceof DossierError)
      sendError(res, missing ? 404 : 400, missing ? 'NOT_FOUND' : 'BAD_USER_INPUT', e.message, e.field);
    else if (e instanceof LedgerInputError) sendError(res, 400, 'BAD_USER_INPUT', e.message, e.path);
    else throw e;
    return null;
  }
}

/**
 * `GET /export/dossier.xlsx?archiveNo=…|serialNo=…|filter=<the archive ledger's filter as JSON>`; and
 * `GET /export/dossier.zip?…`: the same workbook with the files its 附件清单 lists beside it, each at
 * the path the list gives, so the manifest (which hashes 附件清单) vouches for them too.
 */
export function dossierRouter(ds: DataSource, log: Logger): express.Router {
  const router = express.Router();
  const store = new DatabaseBlobStore(ds);
  router.get(/^\/export\/dossier\.(xlsx|zip)$/, async (req, res) => {
    const zip = req.path.endsWith('.zip');
    const user = await signedIn(ds, req, res, DOSSIER_ROLES, '导出档案包');
    if (!user) return;
    const chosen = await selected(ds, req, res);
    if (!chosen) return;
    const { selection, ids } = chosen;
    const stamp = await stampExport(ds, res, log);
    if (!stamp) return;
    const name = `档案包-${selection.archiveNo ?? selection.serialNo ?? `${ids.length}个档案`}-${chinaDay()}`;
    attachment(
      res,
      zip ? 'application/zip' : XLSX_TYPE,
      `${name}.${zip ? 'zip' : 'xlsx'}`,
      `dossier.${zip ? 'zip' : 'xlsx'}`,
    );
    const actor = { userId: user.id, displayName: user.displayName, role: user.role };
    try {
      if (!zip) return void (await writeDossier(ds, stamp, ids, selection, res, actor));
      const archive = (await loadArchiver())('zip', { zlib: { level: 6 } });
      archive.pipe(res);
      const book = new PassThrough();
      archive.append(book, { name: `${name}.xlsx`, store: true }); // a workbook is compressed already
      const summary = await writeDossier(ds, stamp, ids, selection, book, actor);
      for (const f of summary.files)
        if (f.blobId !== undefined) archive.append(Readable.from(store.read(f.blobId)), { name: f.path });
      await archive.finalize();
    } catch (e) {
      log.error({ err: e }, 'dossier export failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', '档案包导出失败');
      else res.destroy();
    }
  });
  return router;
}
