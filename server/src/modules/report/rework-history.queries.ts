import type { DataSource } from 'typeorm';
import { enumLabel } from '../../../../common/cell-types.js';
import { addDays, addMonths } from '../../core/calendar/working-calendar.js';
import { localMonthSql } from '../../core/db/sql-dialect.js';
import { quoter } from '../../core/db/sql-value.js';
import type { LedgerFilter } from '../../core/ledger/query/filter-parser.js';
import { DefectCause } from '../rework/rework.enums.js';
import { reworkOrderLedger } from '../rework/rework.ledgers.js';
import { mergeFilters, toLedgerFilter, type AnalysisFilterInput } from './analysis-filter.js';
import { eqOrNull, issuedCostSql, labourCostSql, reworkPartsSql, rowsWhere, type Drill } from './analysis-sql.js';
import { monthBuckets, periodRange, type Period } from './period.rules.js';

export const REWORK_GROUP_KEYS = ['PRODUCT_MODEL', 'PART', 'DEFECT_CAUSE', 'MONTH', 'CUSTOMER'] as const;
export type ReworkGroupKeyCode = (typeof REWORK_GROUP_KEYS)[number];
export const REWORK_DATES = ['OPENED', 'FINISHED'] as const;
export type ReworkDateCode = (typeof REWORK_DATES)[number];

export interface ReworkHistoryFilterInput extends AnalysisFilterInput, Period {
  /** Which date the period applies to: opened (created) or finished (final inspection). */
  dateField?: ReworkDateCode | null;
}

export interface GroupKeyValue {
  by: ReworkGroupKeyCode;
  key: string;
  label: string;
}

export interface ReworkFigures {
  reworks: number;
  units: number;
  /** Null for part groups: labour is not booked to a part. */
  labourHours: number | null;
  labourCost: number | null;
  materialCost: number;
  totalCost: number;
  costPerUnit: number | null;
}

export interface ReworkGroup extends ReworkFigures {
  key: string;
  label: string;
  keys: GroupKeyValue[];
  drill: Drill;
}

const money = (n: number) => Math.round(n * 100) / 100;

/** The list filter of the reworks a history asks about (the same one its rows and drills use). */
export function reworkBaseFilter(f: ReworkHistoryFilterInput): LedgerFilter {
  const date = f.dateField === 'FINISHED' ? 'finalInspectedAt' : 'createdAt';
  return mergeFilters({ [date]: periodRange(f) }, toLedgerFilter('reworkOrder', f));
}

interface KeySql {
  expr: string;
  join?: string;
}

function keySql(ds: DataSource, by: ReworkGroupKeyCode, date: string): KeySql {
  const q = quoter(ds);
  switch (by) {
    case 'PRODUCT_MODEL':
      return { expr: `t.${q('modelId')}` };
    case 'DEFECT_CAUSE':
      return { expr: `t.${q('defectCause')}` };
    case 'MONTH':
      return { expr: localMonthSql(ds, `t.${q(date)}`) };
    case 'CUSTOMER':
      return {
        expr: `a.${q('customerId')}`,
        join: `LEFT JOIN ${q('service_archive')} a ON a.${q('id')} = t.${q('archiveId')}`,
      };
    case 'PART':
      return { expr: 'p.part' };
  }
}

function figures(r: Record<string, unknown>, byPart: boolean): ReworkFigures {
  const units = Number(r.units ?? 0);
  const labourCost = byPart ? null : money(Number(r.labourCost ?? 0));
  const materialCost = money(Number(r.materialCost ?? 0));
  const totalCost = money((labourCost ?? 0) + materialCost);
  return {
    reworks: Number(r.reworks ?? 0),
    units,
    labourHours: byPart ? null : money(Number(r.labourHours ?? 0)),
    labourCost,
    materialCost,
    totalCost,
    costPerUnit: units ? money(totalCost / units) : null,
  };
}

