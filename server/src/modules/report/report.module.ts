import { defineModule } from '../app-module.js';
import { FrozenReportResolver, ReportResolver } from './report.resolver.js';
import { reportRouter } from './report.router.js';

/** 统计分析: Pareto, complaint KPIs, rework history and the frozen monthly, half-year and annual reports. */
export const reportModule = defineModule({ name: 'report', ledgers: [], resolvers: [ReportResolver, FrozenReportResolver], http: reportRouter });
