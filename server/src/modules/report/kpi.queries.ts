import { CALLBACK_DAYS_AFTER_REPLY } from '../complaint/complaint.rules.js';
import type { DataSource } from 'typeorm';
import { enumLabel } from '../../../../common/cell-types.js';
import { localMoment, addDays } from '../../core/calendar/working-calendar.js';
import { hoursBetweenSql, localMonthSql, localQuarterSql } from '../../core/db/sql-dialect.js';
import { quoter, toSqlParam } from '../../core/db/sql-value.js';
import type { LedgerFilter } from '../../core/ledger/query/filter-parser.js';
import { ComplaintCause, ComplaintChannel, ComplaintKind } from '../complaint/complaint.enums.js';
import { complaintLedger } from '../complaint/complaint.ledger.js';
import { mergeFilters, toLedgerFilter, type AnalysisFilterInput } from './analysis-filter.js';
import { departmentNameSql, eqOrNull, rowsWhere } from './analysis-sql.js';
import { addCounts, kpiRow, ZERO_COUNTS, type KpiCounts, type KpiRow } from './kpi.rules.js';
import {
  monthBuckets,
  periodRange,
  quarterBuckets,
  yearEarlier,
  keyYearLater,
  type Bucket,
  type Period,
} from './period.rules.js';
import { notEndedAtSql, overdueAtSql } from '../complaint/deadline.rules.js';

export const KPI_GROUPS = ['MONTH', 'QUARTER', 'DEPARTMENT', 'CAUSE', 'KIND', 'CHANNEL', 'PRODUCT_MODEL'] as const;
export type KpiGroupCode = (typeof KPI_GROUPS)[number];

/** First response on time: acknowledged within this many hours of receipt. */
export const FIRST_RESPONSE_HOURS = 24;

type Q = (n: string) => string;
const isTime = (g: KpiGroupCode) => g === 'MONTH' || g === 'QUARTER';
const NULL_KEY: Partial<Record<KpiGroupCode, [string, string]>> = {
  DEPARTMENT: ['UNASSIGNED', '未指定'],
  CAUSE: ['UNCLASSIFIED', '未分类'],
  PRODUCT_MODEL: ['UNKNOWN', '未知型号'],
};
const COLUMN: Partial<Record<KpiGroupCode, string>> = {
  DEPARTMENT: 'responsibleDeptId',
  CAUSE: 'causeCategory',
  KIND: 'kind',
  CHANNEL: 'channel',
  PRODUCT_MODEL: 'modelId',
};

/** The group key expression of a grouping, over the datetime column a figure is dated by. */
function keySql(ds: DataSource, g: KpiGroupCode, dateColumn: string): string {
  const q = quoter(ds);
  if (g === 'MONTH') return localMonthSql(ds, `t.${q(dateColumn)}`);
  if (g === 'QUARTER') return localQuarterSql(ds, `t.${q(dateColumn)}`);
  // a department is grouped, filtered and named by its name, as the procedures' reports name it
  if (g === 'DEPARTMENT') return departmentNameSql(ds, 't');
  return `t.${q(COLUMN[g]!)}`;
}

interface Ctx {
  ds: DataSource;
  q: Q;
  group: KpiGroupCode;
  filter: LedgerFilter;
  now: Date;
}

type Sums = Map<string | null, Record<string, number>>;

/** One GROUP BY over the rows whose `dateColumn` falls in the period; answers the sums by group key. */
async function sums(
  c: Ctx,
  period: Period,
  dateColumn: string,
  extra: LedgerFilter,
  measures: Record<string, string>,
  params: unknown[] = [],
): Promise<Sums> {
  const key = keySql(c.ds, c.group, dateColumn);
  const where = rowsWhere(
    c.ds,
    complaintLedger,
    mergeFilters(mergeFilters(c.filter, extra), { [dateColumn]: periodRange(period) }),
    't',
  );
  const cols = Object.entries(measures)
    .map(([name, sql]) => `${sql} AS ${c.q(name)}`)
    .join(', ');
  const rows: Array<Record<string, unknown>> = await c.ds.query(
    `SELECT ${key} AS k, ${cols} FROM ${c.q('complaint')} t WHERE ${where.sql.join(' AND ')} GROUP BY ${key}`,
    [...params, ...where.params],
  );
  return new Map(
    rows.map((r) => [
      r.k === null ? null : String(r.k),
      Object.fromEntries(Object.keys(measures).map((m) => [m, Number(r[m] ?? 0)])),
    ]),
  );
}