/** Counts and costs of the reworks the filter selects, grouped by up to two keys, computed in one GROUP BY (plus one for the totals). */
export async function reworkGroups(
  ds: DataSource,
  f: ReworkHistoryFilterInput,
  groupBy: ReworkGroupKeyCode[],
): Promise<{ groups: ReworkGroup[]; totals: ReworkFigures }> {
  const q = quoter(ds);
  const date = f.dateField === 'FINISHED' ? 'finalInspectedAt' : 'createdAt';
  const base = reworkBaseFilter(f);
  const byPart = groupBy.includes('PART');
  const run = async (keys: ReworkGroupKeyCode[]) => {
    const ks = keys.map((k) => keySql(ds, k, date));
    const parts = keys.includes('PART') ? reworkPartsSql(ds, reworkOrderLedger, base) : null;
    const joins = [
      ...ks.map((k) => k.join).filter(Boolean),
      parts ? `JOIN ${parts.table} p ON p.rid = t.${q('id')}` : '',
    ].join(' ');
    const where = rowsWhere(ds, reworkOrderLedger, base, 't');
    // a part's name comes with its pairs (the shortest spelling on those reworks' lists)
    const cols = [...ks.map((k, i) => `${k.expr} AS k${i}`), ...(parts ? ['MIN(p.name) AS partName'] : [])];
    const sql = `SELECT ${[
      ...cols,
      'COUNT(*) AS reworks',
      `SUM(t.${q('qty')}) AS units`,
      `SUM(COALESCE(t.${q('labourHours')}, 0)) AS labourHours`,
      `SUM(${labourCostSql(q, 't')}) AS labourCost`,
      `SUM(${issuedCostSql(q, `t.${q('id')}`, parts ? 'p.part' : undefined)}) AS materialCost`,
    ].join(', ')}
      FROM ${q('rework_order')} t ${joins} WHERE ${where.sql.join(' AND ')}${ks.length ? ` GROUP BY ${ks.map((k) => k.expr).join(', ')}` : ''}`;
    return (await ds.query(sql, [...(parts?.params ?? []), ...where.params])) as Array<Record<string, unknown>>;
  };
  const [rows, [total]] = await Promise.all([groupBy.length ? run(groupBy) : Promise.resolve([]), run([])]);
  const labels = await keyLabels(ds, groupBy, rows);
  const groups = rows.map((r) => {
    const keys = groupBy.map((by, i) =>
      by === 'PART'
        ? { by, key: String(r[`k${i}`]), label: `${String(r[`k${i}`])} ${String(r.partName ?? '')}`.trim() }
        : labels(by, r[`k${i}`] ?? null),
    );
    const drill = groupBy.reduce<LedgerFilter>(
      (acc, by, i) => mergeFilters(acc, keyDrill(by, r[`k${i}`] ?? null, date)),
      base,
    );
    return {
      key: keys.map((k) => k.key).join(' / '),
      label: keys.map((k) => k.label).join(' / '),
      keys,
      ...figures(r, byPart),
      drill: { ledger: 'reworkOrder', filter: drill },
    };
  });
  groups.sort((a, b) =>
    groupBy[0] === 'MONTH'
      ? a.key.localeCompare(b.key)
      : b.totalCost - a.totalCost || b.reworks - a.reworks || a.key.localeCompare(b.key),
  );
  return { groups, totals: figures(total ?? {}, false) };
}

function keyDrill(by: ReworkGroupKeyCode, v: unknown, date: string): LedgerFilter {
  switch (by) {
    case 'PRODUCT_MODEL':
      return { modelId: eqOrNull(v === null ? null : Number(v)) };
    case 'DEFECT_CAUSE':
      return { defectCause: eqOrNull(v) };
    case 'MONTH':
      return { [date]: periodRange(monthOf(String(v))) };
    case 'CUSTOMER':
      return v === null ? { archiveId: { isNull: true } } : { archive: { customerId: { eq: Number(v) } } };
    case 'PART':
      return { lines: { partNo: { eq: v } } };
  }
}

/** The whole month of a `YYYY-MM` key (a month group's drill; merged with the period, so it stays within it). */
const monthOf = (m: string): Period => ({
  from: `${m}-01`,
  to: monthBuckets({ from: `${m}-01`, to: addDays(addMonths(`${m}-01`, 1), -1) })[0].to,
});

/** Keys and labels of the group values (one lookup per referenced table). */
async function keyLabels(
  ds: DataSource,
  groupBy: ReworkGroupKeyCode[],
  rows: Array<Record<string, unknown>>,
): Promise<(by: ReworkGroupKeyCode, v: unknown) => GroupKeyValue> {
  const q = quoter(ds);
  const lookup = async (table: string, key: string, name: string, col: string) => {
    if (!groupBy.includes(col as ReworkGroupKeyCode)) return new Map<string, { key: string; name: string }>();
    const i = groupBy.indexOf(col as ReworkGroupKeyCode);
    const ids = [...new Set(rows.map((r) => r[`k${i}`]).filter((v) => v !== null && v !== undefined))];
    if (!ids.length) return new Map();
    const found: Array<{ id: unknown; k: string; n: string }> = await ds.query(
      `SELECT ${q('id')} AS id, ${q(key)} AS k, ${q(name)} AS n FROM ${q(table)} WHERE ${q('id')} IN (${ids.map(() => '?').join(', ')})`,
      ids,
    );
    return new Map(found.map((x) => [String(x.id), { key: String(x.k), name: String(x.n) }]));
  };
  const [models, customers] = await Promise.all([
    lookup('product_model', 'code', 'name', 'PRODUCT_MODEL'),
    lookup('customer', 'code', 'name', 'CUSTOMER'),
  ]);
  return (by, v) => {
    const s = v === null ? null : String(v);
    switch (by) {
      case 'PRODUCT_MODEL':
        return {
          by,
          key: s === null ? 'UNKNOWN' : (models.get(s)?.key ?? s),
          label: s === null ? '未知型号' : `${models.get(s)?.key ?? s} ${models.get(s)?.name ?? ''}`.trim(),
        };
      case 'CUSTOMER':
        return {
          by,
          key: s === null ? 'NONE' : (customers.get(s)?.key ?? s),
          label: s === null ? '无档案' : (customers.get(s)?.name ?? s),
        };
      case 'PART':
        return { by, key: s ?? '', label: s ?? '' }; // named from the pairs above
      case 'DEFECT_CAUSE':
        return { by, key: s ?? 'UNCLASSIFIED', label: s === null ? '未分类' : (enumLabel(DefectCause, s)?.zh ?? s) };
      case 'MONTH':
        return { by, key: s ?? '', label: s ? `${s.slice(0, 4)}年${Number(s.slice(5))}月` : '' };
    }
  };
}
