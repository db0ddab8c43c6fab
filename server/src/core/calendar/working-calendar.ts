/** A day's status in the official calendar: a holiday (休), or a make-up working day (调休上班). */
export type DayKind = 'HOLIDAY' | 'WORKDAY';

export interface CalendarDay {
  date: string;
  kind: DayKind;
  name: string;
}

// business time lives in common/ (shared with the client); re-exported for the calendar's users
export {
  addDays,
  addMonths,
  BUSINESS_OFFSET_MS,
  daysBetween,
  localDate,
  localMoment,
  localYear,
} from '../../../../common/business-time.js';
import { addDays } from '../../../../common/business-time.js';

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