const when = (cond: string) => `SUM(CASE WHEN ${cond} THEN 1 ELSE 0 END)`;

/** Received-dated figures: received, escalated, repeats (kept on each complaint as it is saved), first response. */
function receivedSums(c: Ctx, period: Period): Promise<Sums> {
  const { ds, q } = c;
  const t = (n: string) => `t.${q(n)}`;
  const ackHours = hoursBetweenSql(ds, t('receivedAt'), t('acknowledgedAt'));
  const dayAgo = toSqlParam(ds, 'datetime', new Date(c.now.getTime() - FIRST_RESPONSE_HOURS * 3600_000));
  return sums(
    c,
    period,
    'receivedAt',
    {},
    {
      received: 'COUNT(*)',
      escalated: when(`${t('escalated')} = 1`),
      repeats: when(`(${t('reopenCount')} > 0 OR ${t('isRepeat')} = 1)`),
      firstResponseOnTime: when(`${t('acknowledgedAt')} IS NOT NULL AND ${ackHours} <= ${FIRST_RESPONSE_HOURS}`),
      // a paper record (补录) without its confirmation time is unknown, not late
      firstResponseDue: when(
        `(${t('acknowledgedAt')} IS NOT NULL OR (${t('receivedAt')} < ? AND (${t('backfilled')} IS NULL OR ${t('backfilled')} = 0)))`,
      ),
    },
    [dayAgo],
  );
}

/** Closed-dated figures (status 已结案): closed, on time, with a callback. */
function closedSums(c: Ctx, period: Period): Promise<Sums> {
  const t = (n: string) => `t.${c.q(n)}`;
  return sums(
    c,
    period,
    'closedAt',
    { status: { eq: 'CLOSED' } },
    {
      closed: 'COUNT(*)',
      closedOnTime: when(`${t('closedAt')} <= ${t('dueAt')}`),
      closedWithCallback: when(`${t('callbackAt')} IS NOT NULL`),
    },
  );
}

/**
 * Reply-dated figures: complaints answered in the period whose callback has fallen due (seven days
 * after the reply) or was made, and those called back — the callback rate, which falls below 100 %
 * when a callback is missed (closing needs a callback, so a rate over closed complaints never could).
 */
function repliedSums(c: Ctx, period: Period): Promise<Sums> {
  const t = (n: string) => `t.${c.q(n)}`;
  const dueBy = toSqlParam(c.ds, 'datetime', new Date(c.now.getTime() - CALLBACK_DAYS_AFTER_REPLY * 86_400_000));
  return sums(
    c,
    period,
    'repliedAt',
    {},
    {
      callbackDue: when(`(${t('repliedAt')} <= ? OR ${t('callbackAt')} IS NOT NULL)`),
      callbacksDone: when(`${t('callbackAt')} IS NOT NULL`),
    },
    [dueBy],
  );
}

/**
 * Reply-deadline-dated figures: complaints whose written reply (seven days) fell due in the period —
 * or was made — and those answered by it; a complaint rejected or withdrawn is not answered.
 */
function replyDueSums(c: Ctx, period: Period): Promise<Sums> {
  const t = (n: string) => `t.${c.q(n)}`;
  const now = toSqlParam(c.ds, 'datetime', c.now);
  const answerable = `${t('status')} NOT IN ('REJECTED', 'WITHDRAWN')`;
  return sums(
    c,
    period,
    'replyDueAt',
    {},
    {
      replyDue: when(`${answerable} AND (${t('replyDueAt')} <= ? OR ${t('repliedAt')} IS NOT NULL)`),
      repliedOnTime: when(
        `${answerable} AND ${t('repliedAt')} IS NOT NULL AND ${t('repliedAt')} <= ${t('replyDueAt')}`,
      ),
    },
    [now],
  );
}

/** Callback-dated figures: callbacks made in the period and how many found the customer satisfied. */
function callbackSums(c: Ctx, period: Period): Promise<Sums> {
  return sums(c, period, 'callbackAt', {}, { callbacks: 'COUNT(*)', satisfied: when(`t.${c.q('satisfied')} = 1`) });
}

