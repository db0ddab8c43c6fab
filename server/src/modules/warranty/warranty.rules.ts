import {
  addDays,
  addMonths,
  daysBetween,
  localDate,
  type WorkingCalendar,
} from '../../core/calendar/working-calendar.js';

export type Remedy = 'RETURN' | 'EXCHANGE' | 'FREE_REPAIR' | 'CHARGED_REPAIR';

export interface PolicyTerms {
  modelCode: string;
  warrantyMonths: number;
  startBasis: 'INVOICE' | 'ACCEPTANCE';
  consumerSanbao: boolean;
  returnDays: number;
  exchangeDays: number;
}

export interface UnitFacts {
  invoiceDate: string;
  acceptanceDate: string | null;
}

/** A past return/exchange/repair of the unit. */
export interface ServiceEvent {
  type: 'RETURN' | 'EXCHANGE' | 'REPAIR';
  receivedAt: Date;
  completedAt: Date | null;
  /** The repair needed parts (counts as waiting for parts). */
  waitedForParts?: boolean;
}

export interface WarrantyVerdict {
  start: string;
  baseEnd: string;
  end: string;
  extensionDays: number;
  restartedOn: string | null;
  inWarranty: boolean;
  daysLeft: number;
  remedy: Remedy;
  reason: string;
  flags: string[];
  returnUntil: string | null;
  exchangeUntil: string | null;
  provisional: boolean;
}

/** Thresholds after which an in-warranty unit may be exchanged or returned instead of repaired again. */
export const MAX_REPAIRS = 2;
export const MAX_WAIT_FOR_PARTS_DAYS = 90;
export const MAX_REPAIR_DAYS = 30;

/** A date that is an official holiday moves to the next working day. */
function shiftHoliday(date: string, cal: WorkingCalendar): string {
  return cal.isHoliday(date) ? cal.nextWorkingDay(date) : date;
}

/**
 * The warranty of one unit as of a date (the failure or complaint date, not necessarily today).
 * - starts on the invoice or acceptance date as the policy says; an exchange restarts it;
 * - ends on the matching day of the final month, that day included, plus the days the unit spent
 *   in repair; an end on an official holiday moves to the next working day;
 * - consumer 三包: return within `returnDays`, exchange within `exchangeDays` of the sale (invoice);
 * - 2 repairs, > 90 days waiting for parts or a repair > 30 days allow exchange or return.
 */
export function warrantyStatus(
  policy: PolicyTerms,
  unit: UnitFacts,
  events: ServiceEvent[],
  asOf: Date,
  cal: WorkingCalendar,
): WarrantyVerdict {
  const day = localDate(asOf);
  const basisNote = policy.startBasis === 'ACCEPTANCE' && !unit.acceptanceDate ? '（未登记交验日期，按发票日期）' : '';
  let start = policy.startBasis === 'ACCEPTANCE' ? (unit.acceptanceDate ?? unit.invoiceDate) : unit.invoiceDate;
  const past = events.filter((e) => localDate(e.receivedAt) <= day);
  const exchanges = past
    .filter((e) => e.type === 'EXCHANGE' && e.completedAt && localDate(e.completedAt) <= day)
    .map((e) => localDate(e.completedAt!))
    .sort();
  const restartedOn = exchanges.length && exchanges.at(-1)! > start ? exchanges.at(-1)! : null;
  if (restartedOn) start = restartedOn;
  const baseEnd = addMonths(start, policy.warrantyMonths);

  const repairs = past.filter((e) => e.type === 'REPAIR' && localDate(e.receivedAt) >= start);
  const spans = repairs.map((e) => ({
    e,
    days: Math.max(
      0,
      daysBetween(
        localDate(e.receivedAt),
        localDate(e.completedAt && localDate(e.completedAt) <= day ? e.completedAt : asOf),
      ),
    ),
  }));
  const extensionDays = spans.filter((s) => localDate(s.e.receivedAt) <= baseEnd).reduce((n, s) => n + s.days, 0);
  const end = shiftHoliday(addDays(baseEnd, extensionDays), cal);
  const inWarranty = day <= end;
  const daysLeft = daysBetween(day, end);

  const flags: string[] = [];
  const completedRepairs = repairs.filter((e) => e.completedAt && localDate(e.completedAt) <= day);
  if (completedRepairs.length >= MAX_REPAIRS) flags.push(`已维修 ${completedRepairs.length} 次仍故障`);
  if (spans.some((s) => s.e.waitedForParts && s.days > MAX_WAIT_FOR_PARTS_DAYS))
    flags.push(`等待配件超过 ${MAX_WAIT_FOR_PARTS_DAYS} 天`);
  if (spans.some((s) => s.days > MAX_REPAIR_DAYS)) flags.push(`单次维修超过 ${MAX_REPAIR_DAYS} 天`);

  const sale = unit.invoiceDate;
  const returnUntil = policy.consumerSanbao ? shiftHoliday(addDays(sale, policy.returnDays), cal) : null;
  const exchangeUntil = policy.consumerSanbao ? shiftHoliday(addDays(sale, policy.exchangeDays), cal) : null;
  const period = `保修期 ${start} 至 ${end}${extensionDays ? `（含维修延长 ${extensionDays} 天）` : ''}${restartedOn ? `，${restartedOn} 换货后重新计算` : ''}${basisNote}`;

  let remedy: Remedy;
  let reason: string;
  if (returnUntil && !restartedOn && day <= returnUntil) {
    remedy = 'RETURN';
    reason = `三包：售出 ${policy.returnDays} 日内（至 ${returnUntil}），可退货；${period}`;
  } else if (exchangeUntil && !restartedOn && day <= exchangeUntil) {
    remedy = 'EXCHANGE';
    reason = `三包：售出 ${policy.exchangeDays} 日内（至 ${exchangeUntil}），可换货；${period}`;
  } else if (inWarranty && flags.length) {
    remedy = 'EXCHANGE';
    reason = `在保修期内且${flags.join('、')}：可换货或退货；${period}，剩余 ${daysLeft} 天`;
  } else if (inWarranty) {
    remedy = 'FREE_REPAIR';
    reason = `在保修期内：免费维修；${period}，剩余 ${daysLeft} 天`;
  } else {
    remedy = 'CHARGED_REPAIR';
    reason = `已过保修期：收费维修；${period}，已过期 ${-daysLeft} 天`;
  }
  const provisional = !cal.covers(end) || !cal.covers(day);
  return {
    start,
    baseEnd,
    end,
    extensionDays,
    restartedOn,
    inWarranty,
    daysLeft,
    remedy,
    reason,
    flags,
    returnUntil,
    exchangeUntil,
    provisional,
  };
}

/** "1,3,6,12" → [1, 3, 6, 12]; null when malformed. */
export function parseMonths(s: string | null | undefined): number[] | null {
  if (!s) return [1, 3, 6, 12];
  const parts = s
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .map(Number);
  return parts.length && parts.every((n) => Number.isInteger(n) && n > 0 && n <= 120)
    ? [...new Set(parts)].sort((a, b) => a - b)
    : null;
}

/** 例行检查月份 as a column check: months after acceptance, e.g. 1,3,6,12. */
export const inspectionMonthsCheck = (v: unknown): string | null => (parseMonths(String(v)) ? null : '格式如 1,3,6,12');
