import type { DataSource } from 'typeorm';
import { enumLabel } from '../../../../common/cell-types.js';
import { quoter } from '../../core/db/sql-value.js';
import type { LedgerFilter } from '../../core/ledger/filter-parser.js';
import { ComplaintCause } from '../complaint/complaint.enums.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { DefectCause } from '../rework/rework.enums.js';
import { materialLineLedger, reworkOrderLedger } from '../rework/rework.ledgers.js';
import { mergeFilters, toLedgerFilter, type AnalysisFilterInput } from './analysis-filter.js';
import { complaintCostSql, eqOrNull, issuedCostSql, reworkCostSql, reworkPartsSql, rowsWhere, type Drill, type Q } from './analysis-sql.js';
import type { ParetoGroup } from './pareto.rules.js';
import { periodRange, type Period } from './period.rules.js';

export type { Drill } from './analysis-sql.js';

export const PARETO_SUBJECTS = ['COMPLAINT_CAUSE', 'DEFECT_CAUSE', 'PART', 'PRODUCT_MODEL', 'CUSTOMER'] as const;
export const PARETO_MEASURES = ['COUNT', 'COST'] as const;
export type ParetoSubjectCode = (typeof PARETO_SUBJECTS)[number];
export type ParetoMeasureCode = (typeof PARETO_MEASURES)[number];

export const UNCLASSIFIED = 'UNCLASSIFIED';
export const ANONYMOUS = 'ANONYMOUS';
export const UNKNOWN_MODEL = 'UNKNOWN';

const causeLabel = (def: typeof ComplaintCause | typeof DefectCause, k: unknown) => (k === null ? '未分类' : (enumLabel(def, String(k))?.zh ?? String(k)));

/** How one subject groups: over which ledger, by what expression, and how a group reads and drills. */
interface Subject {
  ledger: typeof complaintLedger;
  /** Select list and GROUP BY expression(s); `k` is the group's value (null allowed), `name` a label column. */
  select: (q: Q) => { cols: string; groupBy: string; join?: (ds: DataSource, f: LedgerFilter) => { sql: string; params: unknown[] } };
  cost: (q: Q) => string;
  key: (r: Record<string, unknown>) => string;
  label: (r: Record<string, unknown>) => string;
  /** The group's own condition, merged into the period and analysis filter for its drill. */
  drill: (r: Record<string, unknown>) => LedgerFilter;
}

const onComplaints = { ledger: complaintLedger, date: 'receivedAt', base: 'complaint' } as const;
const onReworks = { ledger: reworkOrderLedger, date: 'createdAt', base: 'reworkOrder' } as const;

