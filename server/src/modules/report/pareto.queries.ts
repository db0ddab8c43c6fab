import type { DataSource } from 'typeorm';
import { enumLabel } from '../../../../common/cell-types.js';
import { addDays, localMoment } from '../../core/calendar/working-calendar.js';
import { quoter, toSqlParam } from '../../core/db/sql-value.js';
import { ComplaintCause } from '../complaint/complaint.enums.js';
import { DEFAULT_LABOUR_RATE } from '../rework/rework.rules.js';
import { DefectCause } from '../rework/rework.enums.js';
import type { ParetoGroup } from './pareto.rules.js';

export const PARETO_SUBJECTS = ['COMPLAINT_CAUSE', 'DEFECT_CAUSE', 'PART', 'CUSTOMER'] as const;
export const PARETO_MEASURES = ['COUNT', 'COST'] as const;
export type ParetoSubjectCode = (typeof PARETO_SUBJECTS)[number];
export type ParetoMeasureCode = (typeof PARETO_MEASURES)[number];

/** The rows behind a figure: a ledger and a filter in exactly the syntax its list query takes. */
export interface Drill {
  ledger: string;
  filter: Record<string, unknown>;
}

export interface Period {
  /** 'YYYY-MM-DD', inclusive, China time. */
  from: string;
  to: string;
}

export const UNCLASSIFIED = 'UNCLASSIFIED';
export const ANONYMOUS = 'ANONYMOUS';

type Q = (name: string) => string;

/** Labour hours × rate (80 ¥/h when empty) + Σ issued quantity × unit cost, as `ReworkOrder.cost` computes it. */
function reworkCostSql(q: Q, r: string): string {
  const issued = `(SELECT COALESCE(SUM(COALESCE(l.${q('qtyIssued')}, 0) * COALESCE(l.${q('unitCost')}, 0)), 0) FROM ${q('requisition_line')} l
    WHERE l.${q('reworkOrderId')} = ${r}.${q('id')} AND l.${q('voidedAt')} IS NULL)`;
  return `(COALESCE(${r}.${q('labourHours')}, 0) * COALESCE(${r}.${q('labourRate')}, ${DEFAULT_LABOUR_RATE}) + ${issued})`;
}

/** Cost of the reworks that followed a complaint (through its return orders). */
function complaintCostSql(q: Q): string {
  return `(SELECT COALESCE(SUM(${reworkCostSql(q, 'r')}), 0) FROM ${q('rework_order')} r JOIN ${q('return_order')} o ON o.${q('id')} = r.${q('returnOrderId')}
    WHERE o.${q('complaintId')} = c.${q('id')} AND r.${q('voidedAt')} IS NULL AND o.${q('voidedAt')} IS NULL)`;
}

/** The period as the list filters write it: whole local days. */
function periodFilter(p: Period): { gte: string; lte: string } {
  return { gte: `${p.from}T00:00:00.000+08:00`, lte: `${p.to}T23:59:59.999+08:00` };
}

interface SubjectSql {
  sql: string;
  label(row: Record<string, unknown>): string;
  drill(row: Record<string, unknown>, p: Period): Drill;
}

