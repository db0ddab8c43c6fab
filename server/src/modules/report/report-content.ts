import type { DataSource } from 'typeorm';
import { enumLabel } from '../../../../common/cell-types.js';
import { localDateTimeText } from '../../../../common/business-time.js';
import { addDays, addMonths, localMoment } from '../../core/calendar/working-calendar.js';
import { quoter, fromSql, toSqlParam } from '../../core/db/sql-value.js';
import { departmentNameSql, periodMoments } from './analysis-sql.js';
import { ComplaintStatus } from '../complaint/complaint.enums.js';
import { NoticeKind, NoticeStatus } from '../notice/notice.ledger.js';
import type { AnalysisFilterInput } from './analysis-filter.js';
import { complaintKpis } from './kpi.queries.js';
import type { KpiRow } from './kpi.rules.js';
import { paretoGroups, type ParetoMeasureCode, type ParetoSubjectCode } from './pareto.queries.js';
import { paretoLines } from './pareto.rules.js';
import type { Period } from './period.rules.js';
import { reworkGroups } from './rework-history.queries.js';
import { overdueAtSql } from '../complaint/deadline.rules.js';
import { rectificationTable, surveyItemTable } from '../improvement/rectification.report.js';
import { fieldServiceTable } from '../field-service/field-service.report.js';
import { accusedTable, targetsTable } from './targets.js';

export type ReportKind = 'MONTHLY' | 'HALF_YEAR' | 'ANNUAL';

/** A column of a report table: numbers stay numbers, rates are fractions shown as percentages, dates are dates. */
export interface ReportColumn {
  key: string;
  label: string;
  type: 'text' | 'number' | 'money' | 'rate' | 'datetime';
}

export interface ReportTable {
  name: string;
  columns: ReportColumn[];
  rows: Array<Record<string, string | number | null>>;
  /** What a chart of this table plots (category column and value columns), when it is charted. */
  chart?: { category: string; values: string[]; kind: 'bar' | 'line' | 'pareto' };
}

export interface ReportContent {
  title: string;
  kind: ReportKind;
  period: Period;
  scope: 'COMPANY' | 'DEPARTMENT';
  department: string | null;
  tables: ReportTable[];
  /** Potential issues: causes up more than 50 % on the previous period. */
  risingCauses: Array<{
    subject: string;
    key: string;
    label: string;
    previous: number;
    current: number;
    change: number | null;
  }>;
}

const KPI_COLUMNS: ReportColumn[] = [
  { key: 'label', label: '分组', type: 'text' },
  { key: 'received', label: '受理', type: 'number' },
  { key: 'closed', label: '结案', type: 'number' },
  { key: 'timelinessRate', label: '及时率', type: 'rate' },
  { key: 'callbackRate', label: '回访率', type: 'rate' },
  { key: 'satisfactionRate', label: '满意率', type: 'rate' },
  { key: 'medianFirstResponseHours', label: '首次响应中位（小时）', type: 'number' },
  { key: 'firstResponseOnTimeRate', label: '24 小时响应率', type: 'rate' },
  { key: 'repeatRate', label: '重复投诉率', type: 'rate' },
  { key: 'escalated', label: '升级', type: 'number' },
  { key: 'overdueOpen', label: '超期未结', type: 'number' },
  { key: 'receivedLastYear', label: '去年同期受理', type: 'number' },
  { key: 'yoyChange', label: '同比', type: 'rate' },
];

export function kpiTable(
  name: string,
  rows: KpiRow[],
  totals: KpiRow | null,
  chart?: ReportTable['chart'],
): ReportTable {
  const pick = (r: KpiRow) =>
    Object.fromEntries(
      KPI_COLUMNS.map((c) => [c.key, (r as unknown as Record<string, string | number | null>)[c.key]]),
    );
  return { name, columns: KPI_COLUMNS, rows: [...rows.map(pick), ...(totals ? [pick(totals)] : [])], chart };
}

const KEY_LABEL: Partial<Record<ParetoSubjectCode, string>> = {
  PART: '料号',
  PRODUCT_MODEL: '型号',
  CUSTOMER: '客户编号',
};

async function paretoTable(
  ds: DataSource,
  name: string,
  subject: ParetoSubjectCode,
  measure: ParetoMeasureCode,
  p: Period,
  f: AnalysisFilterInput,
  top = 10,
): Promise<ReportTable> {
  const { items } = paretoLines(await paretoGroups(ds, subject, measure, p, f));
  return {
    name,
    columns: [
      // a part no., a model or a customer code is the thing itself; a cause's code is not for people
      ...(KEY_LABEL[subject] ? [{ key: 'key', label: KEY_LABEL[subject]!, type: 'text' as const }] : []),
      { key: 'label', label: '项目', type: 'text' },
      {
        key: 'value',
        label: measure === 'COST' ? '成本（元）' : '件数',
        type: measure === 'COST' ? 'money' : 'number',
      },
      { key: 'share', label: '占比', type: 'rate' },
      { key: 'cumulativeShare', label: '累计占比', type: 'rate' },
      { key: 'vital', label: '关键少数', type: 'text' },
    ],
    rows: items.slice(0, top).map((i) => ({
      key: i.key,
      label: i.label,
      value: i.value,
      share: i.share,
      cumulativeShare: i.cumulativeShare,
      vital: i.vital ? '是' : '',
    })),
    chart: { category: 'label', values: ['value'], kind: 'pareto' },
  };
}

