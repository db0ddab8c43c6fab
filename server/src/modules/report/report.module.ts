import { defineModule } from '../app-module.js';
import { ReportResolver } from './report.resolver.js';

/** 统计分析: figures computed by the database over the ledgers (first: the Pareto). */
export const reportModule = defineModule({ name: 'report', ledgers: [], resolvers: [ReportResolver] });
