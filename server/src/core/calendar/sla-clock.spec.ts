import { describe, expect, it } from 'vitest';
import { deadline } from './sla-clock.js';
import { WorkingCalendar, localDate } from './working-calendar.js';
import { officialDays } from './official-days.js';

const cal = new WorkingCalendar(officialDays(2025, 2026), new Set([2025, 2026]));
const at = (s: string) => new Date(s); // ISO with +08:00

describe('working calendar', () => {
  it('knows weekends, holidays and make-up working days (调休)', () => {
    expect(cal.isWorkingDay('2026-03-02')).toBe(true); // Monday
    expect(cal.isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(cal.isWorkingDay('2026-10-01')).toBe(false); // National Day
    expect(cal.isWorkingDay('2026-09-20')).toBe(true); // Sunday, make-up working day before National Day
    expect(cal.isWorkingDay('2026-02-14')).toBe(true); // Saturday, make-up working day before Spring Festival
  });
  it('reads dates in China time', () => {
    expect(localDate(at('2026-03-01T23:30:00+08:00'))).toBe('2026-03-01');
    expect(localDate(at('2026-03-01T16:30:00Z'))).toBe('2026-03-02');
  });
});

describe('SLA deadlines', () => {
  it('24 clock hours on a weekday', () => {
    const d = deadline(at('2026-03-03T10:00:00+08:00'), { amount: 24, unit: 'CLOCK_HOURS' }, cal);
    expect(d.at.toISOString()).toBe(at('2026-03-04T10:00:00+08:00').toISOString());
    expect(d.provisional).toBe(false);
  });
  it('24 clock hours landing on Saturday move to Monday, same time', () => {
    const d = deadline(at('2026-03-06T10:00:00+08:00'), { amount: 24, unit: 'CLOCK_HOURS' }, cal);
    expect(d.at.toISOString()).toBe(at('2026-03-09T10:00:00+08:00').toISOString());
  });
  it('48 clock hours landing on National Day move past the holiday', () => {
    const d = deadline(at('2026-09-29T09:00:00+08:00'), { amount: 48, unit: 'CLOCK_HOURS' }, cal);
    // 2026-10-01 is a holiday; the holiday runs to 10-07 (10-10 Saturday is a make-up day in 2026? the data decides)
    expect(cal.isWorkingDay(localDate(d.at))).toBe(true);
    expect(localDate(d.at) > '2026-10-01').toBe(true);
  });
  it('4 working days skip the weekend: Thursday → end of next Wednesday', () => {
    const d = deadline(at('2026-03-05T15:00:00+08:00'), { amount: 4, unit: 'WORKING_DAYS' }, cal);
    expect(d.at.toISOString()).toBe(at('2026-03-11T23:59:59.999+08:00').toISOString());
  });
  it('working days count a make-up Saturday and skip the Spring Festival', () => {
    // 2026-02-13 Fri → 02-14 Sat is a make-up working day (1), then 02-15..02-23 holidays, 02-24 (2), 02-25 (3), 02-26 (4)
    const d = deadline(at('2026-02-13T09:00:00+08:00'), { amount: 4, unit: 'WORKING_DAYS' }, cal);
    expect(localDate(d.at)).toBe('2026-02-26');
  });
  it('a complaint received on a Sunday starts counting on Monday', () => {
    const d = deadline(at('2026-03-08T11:00:00+08:00'), { amount: 4, unit: 'WORKING_DAYS' }, cal);
    expect(localDate(d.at)).toBe('2026-03-12');
  });
  it('7 calendar days landing on a weekend move to the next working day', () => {
    const d = deadline(at('2026-03-07T09:00:00+08:00'), { amount: 7, unit: 'CALENDAR_DAYS' }, cal);
    expect(d.at.toISOString()).toBe(at('2026-03-16T09:00:00+08:00').toISOString());
  });
  it('marks deadlines in a year without official data as provisional', () => {
    const d = deadline(at('2026-12-29T09:00:00+08:00'), { amount: 4, unit: 'WORKING_DAYS' }, cal);
    expect(d.provisional).toBe(true);
    expect(deadline(at('2026-03-03T10:00:00+08:00'), { amount: 4, unit: 'WORKING_DAYS' }, cal).provisional).toBe(false);
  });
});