async function reworkByModel(ds: DataSource, p: Period, f: AnalysisFilterInput): Promise<ReportTable> {
  const { groups, totals } = await reworkGroups(ds, { ...f, ...p }, ['PRODUCT_MODEL']);
  const row = (label: string, g: typeof totals) => ({
    label,
    reworks: g.reworks,
    units: g.units,
    labourCost: g.labourCost,
    materialCost: g.materialCost,
    totalCost: g.totalCost,
    costPerUnit: g.costPerUnit,
  });
  return {
    name: '各型号返工成本',
    columns: [
      { key: 'label', label: '产品型号', type: 'text' },
      { key: 'reworks', label: '返工单', type: 'number' },
      { key: 'units', label: '台数', type: 'number' },
      { key: 'labourCost', label: '工时成本', type: 'money' },
      { key: 'materialCost', label: '材料成本', type: 'money' },
      { key: 'totalCost', label: '合计成本', type: 'money' },
      { key: 'costPerUnit', label: '单台成本', type: 'money' },
    ],
    rows: [...groups.map((g) => row(g.label, g)), row('合计', totals)],
    chart: { category: 'label', values: ['totalCost'], kind: 'bar' },
  };
}

/** Complaints open and past due at the period's end (at most 500, oldest deadline first). */
async function overdueTable(ds: DataSource, p: Period, department: string | null, now: Date): Promise<ReportTable> {
  const q = quoter(ds);
  const end = new Date(Math.min(localMoment(addDays(p.to, 1)).getTime() - 1, now.getTime()));
  const at = toSqlParam(ds, 'datetime', end);
  const dept = department ? ` AND ${departmentNameSql(ds, 'c')} = ?` : '';
  const overdue = overdueAtSql((n) => `c.${q(n)}`, at);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT c.${q('complaintNo')} AS no, c.${q('receivedAt')} AS receivedAt, c.${q('dueAt')} AS dueAt, ${departmentNameSql(ds, 'c')} AS dept, c.${q('status')} AS status FROM ${q('complaint')} c
      WHERE c.${q('voidedAt')} IS NULL AND c.${q('receivedAt')} <= ? AND ${overdue.sql}${dept} ORDER BY c.${q('dueAt')}, c.${q('id')} LIMIT 500`,
    [at, ...overdue.params, ...(department ? [department] : [])],
  );
  return {
    name: '超期未结投诉',
    columns: [
      { key: 'no', label: '投诉编号', type: 'text' },
      { key: 'receivedAt', label: '受理时间', type: 'datetime' },
      { key: 'dueAt', label: '处理期限', type: 'datetime' },
      { key: 'dept', label: '对策单位', type: 'text' },
      { key: 'status', label: '状态', type: 'text' },
    ],
    rows: rows.map((r) => ({
      no: String(r.no),
      receivedAt: localDateTimeText(fromSql('datetime', r.receivedAt) as Date),
      dueAt: localDateTimeText(fromSql('datetime', r.dueAt) as Date),
      dept: (r.dept as string) ?? '',
      status: enumLabel(ComplaintStatus, String(r.status))?.zh ?? String(r.status),
    })),
  };
}

/** Serious complaints of the period (escalated or claims) with the reward/penalty notices raised on them. */
async function seriousTable(ds: DataSource, p: Period, department: string | null): Promise<ReportTable> {
  const q = quoter(ds);
  const [from, to] = periodMoments(ds, p);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT c.${q('complaintNo')} AS no, c.${q('receivedAt')} AS receivedAt, c.${q('kind')} AS kind, c.${q('escalated')} AS escalated, c.${q('claimAmount')} AS claim,
       ${departmentNameSql(ds, 'c')} AS dept, n.${q('noticeNo')} AS noticeNo, n.${q('kind')} AS noticeKind, n.${q('amount')} AS amount, n.${q('status')} AS noticeStatus
     FROM ${q('complaint')} c LEFT JOIN ${q('reward_penalty_notice')} n ON n.${q('sourceComplaintId')} = c.${q('id')} AND n.${q('voidedAt')} IS NULL
     WHERE c.${q('voidedAt')} IS NULL AND c.${q('receivedAt')} >= ? AND c.${q('receivedAt')} < ? AND (c.${q('escalated')} = 1 OR c.${q('kind')} = 'CLAIM')${department ? ` AND ${departmentNameSql(ds, 'c')} = ?` : ''}
     ORDER BY c.${q('receivedAt')}, c.${q('id')} LIMIT 500`,
    [from, to, ...(department ? [department] : [])],
  );
  return {
    name: '重大投诉及奖惩',
    columns: [
      { key: 'no', label: '投诉编号', type: 'text' },
      { key: 'receivedAt', label: '受理时间', type: 'datetime' },
      { key: 'reason', label: '性质', type: 'text' },
      { key: 'claim', label: '索赔金额', type: 'money' },
      { key: 'dept', label: '对策单位', type: 'text' },
      { key: 'noticeNo', label: '奖惩单号', type: 'text' },
      { key: 'notice', label: '奖惩', type: 'text' },
      { key: 'amount', label: '金额', type: 'money' },
    ],
    rows: rows.map((r) => ({
      no: String(r.no),
      receivedAt: localDateTimeText(fromSql('datetime', r.receivedAt) as Date),
      reason: [Number(r.escalated) ? '已升级' : '', r.kind === 'CLAIM' ? '索赔' : ''].filter(Boolean).join('、'),
      claim: r.claim === null ? null : Number(r.claim),
      dept: (r.dept as string) ?? '',
      noticeNo: (r.noticeNo as string) ?? '',
      notice: r.noticeNo
        ? `${enumLabel(NoticeKind, String(r.noticeKind))?.zh ?? ''}（${enumLabel(NoticeStatus, String(r.noticeStatus))?.zh ?? ''}）`
        : '未开具',
      amount: r.amount === null ? null : Number(r.amount),
    })),
  };
}

