import type { DataSource } from 'typeorm';
import { localDateTimeText } from '../../../../common/business-time.js';
import { AnalysisFilterError } from './analysis-filter.js';
import { periodProblem } from './period.rules.js';
import { kpiTable, type ReportTable } from './report-content.js';
import { complaintKpis } from './kpi.queries.js';
import {
  REWORK_GROUP_KEYS,
  reworkGroups,
  type ReworkGroup,
  type ReworkGroupKeyCode,
  type ReworkHistoryFilterInput,
} from './rework-history.queries.js';

const GROUP_NAMES: Record<string, string> = {
  PRODUCT_MODEL: '型号',
  PART: '料号',
  DEFECT_CAUSE: '不良原因',
  MONTH: '月份',
  CUSTOMER: '客户',
};

/** A question of 质量分析 that does not hold, naming its parameter. */
export class AskError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const list = (v: string | undefined) =>
  v
    ? v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
    : [];

/** 质量分析's question as its address carries it (from, to, dateField, models, causes, parts, customers, serial, group1, group2). */
export function reworkAsk(q: Record<string, string | undefined>): {
  filter: ReworkHistoryFilterInput;
  groupBy: ReworkGroupKeyCode[];
} {
  const period = { from: String(q.from ?? ''), to: String(q.to ?? '') };
  const problem = periodProblem(period);
  if (problem) throw new AskError(problem.field, problem.message);
  const groupBy = [q.group1, q.group2].filter((g): g is string => !!g);
  const unknown = groupBy.find((g) => !(REWORK_GROUP_KEYS as readonly string[]).includes(g));
  if (unknown) throw new AskError('group1', `没有这种分组：${unknown}`);
  return {
    filter: {
      ...period,
      dateField: q.dateField === 'FINISHED' ? 'FINISHED' : 'OPENED',
      models: list(q.models),
      defectCauses: list(q.causes),
      parts: list(q.parts),
      customers: list(q.customers),
      serialNo: q.serial?.trim() || null,
    },
    groupBy: [...new Set(groupBy)] as ReworkGroupKeyCode[],
  };
}

/** The question in words, for the workbook's cover. */
function questionRows(f: ReworkHistoryFilterInput, groupBy: string[], by: string): Array<[string, string]> {
  const rows: Array<[string, string]> = [
    ['期间', `${f.from} 至 ${f.to}（按${f.dateField === 'FINISHED' ? '完工' : '开单'}日期）`],
    ['型号', f.models?.join('、') || '全部'],
    ['不良原因', f.defectCauses?.join('、') || '全部'],
    ['料号', f.parts?.join('、') || '全部'],
    ['客户', f.customers?.join('、') || '全部'],
    ['序列号包含', f.serialNo || '—'],
    ['分组', groupBy.map((g) => GROUP_NAMES[g]).join(' × ') || '不分组'],
    ['导出', `${by}，${localDateTimeText(new Date())}`],
  ];
  return rows;
}

/** The grouped table with its costs: 工时, 工时单价 (labour cost ÷ hours), 工时成本, 材料成本, 合计, 单台. */
function groupTable(groups: ReworkGroup[], totals: Omit<ReworkGroup, 'key' | 'label' | 'keys' | 'drill'>): ReportTable {
  const row = (label: string, g: typeof totals) => ({
    label,
    reworks: g.reworks,
    units: g.units,
    labourHours: g.labourHours,
    labourRate: g.labourHours ? Math.round(((g.labourCost ?? 0) / g.labourHours) * 100) / 100 : null,
    labourCost: g.labourCost,
    materialCost: g.materialCost,
    totalCost: g.totalCost,
    costPerUnit: g.costPerUnit,
  });
  return {
    name: '返工分析',
    columns: [
      { key: 'label', label: '分组', type: 'text' },
      { key: 'reworks', label: '返工单', type: 'number' },
      { key: 'units', label: '台数', type: 'number' },
      { key: 'labourHours', label: '工时', type: 'number' },
      { key: 'labourRate', label: '工时单价（元）', type: 'money' },
      { key: 'labourCost', label: '工时成本（元）', type: 'money' },
      { key: 'materialCost', label: '材料成本（元）', type: 'money' },
      { key: 'totalCost', label: '合计成本（元）', type: 'money' },
      { key: 'costPerUnit', label: '单台成本（元）', type: 'money' },
    ],
    rows: [...groups.map((g) => row(g.label, g)), row('合计', totals)],
  };
}

/** 质量分析 as a workbook's content: the question in words and the grouped table, computed now. */
export async function reworkAnalysisTables(
  ds: DataSource,
  q: Record<string, string | undefined>,
  by: string,
): Promise<{ question: Array<[string, string]>; tables: ReportTable[] }> {
  const { filter, groupBy } = reworkAsk(q);
  try {
    const { groups, totals } = await reworkGroups(ds, filter, groupBy);
    return { question: questionRows(filter, groupBy, by), tables: [groupTable(groups, totals)] };
  } catch (e) {
    if (e instanceof AnalysisFilterError) throw new AskError(e.field, e.message);
    throw e;
  }
}

/** 投诉指标 as a workbook's content: the period's figures in total, by month, by department and by cause. */
export async function kpiAnalysisTables(
  ds: DataSource,
  q: Record<string, string | undefined>,
  by: string,
): Promise<{ question: Array<[string, string]>; tables: ReportTable[] }> {
  const period = { from: String(q.from ?? ''), to: String(q.to ?? '') };
  const problem = periodProblem(period);
  if (problem) throw new AskError(problem.field, problem.message);
  const [byMonth, byDept, byCause] = [
    await complaintKpis(ds, period, 'MONTH', null),
    await complaintKpis(ds, period, 'DEPARTMENT', null),
    await complaintKpis(ds, period, 'CAUSE', null),
  ];
  return {
    question: [
      ['期间', `${period.from} 至 ${period.to}（按受理日期；结案、回访按其发生日期）`],
      ['导出', `${by}，${localDateTimeText(new Date())}`],
    ],
    tables: [
      kpiTable('指标汇总', [], byMonth.totals),
      kpiTable('按月', byMonth.rows, byMonth.totals),
      kpiTable('按部门', byDept.rows, null),
      kpiTable('按原因', byCause.rows, null),
    ],
  };
}
