// Business time: China Standard Time, UTC+8, no daylight saving. The one place server and client
// turn moments into the dates and times printed on the paper forms. No imports.

export const BUSINESS_OFFSET_MS = 8 * 3600_000;

/** The local (UTC+8) calendar date of a moment, 'YYYY-MM-DD'. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + BUSINESS_OFFSET_MS).toISOString().slice(0, 10);
}

/** The local (UTC+8) year of a moment. */
export function localYear(at: Date): number {
  return new Date(at.getTime() + BUSINESS_OFFSET_MS).getUTCFullYear();
}

/** 'YYYY-MM-DD HH:mm' of a moment in local time, as clerks read and type it. */
export function localDateTimeText(at: Date): string {
  return new Date(at.getTime() + BUSINESS_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}

/** The moment a local date and time-of-day (ms since local midnight) denote. */
export function localMoment(date: string, msOfDay = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - BUSINESS_OFFSET_MS + msOfDay);
}

/** Whole days from `a` to `b` (dates 'YYYY-MM-DD'). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The calendar month before a day's, 'YYYY-MM'. */
export function previousMonth(day: string): string {
  return addMonths(`${day.slice(0, 7)}-01`, -1).slice(0, 7);
}

/** The matching day `months` later; the month's last day when it has no such day (01-31 + 1 → 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const ty = Math.floor(total / 12);
  const tm = total % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return `${ty}-${String(tm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