/** Causes whose count rose more than 50 % on the previous period of the same length: the potential issues. */
async function risingCauses(
  ds: DataSource,
  p: Period,
  previous: Period,
  f: AnalysisFilterInput,
): Promise<ReportContent['risingCauses']> {
  const out: ReportContent['risingCauses'] = [];
  for (const [subject, name] of [
    ['COMPLAINT_CAUSE', '投诉原因'],
    ['DEFECT_CAUSE', '不良原因'],
  ] as const) {
    const [now, before] = await Promise.all([
      paretoGroups(ds, subject, 'COUNT', p, f),
      paretoGroups(ds, subject, 'COUNT', previous, f),
    ]);
    const prev = new Map(before.map((g) => [g.key, g.value]));
    for (const g of now) {
      const was = prev.get(g.key) ?? 0;
      if (g.value > was * 1.5 && g.value >= 3)
        out.push({
          subject: name,
          key: g.key,
          label: g.label,
          previous: was,
          current: g.value,
          change: was ? Math.round(((g.value - was) / was) * 10_000) / 10_000 : null,
        });
    }
  }
  return out.sort((a, b) => (b.change ?? Infinity) - (a.change ?? Infinity));
}

const TITLES: Record<ReportKind, string> = {
  MONTHLY: '月度投诉与质量汇总',
  HALF_YEAR: '半年度投诉分析',
  ANNUAL: '年度总结',
};

/** Computes a report's figures (every one by the database); the caller freezes them. */
export async function reportContent(
  ds: DataSource,
  kind: ReportKind,
  p: Period,
  department: string | null,
  now = new Date(),
): Promise<ReportContent> {
  const f: AnalysisFilterInput = department ? { departments: [department] } : {};
  const months = kind === 'MONTHLY' ? 1 : kind === 'HALF_YEAR' ? 6 : 12;
  const previous = { from: addMonths(p.from, -months), to: addDays(p.from, -1) };
  const [byDept, byCause, byMonth] = await Promise.all([
    complaintKpis(ds, p, 'DEPARTMENT', f, now),
    complaintKpis(ds, p, 'CAUSE', f, now),
    kind === 'MONTHLY' ? null : complaintKpis(ds, p, 'MONTH', f, now),
  ]);
  const tables: ReportTable[] = [
    kpiTable('指标汇总', [], byDept.totals),
    await targetsTable(ds, p, byDept.totals),
    ...(byMonth
      ? [
          kpiTable('月度趋势', byMonth.rows, byMonth.totals, {
            category: 'label',
            values: ['received', 'receivedLastYear'],
            kind: 'line',
          }),
        ]
      : []),
    kpiTable('按部门', byDept.rows, null, { category: 'label', values: ['received'], kind: 'bar' }),
    kpiTable('按原因', byCause.rows, null, { category: 'label', values: ['received'], kind: 'bar' }),
    await paretoTable(ds, '投诉原因帕累托', 'COMPLAINT_CAUSE', 'COUNT', p, f),
    await paretoTable(ds, '不良原因帕累托（成本）', 'DEFECT_CAUSE', 'COST', p, f),
    await paretoTable(ds, '料号帕累托（成本）', 'PART', 'COST', p, f),
    await reworkByModel(ds, p, f), // a department's reworks: those following its complaints
    await overdueTable(ds, p, department, now),
    await seriousTable(ds, p, department),
    await accusedTable(ds, p, department),
    await rectificationTable(ds, p, department, now),
    await surveyItemTable(ds, p),
    // the field service is the company's, not a department's
    ...(department ? [] : [await fieldServiceTable(ds, p, now)]),
  ];
  return {
    title: `${department ?? '公司'}${TITLES[kind]}`,
    kind,
    period: p,
    scope: department ? 'DEPARTMENT' : 'COMPANY',
    department,
    tables,
    risingCauses: await risingCauses(ds, p, previous, f),
  };
}