function subjectSql(q: Q, subject: ParetoSubjectCode, measure: ParetoMeasureCode): SubjectSql {
  // only the measure asked for is computed: a count never pays for the cost subqueries
  const agg = (cost: string) => (measure === 'COUNT' ? 'COUNT(*) AS v' : `SUM(${cost}) AS v`);
  switch (subject) {
    case 'COMPLAINT_CAUSE':
      return {
        sql: `SELECT COALESCE(c.${q('causeCategory')}, '${UNCLASSIFIED}') AS k, ${agg(complaintCostSql(q))}
          FROM ${q('complaint')} c WHERE c.${q('voidedAt')} IS NULL AND c.${q('receivedAt')} >= ? AND c.${q('receivedAt')} < ?
          GROUP BY COALESCE(c.${q('causeCategory')}, '${UNCLASSIFIED}')`,
        label: (r) => (r.k === UNCLASSIFIED ? '未分类' : (enumLabel(ComplaintCause, String(r.k))?.zh ?? String(r.k))),
        drill: (r, p) => ({ ledger: 'complaint', filter: { receivedAt: periodFilter(p), causeCategory: r.k === UNCLASSIFIED ? { isNull: true } : { eq: r.k } } }),
      };
    case 'CUSTOMER':
      return {
        sql: `SELECT c.${q('customerId')} AS id, COALESCE(MAX(cu.${q('code')}), '${ANONYMOUS}') AS k, MAX(cu.${q('name')}) AS name, ${agg(complaintCostSql(q))}
          FROM ${q('complaint')} c LEFT JOIN ${q('customer')} cu ON cu.${q('id')} = c.${q('customerId')}
          WHERE c.${q('voidedAt')} IS NULL AND c.${q('receivedAt')} >= ? AND c.${q('receivedAt')} < ? GROUP BY c.${q('customerId')}`,
        label: (r) => (r.k === ANONYMOUS ? '匿名' : String(r.name ?? r.k)),
        drill: (r, p) => ({ ledger: 'complaint', filter: { receivedAt: periodFilter(p), customerId: r.id === null ? { isNull: true } : { eq: Number(r.id) } } }),
      };
    case 'DEFECT_CAUSE':
      return {
        sql: `SELECT COALESCE(r.${q('defectCause')}, '${UNCLASSIFIED}') AS k, ${agg(reworkCostSql(q, 'r'))}
          FROM ${q('rework_order')} r WHERE r.${q('voidedAt')} IS NULL AND r.${q('createdAt')} >= ? AND r.${q('createdAt')} < ?
          GROUP BY COALESCE(r.${q('defectCause')}, '${UNCLASSIFIED}')`,
        label: (r) => (r.k === UNCLASSIFIED ? '未分类' : (enumLabel(DefectCause, String(r.k))?.zh ?? String(r.k))),
        drill: (r, p) => ({ ledger: 'reworkOrder', filter: { createdAt: periodFilter(p), defectCause: r.k === UNCLASSIFIED ? { isNull: true } : { eq: r.k } } }),
      };
    case 'PART':
      return {
        sql: `SELECT m.${q('partNo')} AS k, MAX(m.${q('partName')}) AS name, ${agg(`m.${q('qty')} * m.${q('unitCost')}`)}
          FROM ${q('material_line')} m WHERE m.${q('voidedAt')} IS NULL AND m.${q('createdAt')} >= ? AND m.${q('createdAt')} < ?
          GROUP BY m.${q('partNo')}`,
        label: (r) => `${String(r.k)} ${String(r.name ?? '')}`.trim(),
        drill: (r, p) => ({ ledger: 'materialLine', filter: { createdAt: periodFilter(p), partNo: { eq: r.k } } }),
      };
  }
}

/**
 * The groups of a Pareto, counted or costed by the database in one GROUP BY statement, each with
 * the filter that lists the rows behind it.
 */
export async function paretoGroups(
  ds: DataSource,
  subject: ParetoSubjectCode,
  measure: ParetoMeasureCode,
  period: Period,
): Promise<Array<ParetoGroup & { drill: Drill }>> {
  const s = subjectSql(quoter(ds), subject, measure);
  const start = toSqlParam(ds, 'datetime', localMoment(period.from));
  const end = toSqlParam(ds, 'datetime', localMoment(addDays(period.to, 1)));
  const rows: Array<Record<string, unknown>> = await ds.query(s.sql, [start, end]);
  return rows.map((r) => ({
    key: String(r.k),
    label: s.label(r),
    value: Math.round(Number(r.v ?? 0) * 100) / 100,
    drill: s.drill(r, period),
  }));
}
