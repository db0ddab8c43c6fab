import type { DataSource } from 'typeorm';
import { quoter, toSqlParam } from '../../core/db/sql-value.js';
import { addDays, localMoment } from '../../core/calendar/working-calendar.js';
import { parseFilter, type LedgerFilter, type SqlFragment } from '../../core/ledger/query/filter-parser.js';
import { LedgerInputError } from '../../core/ledger/schema/ledger-input-error.js';
import { quote } from '../../core/ledger/query/ledger-store.js';
import type { LedgerDef } from '../../core/ledger/schema/ledger.types.js';
import { DEFAULT_LABOUR_RATE } from '../rework/rework.rules.js';
import { AnalysisFilterError } from './analysis-filter.js';

export type Q = (name: string) => string;

/** The rows behind a figure: a ledger and a filter in exactly the syntax its list query takes. */
export interface Drill {
  ledger: string;
  filter: LedgerFilter;
}

/** WHERE of the non-voided rows of `ledger` (alias `alias`) matching a list filter: the same SQL the drill's list runs. */
export function rowsWhere(ds: DataSource, ledger: LedgerDef, filter: LedgerFilter, alias: string): SqlFragment {
  try {
    const f = parseFilter(ds, ledger, filter, { alias });
    f.sql.push(`${alias}.${quote(ds, 'voidedAt')} IS NULL`);
    return f;
  } catch (e) {
    if (e instanceof LedgerInputError) throw new AnalysisFilterError(e.path, e.message);
    throw e;
  }
}

/** Issued material of a rework (its id as an SQL expression): Σ issued quantity × unit cost, optionally of one part. */
export function issuedCostSql(q: Q, reworkId: string, partNo?: string): string {
  return `(SELECT COALESCE(SUM(COALESCE(l.${q('qtyIssued')}, 0) * COALESCE(l.${q('unitCost')}, 0)), 0) FROM ${q('requisition_line')} l
    WHERE l.${q('reworkOrderId')} = ${reworkId} AND l.${q('voidedAt')} IS NULL${partNo ? ` AND l.${q('partNo')} = ${partNo}` : ''})`;
}

/** Labour of a rework: hours × rate (80 ¥/h when empty). */
export function labourCostSql(q: Q, r: string): string {
  return `(COALESCE(${r}.${q('labourHours')}, 0) * COALESCE(${r}.${q('labourRate')}, ${DEFAULT_LABOUR_RATE}))`;
}

/** Labour + issued material, as `ReworkOrder.cost` computes it. */
export function reworkCostSql(q: Q, r: string): string {
  return `(${labourCostSql(q, r)} + ${issuedCostSql(q, `${r}.${q('id')}`)})`;
}

/**
 * The (rework, part) pairs of the reworks a filter selects: one per part on a rework's material list
 * (lines matching the filter's `lines`), with the part's name as written there. Read from those
 * reworks' lines only, never the whole material ledger.
 */
export function reworkPartsSql(
  ds: DataSource,
  reworks: LedgerDef,
  base: LedgerFilter,
): { table: string; params: unknown[] } {
  const q = quoter(ds);
  const lines = reworks.lines!.ledger();
  const r = rowsWhere(ds, reworks, base, 'pr');
  const l = rowsWhere(ds, lines, (base.lines as LedgerFilter) ?? {}, 'ml');
  return {
    table: `(SELECT ml.${q('reworkOrderId')} AS rid, ml.${q('partNo')} AS part, MIN(ml.${q('partName')}) AS name
      FROM ${q(reworks.table)} pr JOIN ${q(lines.table)} ml ON ml.${q('reworkOrderId')} = pr.${q('id')}
      WHERE ${[...r.sql, ...l.sql].join(' AND ')} GROUP BY ml.${q('reworkOrderId')}, ml.${q('partNo')})`,
    params: [...r.params, ...l.params],
  };
}

/** `key = v` or `key IS NULL` as a list filter on one column. */
export const eqOrNull = (v: unknown) => (v === null || v === undefined ? { isNull: true } : { eq: v });

/** The name of a complaint's responsible department (对策单位), as reports group and name it. */
export function departmentNameSql(ds: DataSource, complaintAlias: string): string {
  const q = quoter(ds);
  return `(SELECT d.${q('name')} FROM ${q('department')} d WHERE d.${q('id')} = ${complaintAlias}.${q('responsibleDeptId')})`;
}

/** A period's first and last moment as SQL parameters: from its first day's midnight, to before the day after its last (China time). */
export function periodMoments(ds: DataSource, p: { from: string; to: string }): [unknown, unknown] {
  return [toSqlParam(ds, 'datetime', localMoment(p.from)), toSqlParam(ds, 'datetime', localMoment(addDays(p.to, 1)))];
}