/** Median hours from receipt to acknowledgement per group (window functions: SQLite ≥ 3.25, MySQL 8, MariaDB 10.2). */
async function medianFirstResponse(c: Ctx, period: Period, total: boolean): Promise<Map<string | null, number>> {
  const { ds, q } = c;
  const key = total ? "'TOTAL'" : keySql(ds, c.group, 'receivedAt');
  const where = rowsWhere(
    ds,
    complaintLedger,
    mergeFilters(c.filter, { receivedAt: periodRange(period), acknowledgedAt: { isNull: false } }),
    't',
  );
  const h = hoursBetweenSql(ds, 't.' + q('receivedAt'), 't.' + q('acknowledgedAt'));
  const rows: Array<{ k: unknown; m: unknown }> = await ds.query(
    `SELECT k, AVG(h) AS m FROM (SELECT ${key} AS k, ${h} AS h, ROW_NUMBER() OVER (PARTITION BY ${key} ORDER BY ${h}) AS rn, COUNT(*) OVER (PARTITION BY ${key}) AS n
      FROM ${q('complaint')} t WHERE ${where.sql.join(' AND ')}) d WHERE rn IN (FLOOR((n + 1) / 2), FLOOR((n + 2) / 2)) GROUP BY k`,
    where.params,
  );
  return new Map(rows.map((r) => [r.k === null ? null : String(r.k), Number(r.m)]));
}

