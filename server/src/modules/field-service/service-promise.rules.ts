import { deadline, type SlaRule } from '../../core/calendar/sla-clock.js';
import type { WorkingCalendar } from '../../core/calendar/working-calendar.js';

/**
 * 服务承诺: the seed's 「对4个24小时的承诺严格恪守」 as four named clocks on every repair request, each
 * started by the step before it and stopped by its own:
 * - RESPONSE 响应: from the call to the first answer with substance (电话指导 recorded or a technician
 *   dispatched) — the customer knows someone owns the fault.
 * - ARRIVAL 到场: from the call to the technician on site. 「全天候24小时快捷上门服务」: clock hours, nights
 *   and holidays included, for 急救.
 * - CLEARED 排除: from arrival to the fault cleared (the report says fixed).
 * - REPORT 报告: from the fault cleared to the 服务报告 filed — office work, so working days.
 * Planned services (安装调试, 培训, 保养, 大修, 回购) are booked, not emergencies: their arrival clock is in
 * working days. The three service levels of 一品一案 (急救 the base every product has, 保健 and 超值 for the
 * products the strategy favours) tighten the clocks.
 */
export type ClockKey = 'RESPONSE' | 'ARRIVAL' | 'CLEARED' | 'REPORT';
export type ServiceLevel = 'EMERGENCY' | 'CARE' | 'PREMIUM';

export const CLOCK_LABELS: Record<ClockKey, string> = {
  RESPONSE: '响应',
  ARRIVAL: '到场',
  CLEARED: '排除故障',
  REPORT: '提交服务报告',
};

/** Where each clock's due time and its stop are kept on the request row. */
export const CLOCK_FIELDS: Record<ClockKey, { due: string; done: string; start: string }> = {
  RESPONSE: { due: 'responseDueAt', done: 'respondedAt', start: 'reportedAt' },
  ARRIVAL: { due: 'arrivalDueAt', done: 'arrivedAt', start: 'reportedAt' },
  CLEARED: { due: 'clearDueAt', done: 'clearedAt', start: 'arrivedAt' },
  REPORT: { due: 'reportDueAt', done: 'reportFiledAt', start: 'clearedAt' },
};

const hours = (amount: number): SlaRule => ({ amount, unit: 'CLOCK_HOURS' });
const workingDays = (amount: number): SlaRule => ({ amount, unit: 'WORKING_DAYS' });

/** The promise per service level: 急救 is the 4 × 24 h the seed names; 保健 and 超值 promise more. */
export const PROMISE: Record<ServiceLevel, Record<ClockKey, SlaRule>> = {
  EMERGENCY: { RESPONSE: hours(2), ARRIVAL: hours(24), CLEARED: hours(24), REPORT: workingDays(1) },
  CARE: { RESPONSE: hours(1), ARRIVAL: hours(12), CLEARED: hours(24), REPORT: workingDays(1) },
  PREMIUM: { RESPONSE: hours(0.5), ARRIVAL: hours(8), CLEARED: hours(12), REPORT: workingDays(1) },
};

/** Service types that are booked ahead: arrival within working days, not hours. */
export const PLANNED_SERVICES = ['INSTALLATION', 'TRAINING', 'MAINTENANCE', 'OVERHAUL', 'BUYBACK'];
const PLANNED_ARRIVAL = workingDays(3);

export function ruleOf(level: ServiceLevel, serviceType: string, clock: ClockKey): SlaRule {
  if (clock === 'ARRIVAL' && PLANNED_SERVICES.includes(serviceType)) return PLANNED_ARRIVAL;
  return PROMISE[level][clock];
}

/** The rule in words, as the grid and the closing note say it: 「24 小时」, 「1 个工作日」. */
export function ruleInWords(rule: SlaRule): string {
  if (rule.unit === 'WORKING_DAYS') return `${rule.amount} 个工作日`;
  if (rule.unit === 'CALENDAR_DAYS') return `${rule.amount} 天`;
  return rule.amount < 1 ? `${rule.amount * 60} 分钟` : `${rule.amount} 小时`;
}

type Row = Record<string, unknown>;
const dateOf = (v: unknown): Date | null => (v instanceof Date ? v : typeof v === 'string' && v ? new Date(v) : null);

/**
 * The due times a request's row should carry now: each clock whose start is known gets its due time;
 * a clock not started yet has none. Recomputed whenever a start changes (the arrival starts 排除).
 */
export function dueTimes(row: Row, cal: WorkingCalendar): Record<string, Date | null> {
  const level: ServiceLevel = String(row.serviceLevel) in PROMISE ? (row.serviceLevel as ServiceLevel) : 'EMERGENCY';
  const out: Record<string, Date | null> = {};
  for (const key of Object.keys(CLOCK_FIELDS) as ClockKey[]) {
    const f = CLOCK_FIELDS[key];
    const start = dateOf(row[f.start]);
    out[f.due] = start ? deadline(start, ruleOf(level, String(row.serviceType ?? ''), key), cal).at : null;
  }
  return out;
}

export type ClockState = 'KEPT' | 'MISSED' | 'RUNNING' | 'OVERDUE' | 'NOT_STARTED' | 'NOT_NEEDED';

export interface ClockReading {
  key: ClockKey;
  label: string;
  state: ClockState;
  dueAt: Date | null;
  doneAt: Date | null;
  /** Seconds left while running (negative once overdue); null when stopped or not started. */
  secondsLeft: number | null;
}

/** Requests that end without a visit (resolved by phone, withdrawn) need no arrival, clearing or report. */
const ENDED_WITHOUT_VISIT = ['REMOTE_RESOLVED', 'CANCELLED'];

/** Each clock's state on a request at `now`: kept or missed once stopped, running or overdue while due. */
export function readClocks(row: Row, now: Date): ClockReading[] {
  return (Object.keys(CLOCK_FIELDS) as ClockKey[]).map((key) => {
    const f = CLOCK_FIELDS[key];
    const dueAt = dateOf(row[f.due]);
    const doneAt = dateOf(row[f.done]);
    const base = { key, label: CLOCK_LABELS[key], dueAt, doneAt };
    if (doneAt) return { ...base, state: dueAt && doneAt > dueAt ? 'MISSED' : 'KEPT', secondsLeft: null };
    if (key !== 'RESPONSE' && ENDED_WITHOUT_VISIT.includes(String(row.status)))
      return { ...base, state: 'NOT_NEEDED', secondsLeft: null };
    if (!dueAt) return { ...base, state: 'NOT_STARTED', secondsLeft: null };
    const secondsLeft = Math.round((dueAt.getTime() - now.getTime()) / 1000);
    return { ...base, state: secondsLeft < 0 ? 'OVERDUE' : 'RUNNING', secondsLeft };
  });
}

export const CLOCK_STATE_WORDS: Record<ClockState, string> = {
  KEPT: '按时',
  MISSED: '超时完成',
  RUNNING: '计时中',
  OVERDUE: '已超时',
  NOT_STARTED: '未开始',
  NOT_NEEDED: '无需',
};
