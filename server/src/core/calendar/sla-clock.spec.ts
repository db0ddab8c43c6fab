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
  // 「不得超过24小时」 and 「48小时」 are hours on the clock, kept apart from 「4个工作日」
  it('24 clock hours run through National Day: Tue 30 Sep 2025 15:00 is due Wed 1 Oct 15:00, not after the holiday', () => {
    const d = deadline(at('2025-09-30T15:00:00+08:00'), { amount: 24, unit: 'CLOCK_HOURS' }, cal);
    expect(d.at.toISOString()).toBe(at('2025-10-01T15:00:00+08:00').toISOString());
    expect(d.provisional).toBe(false);
  });
  it('24 clock hours from a Friday are due on Saturday, same time', () => {
    const d = deadline(at('2026-03-06T10:00:00+08:00'), { amount: 24, unit: 'CLOCK_HOURS' }, cal);
    expect(d.at.toISOString()).toBe(at('2026-03-07T10:00:00+08:00').toISOString());
  });
  it('48 clock hours run through the Spring Festival: Fri 13 Feb 2026 18:00 is due Sun 15 Feb 18:00', () => {
    const d = deadline(at('2026-02-13T18:00:00+08:00'), { amount: 48, unit: 'CLOCK_HOURS' }, cal);
    expect(d.at.toISOString()).toBe(at('2026-02-15T18:00:00+08:00').toISOString());
  });
  it('4 working days count the 调休 Sunday 28 Sep 2025 and skip National Day: Fri 26 Sep → end of Thu 9 Oct', () => {
    const d = deadline(at('2025-09-26T10:00:00+08:00'), { amount: 4, unit: 'WORKING_DAYS' }, cal);
    expect(d.at.toISOString()).toBe(at('2025-10-09T23:59:59.999+08:00').toISOString());
  });
  it('3 working days count the 调休 Saturday 11 Oct 2025: Thu 9 Oct → end of Mon 13 Oct', () => {
    const d = deadline(at('2025-10-09T16:00:00+08:00'), { amount: 3, unit: 'WORKING_DAYS' }, cal);
    expect(localDate(d.at)).toBe('2025-10-13');
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
  // 「所有对策答复均应在七日内为之」: seven days, not seven working days
  it('7 calendar days run through the Spring Festival: Thu 12 Feb 2026 10:00 is due Thu 19 Feb 10:00', () => {
    const d = deadline(at('2026-02-12T10:00:00+08:00'), { amount: 7, unit: 'CALENDAR_DAYS' }, cal);
    expect(d.at.toISOString()).toBe(at('2026-02-19T10:00:00+08:00').toISOString());
  });
  it('7 calendar days from a Saturday end on a Saturday', () => {
    const d = deadline(at('2026-03-07T09:00:00+08:00'), { amount: 7, unit: 'CALENDAR_DAYS' }, cal);
    expect(d.at.toISOString()).toBe(at('2026-03-14T09:00:00+08:00').toISOString());
  });
  it('marks deadlines in a year without official data as provisional', () => {
    const d = deadline(at('2026-12-29T09:00:00+08:00'), { amount: 4, unit: 'WORKING_DAYS' }, cal);
    expect(d.provisional).toBe(true);
    expect(deadline(at('2026-03-03T10:00:00+08:00'), { amount: 4, unit: 'WORKING_DAYS' }, cal).provisional).toBe(false);
  });
});
