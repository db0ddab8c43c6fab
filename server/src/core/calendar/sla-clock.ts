import { addDays, localDate, localMoment, type WorkingCalendar } from './working-calendar.js';

/** Every deadline rule names its unit. */
export type SlaUnit = 'CLOCK_HOURS' | 'WORKING_DAYS' | 'CALENDAR_DAYS';

export interface SlaRule {
  amount: number;
  unit: SlaUnit;
}

export interface Deadline {
  at: Date;
  /** The calendar had no official data for a year the count crossed. */
  provisional: boolean;
}

const END_OF_DAY_MS = 86_400_000 - 1;

/**
 * When a rule started at `start` falls due. Only working days read the calendar: 「不得超过24小时」
 * and 「七日内」 run on the clock, holidays or not, as the procedures keep them apart from
 * 「4个工作日」.
 * - CLOCK_HOURS: start + hours.
 * - CALENDAR_DAYS: start + n days, at the same time of day.
 * - WORKING_DAYS: the end (23:59:59.999, UTC+8) of the n-th working day after the start's day
 *   (调休 days count, holidays do not).
 * @example deadline(new Date('2025-09-30T07:00:00Z'), { amount: 24, unit: 'CLOCK_HOURS' }, cal) // 2025-10-01 15:00 China time
 * @example deadline(new Date('2026-09-30T02:00:00Z'), { amount: 4, unit: 'WORKING_DAYS' }, cal) // end of 2026-10-12
 */
export function deadline(start: Date, rule: SlaRule, cal: WorkingCalendar): Deadline {
  const startDay = localDate(start);
  switch (rule.unit) {
    case 'CLOCK_HOURS':
      return { at: new Date(start.getTime() + rule.amount * 3600_000), provisional: false };
    case 'CALENDAR_DAYS':
      return { at: new Date(start.getTime() + rule.amount * 86_400_000), provisional: false };
    case 'WORKING_DAYS': {
      let provisional = !cal.covers(startDay);
      let day = startDay;
      for (let counted = 0; counted < rule.amount;) {
        day = addDays(day, 1);
        if (!cal.covers(day)) provisional = true;
        if (cal.isWorkingDay(day)) counted++;
      }
      return { at: localMoment(day, END_OF_DAY_MS), provisional };
    }
  }
}
