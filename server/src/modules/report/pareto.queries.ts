import type { DataSource } from 'typeorm';
import { enumLabel } from '../../../../common/cell-types.js';
import { orderedJoinSql } from '../../core/db/sql-dialect.js';
import { quoter } from '../../core/db/sql-value.js';
import type { LedgerFilter } from '../../core/ledger/query/filter-parser.js';
import type { LedgerDef } from '../../core/ledger/schema/ledger.types.js';
import { ComplaintCause } from '../complaint/complaint.enums.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { DefectCause } from '../rework/rework.enums.js';
import { materialLineLedger, reworkOrderLedger } from '../rework/rework.ledgers.js';
import { mergeFilters, toLedgerFilter, type AnalysisFilterInput } from './analysis-filter.js';
import { eqOrNull, reworkCostSql, rowsWhere, type Drill, type Q } from './analysis-sql.js';
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

const causeLabel = (def: typeof ComplaintCause | typeof DefectCause, k: unknown) =>
  k === null ? '未分类' : (enumLabel(def, String(k))?.zh ?? String(k));

type Rows = Array<Record<string, unknown>>;

/** How one subject groups: over which ledger, by which statement(s), and how a group reads and drills. */
interface Subject {
  on: typeof onComplaints | typeof onReworks;
  /** The groups: `k` (the group's value, null allowed), `v` (count or cost) and label columns. */
  groups: (ds: DataSource, base: LedgerFilter, measure: ParetoMeasureCode) => Promise<Rows>;
  key: (r: Record<string, unknown>) => string;
  label: (r: Record<string, unknown>) => string;
  /** The group's own condition, merged into the period and analysis filter for its drill. */
  drill: (r: Record<string, unknown>) => LedgerFilter;
}

/** How a one-statement subject groups its ledger's rows and costs one of them. */
interface ByColumn {
  ledger: LedgerDef;
  group: (q: Q) => string;
  /** The cost of a row, and what it needs joined (a complaint's reworks, through its return orders). */
  cost: (q: Q, ds: DataSource) => { value: string; join?: string };
  /** The referenced register the key is labelled from, joined after grouping: one lookup per group. */
  labelFrom?: string;
}

const onComplaints = { date: 'receivedAt', base: 'complaint' } as const;
const onReworks = { date: 'createdAt', base: 'reworkOrder' } as const;

/**
 * A complaint's cost: the reworks that followed it (joined, so complaints without any add nothing),
 * read from the period's complaints outwards (the planner would start from every return order).
 */
const complaintCost = (q: Q, ds: DataSource) => ({
  value: reworkCostSql(q, 'rw'),
  join: `${orderedJoinSql(ds)} ${q('return_order')} o ON o.${q('complaintId')} = t.${q('id')} AND o.${q('voidedAt')} IS NULL
    ${orderedJoinSql(ds)} ${q('rework_order')} rw ON rw.${q('returnOrderId')} = o.${q('id')} AND rw.${q('voidedAt')} IS NULL`,
});
const reworkCost = (q: Q) => ({ value: reworkCostSql(q, 't') });

const SUBJECTS: Record<ParetoSubjectCode, Subject> = {
  COMPLAINT_CAUSE: {
    on: onComplaints,
    groups: byColumn({ ledger: complaintLedger, group: (q) => `t.${q('causeCategory')}`, cost: complaintCost }),
    key: (r) => (r.k === null ? UNCLASSIFIED : String(r.k)),
    label: (r) => causeLabel(ComplaintCause, r.k),
    drill: (r) => ({ causeCategory: eqOrNull(r.k) }),
  },
  CUSTOMER: {
    on: onComplaints,
    groups: byColumn({
      ledger: complaintLedger,
      group: (q) => `t.${q('customerId')}`,
      cost: complaintCost,
      labelFrom: 'customer',
    }),
    key: (r) => (r.k === null ? ANONYMOUS : String(r.code)),
    label: (r) => (r.k === null ? '匿名' : String(r.name ?? r.code)),
    drill: (r) => ({ customerId: eqOrNull(r.k === null ? null : Number(r.k)) }),
  },
  DEFECT_CAUSE: {
    on: onReworks,
    groups: byColumn({ ledger: reworkOrderLedger, group: (q) => `t.${q('defectCause')}`, cost: reworkCost }),
    key: (r) => (r.k === null ? UNCLASSIFIED : String(r.k)),
    label: (r) => causeLabel(DefectCause, r.k),
    drill: (r) => ({ defectCause: eqOrNull(r.k) }),
  },
  PRODUCT_MODEL: {
    on: onReworks,
    groups: byColumn({
      ledger: reworkOrderLedger,
      group: (q) => `t.${q('modelId')}`,
      cost: reworkCost,
      labelFrom: 'product_model',
    }),
    key: (r) => (r.k === null ? UNKNOWN_MODEL : String(r.code)),
    label: (r) => (r.k === null ? '未知型号' : `${String(r.code)} ${String(r.name ?? '')}`.trim()),
    drill: (r) => ({ modelId: eqOrNull(r.k === null ? null : Number(r.k)) }),
  },
  PART: {
    on: onReworks,
    // one group per part on the reworks' material lists; a rework counts once per part it lists
    groups: partGroups,
    key: (r) => String(r.k),
    label: (r) => `${String(r.k)} ${String(r.name ?? '')}`.trim(),
    drill: (r) => ({ lines: { partNo: { eq: r.k } } }),
  },
};