/** Complaints open and past due at each moment (the end of each bucket, or `to`), counted in one statement. */
async function overdueOpen(c: Ctx, ends: Array<{ key: string; at: Date }>): Promise<Sums> {
  const { ds, q } = c;
  const t = (n: string) => `t.${q(n)}`;
  const p = (d: Date) => toSqlParam(ds, 'datetime', d);
  const first = ends.reduce((a, b) => (a.at < b.at ? a : b)).at;
  const last = ends.reduce((a, b) => (a.at > b.at ? a : b)).at;
  const where = rowsWhere(ds, complaintLedger, c.filter, 't');
  // the one deadline rule (deadline.rules.ts): past its deadline then, and not yet answered or ended by then
  const overdue = ends.map((e) => overdueAtSql(t, p(e.at)));
  const open = (i: number) => when(`${t('receivedAt')} <= ? AND ${overdue[i].sql}`) + ` AS ${q(`e${i}`)}`;
  const stillOpen = notEndedAtSql(t, p(first));
  const grouped = !isTime(c.group);
  const key = grouped ? keySql(ds, c.group, 'receivedAt') : "'ALL'";
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${key} AS k, ${ends.map((_, i) => open(i)).join(', ')} FROM ${q('complaint')} t
      WHERE ${[...where.sql, `${t('receivedAt')} <= ?`, `${t('dueAt')} < ?`, stillOpen.sql].join(' AND ')} GROUP BY ${key}`,
    [
      ...ends.flatMap((e, i) => [p(e.at), ...overdue[i].params]),
      ...where.params,
      p(last),
      p(last),
      ...stillOpen.params,
    ],
  );
  const out: Sums = new Map();
  for (const r of rows) {
    if (grouped) out.set(r.k === null ? null : String(r.k), { overdueOpen: Number(r.e0 ?? 0) });
    else ends.forEach((e, i) => out.set(e.key, { overdueOpen: Number(r[`e${i}`] ?? 0) }));
  }
  return out;
}

/** The moment a bucket (or the period) is looked at: its last instant, but never later than now. */
const endOf = (to: string, now: Date) => new Date(Math.min(localMoment(addDays(to, 1)).getTime() - 1, now.getTime()));

async function keyLabels(
  c: Ctx,
  keys: Array<string | null>,
): Promise<Map<string | null, { key: string; label: string }>> {
  const out = new Map<string | null, { key: string; label: string }>();
  const models = new Map<string, { code: string; name: string }>();
  if (c.group === 'PRODUCT_MODEL') {
    const rows: Array<{ id: number; code: string; name: string }> = await c.ds.query(
      `SELECT ${c.q('id')} AS id, ${c.q('code')} AS code, ${c.q('name')} AS name FROM ${c.q('product_model')}`,
    );
    for (const r of rows) models.set(String(r.id), r);
  }
  const enumOf = { CAUSE: ComplaintCause, KIND: ComplaintKind, CHANNEL: ComplaintChannel } as const;
  for (const k of keys) {
    if (k === null) {
      const [key, label] = NULL_KEY[c.group] ?? ['NONE', '无'];
      out.set(k, { key, label });
    } else if (c.group === 'PRODUCT_MODEL')
      out.set(k, { key: models.get(k)?.code ?? k, label: models.get(k)?.name ?? k });
    else if (c.group in enumOf)
      out.set(k, { key: k, label: enumLabel(enumOf[c.group as keyof typeof enumOf], k)?.zh ?? k });
    else out.set(k, { key: k, label: k });
  }
  return out;
}

export interface Kpis {
  rows: KpiRow[];
  totals: KpiRow;
}

/** The group's own condition for its drill (the received complaints of the row). */
function groupDrill(group: KpiGroupCode, raw: string | null, bucket: Bucket | undefined): LedgerFilter {
  if (bucket) return { receivedAt: periodRange(bucket) };
  if (group === 'DEPARTMENT')
    return raw === null ? { responsibleDeptId: { isNull: true } } : { responsibleDept: { name: { eq: raw } } };
  const v = group === 'PRODUCT_MODEL' && raw !== null ? Number(raw) : raw;
  return { [COLUMN[group]!]: eqOrNull(v) };
}

/**
 * Complaint KPIs over a period, grouped by month, quarter or a complaint attribute: each figure
 * counted by the database, dated by its own event (received, closed, called back), with last
 * year's received beside it; empty months and quarters are present with zeros.
 */
export async function complaintKpis(
  ds: DataSource,
  period: Period,
  group: KpiGroupCode,
  filter: AnalysisFilterInput | null | undefined,
  now = new Date(),
): Promise<Kpis> {
  const c: Ctx = { ds, q: quoter(ds), group, filter: toLedgerFilter('complaint', filter), now };
  const buckets = group === 'MONTH' ? monthBuckets(period) : group === 'QUARTER' ? quarterBuckets(period) : [];
  const ends = isTime(group)
    ? buckets.map((b) => ({ key: b.key, at: endOf(b.to, now) }))
    : [{ key: 'ALL', at: endOf(period.to, now) }];
  const [received, closed, replied, replyDue, callbacks, lastYear, median, totalMedian, overdue] = await Promise.all([
    receivedSums(c, period),
    closedSums(c, period),
    repliedSums(c, period),
    replyDueSums(c, period),
    callbackSums(c, period),
    sums(c, yearEarlier(period), 'receivedAt', {}, { receivedLastYear: 'COUNT(*)' }),
    medianFirstResponse(c, period, false),
    medianFirstResponse(c, period, true),
    overdueOpen(c, ends),
  ]);
  const shifted = isTime(group)
    ? new Map([...lastYear].map(([k, v]) => [k === null ? null : keyYearLater(k), v]))
    : lastYear;
  const keys = isTime(group)
    ? buckets.map((b) => b.key)
    : [
        ...new Set([
          ...received.keys(),
          ...closed.keys(),
          ...replied.keys(),
          ...replyDue.keys(),
          ...callbacks.keys(),
          ...shifted.keys(),
          ...overdue.keys(),
        ]),
      ];
  const labels = await keyLabels(c, keys);
  const countsOf = (k: string | null): KpiCounts => ({
    ...ZERO_COUNTS,
    ...received.get(k),
    ...closed.get(k),
    ...replied.get(k),
    ...replyDue.get(k),
    ...callbacks.get(k),
    ...shifted.get(k),
    ...overdue.get(k),
  });
  const rows = keys.map((k) => {
    const bucket = buckets.find((b) => b.key === k);
    const { key, label } = bucket ? { key: bucket.key, label: bucket.label } : labels.get(k)!;
    return kpiRow(key, label, countsOf(k), median.get(k) ?? null, {
      ledger: 'complaint',
      filter: mergeFilters(mergeFilters(c.filter, { receivedAt: periodRange(period) }), groupDrill(group, k, bucket)),
    });
  });
  if (!isTime(group)) rows.sort((a, b) => b.received - a.received || a.key.localeCompare(b.key));
  const sum = addCounts(rows);
  // open-and-overdue is a snapshot: the total is the count at the period's end, not a sum of months
  if (isTime(group)) sum.overdueOpen = rows.at(-1)?.overdueOpen ?? 0;
  const totals = kpiRow('TOTAL', '合计', sum, totalMedian.get('TOTAL') ?? null, {
    ledger: 'complaint',
    filter: mergeFilters(c.filter, { receivedAt: periodRange(period) }),
  });
  return { rows, totals };
}
