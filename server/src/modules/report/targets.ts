import type { DataSource } from 'typeorm';
import { quoter, toSqlParam } from '../../core/db/sql-value.js';
import { departmentNameSql, periodMoments } from './analysis-sql.js';
import type { KpiRow } from './kpi.rules.js';
import type { Period } from './period.rules.js';
import type { ReportTable } from './report-content.js';

/**
 * The targets the review meeting weighs the period against: satisfaction at least 90 %, complaints
 * at most 5 % of the units in service, every answered complaint called back.
 */
export const TARGETS = { satisfaction: 0.9, complaintRate: 0.05, callbackRate: 1 } as const;

/**
 * 投诉率: complaints received in the period ÷ units in service at its end — the service archives (one
 * per sold unit) invoiced on or before the period's last day and not voided. Null with no unit.
 */
export function complaintRate(received: number, unitsInService: number): number | null {
  return unitsInService > 0 ? Math.round((received / unitsInService) * 10_000) / 10_000 : null;
}

/** Whether an actual meets its target: at least it, or (a rate to keep low) at most it; null without an actual. */
export function meets(actual: number | null, target: number, atMost = false): string {
  if (actual === null) return '无数据';
  return (atMost ? actual <= target : actual >= target) ? '达标' : '未达标';
}

async function scalar(ds: DataSource, sql: string, params: unknown[]): Promise<number | null> {
  const [r] = (await ds.query(sql, params)) as Array<{ v: unknown }>;
  return r?.v === null || r?.v === undefined ? null : Number(r.v);
}

/** 目标与实绩: each target beside what the period reached. */
export async function targetsTable(ds: DataSource, p: Period, totals: KpiRow | null): Promise<ReportTable> {
  const q = quoter(ds);
  const units =
    (await scalar(
      ds,
      `SELECT COUNT(*) AS v FROM ${q('service_archive')} WHERE ${q('voidedAt')} IS NULL AND ${q('invoiceDate')} <= ?`,
      [p.to],
    )) ?? 0;
  const surveyed = await scalar(
    ds,
    `SELECT AVG(${q('score')}) AS v FROM ${q('satisfaction_survey')} WHERE ${q('voidedAt')} IS NULL AND ${q('surveyDate')} >= ? AND ${q('surveyDate')} <= ?`,
    [p.from, p.to],
  );
  const survey = surveyed === null ? null : Math.round(surveyed * 100) / 10_000; // 0–100 as a fraction
  const rate = complaintRate(totals?.received ?? 0, units);
  const row = (label: string, target: number, actual: number | null, basis: string, atMost = false) => ({
    label,
    target,
    actual,
    verdict: meets(actual, target, atMost),
    basis,
  });
  return {
    name: '目标与实绩',
    columns: [
      { key: 'label', label: '指标', type: 'text' },
      { key: 'target', label: '目标', type: 'rate' },
      { key: 'actual', label: '实绩', type: 'rate' },
      { key: 'verdict', label: '结论', type: 'text' },
      { key: 'basis', label: '口径', type: 'text' },
    ],
    rows: [
      row('满意度调查得分', TARGETS.satisfaction, survey, '期内问卷百分制得分之和 ÷ 问卷数'),
      row('回访满意率', TARGETS.satisfaction, totals?.satisfactionRate ?? null, '满意的回访 ÷ 回访数'),
      row(
        '投诉率',
        TARGETS.complaintRate,
        rate,
        `期内受理投诉 ${totals?.received ?? 0} 件 ÷ 期末在用产品（已开票、未作废的售后服务档案）${units} 台`,
        true,
      ),
      row('回访率', TARGETS.callbackRate, totals?.callbackRate ?? null, '已回访 ÷ 已答复且回访到期的投诉'),
    ],
  };
}

/**
 * 被投诉人员统计: the people complained about in the period (被投诉人, complaint-handling-procedures 第十条),
 * how often, how many the company was found responsible for, how many escalated — the staff statistics
 * the year-end appraisal reads. Most complained about first (at most 100).
 */
export async function accusedTable(ds: DataSource, p: Period, department: string | null): Promise<ReportTable> {
  const q = quoter(ds);
  const [from, to] = periodMoments(ds, p);
  const rows: Array<{ person: string; n: number; responsible: number; escalated: number }> = await ds.query(
    `SELECT c.${q('accusedPerson')} AS person, COUNT(*) AS n,
       SUM(CASE WHEN c.${q('companyResponsible')} = ? THEN 1 ELSE 0 END) AS responsible,
       SUM(CASE WHEN c.${q('escalated')} = ? THEN 1 ELSE 0 END) AS escalated
     FROM ${q('complaint')} c
     WHERE c.${q('voidedAt')} IS NULL AND c.${q('accusedPerson')} IS NOT NULL AND c.${q('receivedAt')} >= ? AND c.${q('receivedAt')} < ?${department ? ` AND ${departmentNameSql(ds, 'c')} = ?` : ''}
     GROUP BY c.${q('accusedPerson')} ORDER BY n DESC, person LIMIT 100`,
    [toSqlParam(ds, 'bool', true), toSqlParam(ds, 'bool', true), from, to, ...(department ? [department] : [])],
  );
  return {
    name: '被投诉人员统计',
    columns: [
      { key: 'person', label: '被投诉人', type: 'text' },
      { key: 'complaints', label: '被投诉次数', type: 'number' },
      { key: 'responsible', label: '其中公司责任', type: 'number' },
      { key: 'escalated', label: '其中升级', type: 'number' },
    ],
    rows: rows.map((r) => ({
      person: String(r.person),
      complaints: Number(r.n),
      responsible: Number(r.responsible ?? 0),
      escalated: Number(r.escalated ?? 0),
    })),
  };
}
