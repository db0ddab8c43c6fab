import express from 'express';
import type { DataSource } from 'typeorm';
import { attachment, chinaDay, sendError, stampExport, XLSX_TYPE } from '../../api/http/http-errors.js';
import type { Logger } from '../../api/http/logger.js';
import { signedIn } from '../../api/http/session.js';
import { LedgerInputError } from '../../core/ledger/schema/ledger-input-error.js';
import type { LedgerFilter } from '../../core/ledger/query/filter-parser.js';
import { Role } from '../user/roles.js';
import { dossierArchives, DossierError, writeDossier } from './dossier.js';

/** Who may take a unit's records and their history away: auditors, administrators, quality. */
export const DOSSIER_ROLES: string[] = [Role.AUDITOR, Role.ADMIN, Role.QUALITY];

/** `GET /export/dossier.xlsx?archiveNo=…|serialNo=…|filter=<the archive ledger's filter as JSON>` */
export function dossierRouter(ds: DataSource, log: Logger): express.Router {
  const router = express.Router();
  router.get('/export/dossier.xlsx', async (req, res) => {
    const user = await signedIn(ds, req, res, DOSSIER_ROLES, '导出档案包');
    if (!user) return;
    const archiveNo =
      typeof req.query.archiveNo === 'string' && req.query.archiveNo.trim() ? req.query.archiveNo.trim() : undefined;
    const serialNo =
      typeof req.query.serialNo === 'string' && req.query.serialNo.trim() ? req.query.serialNo.trim() : undefined;
    let filter: LedgerFilter | undefined;
    try {
      if (typeof req.query.filter === 'string' && req.query.filter)
        filter = JSON.parse(req.query.filter) as LedgerFilter;
    } catch {
      return sendError(res, 400, 'BAD_USER_INPUT', 'filter: 不是有效的 JSON', 'filter');
    }
    if (!archiveNo && !serialNo && !filter)
      return sendError(res, 400, 'BAD_USER_INPUT', '请给出 archiveNo、serialNo 或 filter', 'archiveNo');
    let ids: number[];
    try {
      ids = await dossierArchives(ds, { archiveNo, serialNo, filter });
    } catch (e) {
      if (e instanceof DossierError)
        return sendError(
          res,
          e.message.startsWith('没有') ? 404 : 400,
          e.message.startsWith('没有') ? 'NOT_FOUND' : 'BAD_USER_INPUT',
          e.message,
          e.field,
        );
      if (e instanceof LedgerInputError) return sendError(res, 400, 'BAD_USER_INPUT', e.message, e.path);
      throw e;
    }
    const stamp = await stampExport(ds, res, log);
    if (!stamp) return;
    attachment(
      res,
      XLSX_TYPE,
      `档案包-${archiveNo ?? serialNo ?? `${ids.length}个档案`}-${chinaDay()}.xlsx`,
      'dossier.xlsx',
    );
    try {
      await writeDossier(ds, stamp, ids, { archiveNo, serialNo, filter }, res, {
        userId: user.id,
        displayName: user.displayName,
        role: user.role,
      });
    } catch (e) {
      log.error({ err: e }, 'dossier export failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', '档案包导出失败');
      else res.destroy();
    }
  });
  return router;
}
