import express from 'express';
import type { DataSource } from 'typeorm';
import { attachment, sendError, XLSX_TYPE } from '../../api/http/http-errors.js';
import type { Logger } from '../../api/http/logger.js';
import { signedIn } from '../../api/http/session.js';
import { findReport } from './frozen-report.store.js';
import { REPORT_ROLES } from './report-roles.js';
import { writeReportXlsx } from './report-xlsx.js';

/** `GET /reports/<id>.xlsx`: a frozen report as a workbook. */
export function reportRouter(ds: DataSource, log: Logger): express.Router {
  const router = express.Router();
  router.get('/reports/:id.xlsx', async (req, res) => {
    if (!(await signedIn(ds, req, res, REPORT_ROLES, '下载报告'))) return;
    const report = /^\d+$/.test(String(req.params.id)) ? await findReport(ds, Number(req.params.id)) : null;
    if (!report) return sendError(res, 404, 'NOT_FOUND', '没有这份报告');
    attachment(
      res,
      XLSX_TYPE,
      `${report.content.title}-${report.period}-第${report.version}版.xlsx`,
      `report-${report.id}.xlsx`,
    );
    try {
      await writeReportXlsx(report, res);
      res.end();
    } catch (e) {
      log.error({ err: e, report: report.id }, 'report xlsx failed');
      if (!res.headersSent) sendError(res, 500, 'INTERNAL', '报告生成失败');
      else res.destroy();
    }
  });
  return router;
}