const SUBJECTS: Record<ParetoSubjectCode, Subject & { on: typeof onComplaints | typeof onReworks }> = {
  COMPLAINT_CAUSE: {
    on: onComplaints, ledger: complaintLedger,
    select: (q) => ({ cols: `t.${q('causeCategory')} AS k`, groupBy: `t.${q('causeCategory')}` }),
    cost: (q) => complaintCostSql(q, 't'),
    key: (r) => (r.k === null ? UNCLASSIFIED : String(r.k)),
    label: (r) => causeLabel(ComplaintCause, r.k),
    drill: (r) => ({ causeCategory: eqOrNull(r.k) }),
  },
  CUSTOMER: {
    on: onComplaints, ledger: complaintLedger,
    select: (q) => ({ cols: `t.${q('customerId')} AS k, MAX(cu.${q('code')}) AS code, MAX(cu.${q('name')}) AS name`, groupBy: `t.${q('customerId')}`,
      join: () => ({ sql: `LEFT JOIN ${q('customer')} cu ON cu.${q('id')} = t.${q('customerId')}`, params: [] }) }),
    cost: (q) => complaintCostSql(q, 't'),
    key: (r) => (r.k === null ? ANONYMOUS : String(r.code)),
    label: (r) => (r.k === null ? '匿名' : String(r.name ?? r.code)),
    drill: (r) => ({ customerId: eqOrNull(r.k === null ? null : Number(r.k)) }),
  },
  DEFECT_CAUSE: {
    on: onReworks, ledger: reworkOrderLedger,
    select: (q) => ({ cols: `t.${q('defectCause')} AS k`, groupBy: `t.${q('defectCause')}` }),
    cost: (q) => reworkCostSql(q, 't'),
    key: (r) => (r.k === null ? UNCLASSIFIED : String(r.k)),
    label: (r) => causeLabel(DefectCause, r.k),
    drill: (r) => ({ defectCause: eqOrNull(r.k) }),
  },
  PRODUCT_MODEL: {
    on: onReworks, ledger: reworkOrderLedger,
    select: (q) => ({ cols: `t.${q('modelId')} AS k, MAX(pm.${q('code')}) AS code, MAX(pm.${q('name')}) AS name`, groupBy: `t.${q('modelId')}`,
      join: () => ({ sql: `LEFT JOIN ${q('product_model')} pm ON pm.${q('id')} = t.${q('modelId')}`, params: [] }) }),
    cost: (q) => reworkCostSql(q, 't'),
    key: (r) => (r.k === null ? UNKNOWN_MODEL : String(r.code)),
    label: (r) => (r.k === null ? '未知型号' : `${String(r.code)} ${String(r.name ?? '')}`.trim()),
    drill: (r) => ({ modelId: eqOrNull(r.k === null ? null : Number(r.k)) }),
  },
  PART: {
    on: onReworks, ledger: reworkOrderLedger,
    // one group per part on the reworks' material lists; a rework counts once per part it lists
    select: (q) => ({ cols: `p.part AS k, (SELECT MIN(n.${q('partName')}) FROM ${q('material_line')} n WHERE n.${q('partNo')} = p.part) AS name`, groupBy: 'p.part',
      join: (ds, f) => {
        const parts = reworkPartsSql(ds, materialLineLedger, (f.lines as LedgerFilter) ?? {});
        return { sql: `JOIN ${parts.table} p ON p.rid = t.${q('id')}`, params: parts.params };
      } }),
    cost: (q) => issuedCostSql(q, 't', 'p.part'),
    key: (r) => String(r.k),
    label: (r) => `${String(r.k)} ${String(r.name ?? '')}`.trim(),
    drill: (r) => ({ lines: { partNo: { eq: r.k } } }),
  },
};

/** Which ledger a subject counts (for the analysis filter). */
export const subjectBase = (s: ParetoSubjectCode) => SUBJECTS[s].on.base;

/**
 * The groups of a Pareto, counted or costed by the database in one GROUP BY over the rows the
 * period and filter select, each with the list filter of exactly the rows behind it.
 */
export async function paretoGroups(
  ds: DataSource,
  subject: ParetoSubjectCode,
  measure: ParetoMeasureCode,
  period: Period,
  filter: AnalysisFilterInput | null | undefined,
): Promise<Array<ParetoGroup & { drill: Drill }>> {
  const q = quoter(ds);
  const s = SUBJECTS[subject];
  const base = mergeFilters({ [s.on.date]: periodRange(period) }, toLedgerFilter(s.on.base, filter));
  const sel = s.select(q);
  const join = sel.join?.(ds, base) ?? { sql: '', params: [] };
  const where = rowsWhere(ds, s.ledger, base, 't');
  // only the measure asked for is computed: a count never pays for the cost subqueries
  const value = measure === 'COUNT' ? 'COUNT(*)' : `SUM(${s.cost(q)})`;
  const sql = `SELECT ${sel.cols}, ${value} AS v FROM ${q(s.ledger.table)} t ${join.sql} WHERE ${where.sql.join(' AND ')} GROUP BY ${sel.groupBy}`;
  const rows: Array<Record<string, unknown>> = await ds.query(sql, [...join.params, ...where.params]);
  return rows.map((r) => ({
    key: s.key(r),
    label: s.label(r),
    value: Math.round(Number(r.v ?? 0) * 100) / 100,
    drill: { ledger: s.on.base, filter: mergeFilters(base, s.drill(r)) },
  }));
}
