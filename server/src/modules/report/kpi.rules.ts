import type { Drill } from './analysis-sql.js';

/** The counts a KPI row is made of; every rate is derived from them. */
export interface KpiCounts {
  received: number;
  closed: number;
  closedOnTime: number;
  closedWithCallback: number;
  /** Answered in the period, whose callback fell due (seven days after the reply) or was made. */
  callbackDue: number;
  /** Of those, called back. */
  callbacksDone: number;
  /** Complaints whose written reply fell due in the period (seven days after receipt), or was made. */
  replyDue: number;
  /** Of those, answered by the seventh day. */
  repliedOnTime: number;
  callbacks: number;
  satisfied: number;
  escalated: number;
  repeats: number;
  firstResponseOnTime: number;
  /** Received that were acknowledged or whose 24 hours have passed: the first-response denominator. */
  firstResponseDue: number;
  overdueOpen: number;
  receivedLastYear: number;
}

export interface KpiRow extends KpiCounts {
  key: string;
  label: string;
  timelinessRate: number | null;
  callbackRate: number | null;
  replyOnTimeRate: number | null;
  satisfactionRate: number | null;
  medianFirstResponseHours: number | null;
  firstResponseOnTimeRate: number | null;
  repeatRate: number | null;
  yoyChange: number | null;
  drill: Drill;
}

export const ZERO_COUNTS: KpiCounts = {
  received: 0,
  closed: 0,
  closedOnTime: 0,
  closedWithCallback: 0,
  callbackDue: 0,
  callbacksDone: 0,
  replyDue: 0,
  repliedOnTime: 0,
  callbacks: 0,
  satisfied: 0,
  escalated: 0,
  repeats: 0,
  firstResponseOnTime: 0,
  firstResponseDue: 0,
  overdueOpen: 0,
  receivedLastYear: 0,
};

/** n ÷ d to four places; null (not 0) when there is nothing to divide by. */
export function rate(n: number, d: number): number | null {
  return d ? Math.round((n / d) * 10_000) / 10_000 : null;
}

/** The row's rates from its counts (the definitions of the issue, one place). */
export function kpiRow(
  key: string,
  label: string,
  c: KpiCounts,
  medianFirstResponseHours: number | null,
  drill: Drill,
): KpiRow {
  return {
    key,
    label,
    ...c,
    timelinessRate: rate(c.closedOnTime, c.closed),
    callbackRate: rate(c.callbacksDone, c.callbackDue),
    replyOnTimeRate: rate(c.repliedOnTime, c.replyDue),
    satisfactionRate: rate(c.satisfied, c.callbacks),
    medianFirstResponseHours:
      medianFirstResponseHours === null ? null : Math.round(medianFirstResponseHours * 100) / 100,
    firstResponseOnTimeRate: rate(c.firstResponseOnTime, c.firstResponseDue),
    repeatRate: rate(c.repeats, c.received),
    yoyChange: c.receivedLastYear ? rate(c.received - c.receivedLastYear, c.receivedLastYear) : null,
    drill,
  };
}

/** Adds counts (totals of additive figures). */
export function addCounts(rows: KpiCounts[]): KpiCounts {
  const out = { ...ZERO_COUNTS };
  for (const r of rows) for (const k of Object.keys(out) as Array<keyof KpiCounts>) out[k] += r[k];
  return out;
}
