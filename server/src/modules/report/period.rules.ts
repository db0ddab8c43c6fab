import { addDays, addMonths, daysBetween } from '../../core/calendar/working-calendar.js';

/** A reporting period: whole days, inclusive, China business time ('YYYY-MM-DD'). */
export interface Period {
  from: string;
  to: string;
}

/** One bucket of a time grouping: its key, label and days. */
export interface Bucket extends Period {
  key: string;
  label: string;
}

/** The most a period may span (ten years of daily figures is more than any report reads). */
export const MAX_PERIOD_DAYS = 3660;

/** A problem with a period, naming the argument; null when it is fine. */
export function periodProblem(p: Period): { field: 'to'; code: string; message: string } | null {
  if (p.to < p.from)
    return { field: 'to', code: 'INVALID_PERIOD', message: '「至」不能早于「从」 (to is before from)' };
  if (daysBetween(p.from, p.to) > MAX_PERIOD_DAYS)
    return { field: 'to', code: 'PERIOD_TOO_LONG', message: '期间最长 10 年 (period too long)' };
  return null;
}

/** The period as list filters write a datetime range: from the first day's start to the last day's last millisecond. */
export function periodRange(p: Period): { gte: string; lte: string } {
  return { gte: `${p.from}T00:00:00.000+08:00`, lte: `${p.to}T23:59:59.999+08:00` };
}

/** The same days one year earlier (29 February falls back to the 28th). */
export function yearEarlier(p: Period): Period {
  return { from: addMonths(p.from, -12), to: addMonths(p.to, -12) };
}

const monthEnd = (month: string) => addDays(addMonths(`${month}-01`, 1), -1);
const clip = (b: Period, p: Period): Period => ({
  from: b.from < p.from ? p.from : b.from,
  to: b.to > p.to ? p.to : b.to,
});

/** Every month the period touches, clipped to it, empty ones included. */
export function monthBuckets(p: Period): Bucket[] {
  const out: Bucket[] = [];
  for (let m = p.from.slice(0, 7); m <= p.to.slice(0, 7); m = addMonths(`${m}-01`, 1).slice(0, 7)) {
    out.push({
      key: m,
      label: `${m.slice(0, 4)}年${Number(m.slice(5))}月`,
      ...clip({ from: `${m}-01`, to: monthEnd(m) }, p),
    });
  }
  return out;
}

/** Every quarter the period touches (`YYYY-Qn`), clipped to it. */
export function quarterBuckets(p: Period): Bucket[] {
  const out: Bucket[] = [];
  for (const m of monthBuckets(p)) {
    const q = Math.floor((Number(m.key.slice(5)) - 1) / 3) + 1;
    const key = `${m.key.slice(0, 4)}-Q${q}`;
    const last = out.at(-1);
    if (last?.key === key) last.to = m.to;
    else out.push({ key, label: `${m.key.slice(0, 4)}年第${'一二三四'[q - 1]}季度`, from: m.from, to: m.to });
  }
  return out;
}

/** The quarter key of a month key (`2025-05` → `2025-Q2`). */
export function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;
}

/** A month or quarter key one year later (for lining last year's figures up with this year's). */
export function keyYearLater(key: string): string {
  return `${Number(key.slice(0, 4)) + 1}${key.slice(4)}`;
}

/** The days a report covers: `YYYY-MM`, a half (1 or 2) of a year, or a year. */
export function reportPeriod(
  kind: 'MONTHLY' | 'HALF_YEAR' | 'ANNUAL',
  year: number,
  part = 1,
): Period & { key: string } {
  if (kind === 'MONTHLY') {
    const m = `${year}-${String(part).padStart(2, '0')}`;
    return { key: m, from: `${m}-01`, to: addDays(addMonths(`${m}-01`, 1), -1) };
  }
  if (kind === 'HALF_YEAR')
    return {
      key: `${year}-H${part}`,
      from: part === 1 ? `${year}-01-01` : `${year}-07-01`,
      to: part === 1 ? `${year}-06-30` : `${year}-12-31`,
    };
  return { key: String(year), from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * When a report is due (complaint-handling-procedures 第九条 汇总 (1)(2)): a department's monthly summary
 * 「于每月5日前」, the company's 「每月7日前」, the annual summary 「每年元月份上旬」 — the first ten
 * days of January, so by 10 January. The half-year analysis (「每半年度」) has no date in the text:
 * the 15th of the month after the half.
 */
export function reportDueDate(
  kind: 'MONTHLY' | 'HALF_YEAR' | 'ANNUAL',
  periodTo: string,
  scope: 'COMPANY' | 'DEPARTMENT',
): string {
  const next = addDays(periodTo, 1).slice(0, 8);
  if (kind === 'MONTHLY') return `${next}${scope === 'DEPARTMENT' ? '05' : '07'}`;
  return `${next}${kind === 'ANNUAL' ? '10' : '15'}`;
}
