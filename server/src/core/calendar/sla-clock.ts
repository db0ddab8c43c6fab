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
 * When a rule started at `start` falls due.
 * - CLOCK_HOURS: start + hours; if that lands on a non-working day it moves to the same time on
 *   the next working day.
 * - WORKING_DAYS: the end (23:59:59.999, UTC+8) of the n-th working day after the start's day.
 * - CALENDAR_DAYS: start + n days; a due day that is not a working day moves to the next one.
 * @example deadline(new Date('2026-09-30T02:00:00Z'), { amount: 4, unit: 'WORKING_DAYS' }, cal) // end of 2026-10-12
 */
export function deadline(start: Date, rule: SlaRule, cal: WorkingCalendar): Deadline {
  const startDay = localDate(start);
  let provisional = !cal.covers(startDay);
  const shift = (at: Date): Date => {
    const day = localDate(at);
    const next = cal.nextWorkingDay(day);
    if (!cal.covers(next)) provisional = true;
    return next === day ? at : localMoment(next, at.getTime() - localMoment(day).getTime());
  };
  switch (rule.unit) {
    case 'CLOCK_HOURS':
      return { at: shift(new Date(start.getTime() + rule.amount * 3600_000)), provisional };
    case 'CALENDAR_DAYS':
      return { at: shift(new Date(start.getTime() + rule.amount * 86_400_000)), provisional };
    case 'WORKING_DAYS': {
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
