import { defineModule } from '../app-module.js';
import { frozenReportsLock } from './report-period-lock.js';
import { AnalysisReportContentResolver, FrozenReportResolver, ReportResolver } from './report.resolver.js';
import { reportRouter } from './report.router.js';

/** 统计分析: Pareto, complaint KPIs, rework history and the frozen monthly, half-year and annual reports. */
export const reportModule = defineModule({
  name: 'report',
  ledgers: [],
  resolvers: [ReportResolver, FrozenReportResolver, AnalysisReportContentResolver],
  http: reportRouter,
  actionLabels: { GENERATE: '生成报告' },
  // a frozen report's trail entry (its hash) reads as 统计报告 in the audit log and the dossier
  entityLabels: { analysisReport: '统计报告' },
  // a record entered after the fact (补录) may not change a frozen report's figures unless it is generated again
  periodLocks: [frozenReportsLock],
});
