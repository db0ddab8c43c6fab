/** A day's status in the official calendar: a holiday (休), or a make-up working day (调休上班). */
export type DayKind = 'HOLIDAY' | 'WORKDAY';

export interface CalendarDay {
  date: string;
  kind: DayKind;
  name: string;
}

/** Business time zone: China Standard Time, UTC+8, no daylight saving. */
export const BUSINESS_OFFSET_MS = 8 * 3600_000;

/** The local (UTC+8) calendar date of a moment, 'YYYY-MM-DD'. */
export function localDate(at: Date): string {
  return new Date(at.getTime() + BUSINESS_OFFSET_MS).toISOString().slice(0, 10);
}

/** The moment a local date and time-of-day (ms since local midnight) denote. */
export function localMoment(date: string, msOfDay = 0): Date {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - BUSINESS_OFFSET_MS + msOfDay);
}

/** Whole days from `a` to `b` (dates 'YYYY-MM-DD'). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
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

/**
 * The working calendar: Mon–Fri are working days unless listed as a holiday; a listed make-up day
 * is a working day even on a weekend. Years without official data are "provisional".
 */
export class WorkingCalendar {
  private readonly days: Map<string, DayKind>;
  constructor(
    days: readonly CalendarDay[],
    private readonly coveredYears: ReadonlySet<number>,
  ) {
    this.days = new Map(days.map((d) => [d.date, d.kind]));
  }

  isWorkingDay(date: string): boolean {
    const kind = this.days.get(date);
    if (kind) return kind === 'WORKDAY';
    const dow = new Date(`${date}T00:00:00Z`).getUTCDay();
    return dow !== 0 && dow !== 6;
  }

  /** An official holiday (not an ordinary weekend). */
  isHoliday(date: string): boolean {
    return this.days.get(date) === 'HOLIDAY';
  }

  covers(date: string): boolean {
    return this.coveredYears.has(Number(date.slice(0, 4)));
  }

  /** The date itself if it is a working day, else the next working day. */
  nextWorkingDay(date: string): string {
    let d = date;
    for (let i = 0; i < 60 && !this.isWorkingDay(d); i++) d = addDays(d, 1);
    return d;
  }
}