/** One GROUP BY over the ledger's rows the filter selects; labels joined after grouping. */
function byColumn(c: ByColumn): Subject['groups'] {
  return (ds, base, measure) => {
    const q = quoter(ds);
    const where = rowsWhere(ds, c.ledger, base, 't');
    // only the measure asked for is computed: a count never pays for the cost subqueries
    const cost = measure === 'COST' ? c.cost(q, ds) : null;
    const grouped = `SELECT ${c.group(q)} AS k, ${cost ? `SUM(${cost.value})` : 'COUNT(*)'} AS v FROM ${q(c.ledger.table)} t ${cost?.join ?? ''}
      WHERE ${where.sql.join(' AND ')} GROUP BY ${c.group(q)}`;
    const sql = c.labelFrom
      ? `SELECT g.k, g.v, x.${q('code')} AS code, x.${q('name')} AS name FROM (${grouped}) g LEFT JOIN ${q(c.labelFrom)} x ON x.${q('id')} = g.k`
      : grouped;
    return ds.query(sql, where.params) as Promise<Rows>;
  };
}

/**
 * Parts of the reworks the filter selects: how many reworks list each part (with the part's name as
 * the lists write it), and for the cost what was issued of it on those reworks (issue lines are
 * only ever for parts on the rework's list). The two statements run side by side.
 */
async function partGroups(ds: DataSource, base: LedgerFilter, measure: ParetoMeasureCode): Promise<Rows> {
  const q = quoter(ds);
  const where = rowsWhere(ds, reworkOrderLedger, base, 't');
  const onList = rowsWhere(ds, materialLineLedger, (base.lines as LedgerFilter) ?? {}, 'ml');
  const listed = ds.query(
    `SELECT ml.${q('partNo')} AS k, COUNT(DISTINCT ml.${q('reworkOrderId')}) AS v, MIN(ml.${q('partName')}) AS name
    FROM ${q('rework_order')} t JOIN ${q('material_line')} ml ON ml.${q('reworkOrderId')} = t.${q('id')}
    WHERE ${[...where.sql, ...onList.sql].join(' AND ')} GROUP BY ml.${q('partNo')}`,
    [...where.params, ...onList.params],
  ) as Promise<Array<Record<string, unknown>>>;
  if (measure === 'COUNT') return listed;
  const parts = ((base.lines as LedgerFilter | undefined)?.partNo as { in?: unknown[] } | undefined)?.in;
  const issued = ds.query(
    `SELECT l.${q('partNo')} AS k, SUM(COALESCE(l.${q('qtyIssued')}, 0) * COALESCE(l.${q('unitCost')}, 0)) AS v
    FROM ${q('rework_order')} t JOIN ${q('requisition_line')} l ON l.${q('reworkOrderId')} = t.${q('id')} AND l.${q('voidedAt')} IS NULL
    WHERE ${[...where.sql, ...(parts ? [`l.${q('partNo')} IN (${parts.map(() => '?').join(', ')})`] : [])].join(' AND ')} GROUP BY l.${q('partNo')}`,
    [...where.params, ...(parts ?? [])],
  ) as Promise<Array<Record<string, unknown>>>;
  const [names, costs] = await Promise.all([listed, issued]);
  const nameOf = new Map(names.map((r) => [String(r.k), r.name]));
  return costs.map((r) => ({ k: r.k, v: r.v, name: nameOf.get(String(r.k)) ?? null }));
}

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
  const s = SUBJECTS[subject];
  const base = mergeFilters({ [s.on.date]: periodRange(period) }, toLedgerFilter(s.on.base, filter));
  const rows = await s.groups(ds, base, measure);
  return rows.map((r) => ({
    key: s.key(r),
    label: s.label(r),
    value: Math.round(Number(r.v ?? 0) * 100) / 100,
    drill: { ledger: s.on.base, filter: mergeFilters(base, s.drill(r)) },
  }));
}
