import express from 'express';
import type { DataSource } from 'typeorm';
import { attachment, chinaDay, sendError, XLSX_TYPE } from '../../api/http/http-errors.js';
import type { Logger } from '../../api/http/logger.js';
import { signedIn } from '../../api/http/session.js';
import { findReport } from './frozen-report.store.js';
import { REPORT_ROLES } from './report-roles.js';
import { writeAnalysisXlsx, writeReportXlsx } from './report-xlsx.js';
import { AskError, kpiAnalysisTables, reworkAnalysisTables } from './analysis-export.js';

/** `GET /reports/<id>.xlsx`: a frozen report as a workbook. */
export function reportRouter(ds: DataSource, log: Logger): express.Router {
  const router = express.Router();
  // what an analysis page shows, with its question on a cover: figures of the moment (not frozen, not audited)
  const analysisXlsx = (page: string, title: string, file: string, tables: typeof reworkAnalysisTables) =>
    router.get(`/reports/analysis/${page}.xlsx`, async (req, res) => {
      const user = await signedIn(ds, req, res, REPORT_ROLES, '导出分析');
      if (!user) return;
      let content: Awaited<ReturnType<typeof reworkAnalysisTables>>;
      try {
        content = await tables(ds, req.query as Record<string, string>, user.displayName);
      } catch (e) {
        if (e instanceof AskError) return sendError(res, 400, 'BAD_USER_INPUT', e.message, e.field);
        throw e;
      }
      attachment(res, XLSX_TYPE, `${file}-${chinaDay()}.xlsx`, `${page}-analysis.xlsx`);
      try {
        await writeAnalysisXlsx(title, content.question, content.tables, res);
        res.end();
      } catch (e) {
        log.error({ err: e }, 'analysis xlsx failed');
        if (!res.headersSent) sendError(res, 500, 'INTERNAL', '导出失败');
        else res.destroy();
      }
    });
  analysisXlsx('quality', '质量分析（返工）', '质量分析', reworkAnalysisTables);
  analysisXlsx('kpis', '投诉指标', '投诉指标', kpiAnalysisTables);
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
