import { describe, expect, it } from 'vitest';
import { officialDays } from '../../core/calendar/official-days.js';
import { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { dueTimes, readClocks, ruleInWords, ruleOf } from './service-promise.rules.js';

// National Day and Mid-Autumn 2025: 1–8 October off, Sunday 28 September and Saturday 11 October worked
const cal = new WorkingCalendar(officialDays(2025, 2026), new Set([2025, 2026]));
const at = (s: string) => new Date(s);
const china = (d: Date | null) => (d ? new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 16) : null);

describe('the service promise (4 × 24 h) across National Day 2025', () => {
  const call = { serviceLevel: 'EMERGENCY', serviceType: 'REPAIR', reportedAt: at('2025-09-30T20:00:00+08:00') };

  it('answers within 2 hours and arrives within 24 clock hours, holiday or not', () => {
    const due = dueTimes(call, cal);
    expect(china(due.responseDueAt)).toBe('2025-09-30T22:00');
    expect(china(due.arrivalDueAt)).toBe('2025-10-01T20:00');
    expect(due.clearDueAt).toBeNull(); // 排除 starts on arrival
    expect(due.reportDueAt).toBeNull();
  });

  it('clears within 24 hours of arrival, and files the report by the end of the next working day (9 October)', () => {
    const due = dueTimes(
      { ...call, arrivedAt: at('2025-10-01T18:00:00+08:00'), clearedAt: at('2025-10-02T12:00:00+08:00') },
      cal,
    );
    expect(china(due.clearDueAt)).toBe('2025-10-02T18:00');
    expect(china(due.reportDueAt)).toBe('2025-10-09T23:59');
  });

  it('books a planned installation within 3 working days: 9, 10 and the make-up Saturday 11 October', () => {
    const due = dueTimes({ ...call, serviceType: 'INSTALLATION', reportedAt: at('2025-09-30T10:00:00+08:00') }, cal);
    expect(china(due.arrivalDueAt)).toBe('2025-10-11T23:59');
    expect(ruleInWords(ruleOf('EMERGENCY', 'INSTALLATION', 'ARRIVAL'))).toBe('3 个工作日');
  });

  it('promises more at the higher levels: 超值 answers in 30 minutes and arrives in 8 hours', () => {
    expect(ruleInWords(ruleOf('PREMIUM', 'REPAIR', 'RESPONSE'))).toBe('30 分钟');
    const due = dueTimes({ ...call, serviceLevel: 'PREMIUM' }, cal);
    expect(china(due.arrivalDueAt)).toBe('2025-10-01T04:00');
  });

  it('reads each clock: kept, missed, running with the time left, overdue, not needed after a phone fix', () => {
    const row = {
      ...call,
      ...dueTimes({ ...call, arrivedAt: at('2025-10-01T21:00:00+08:00') }, cal),
      respondedAt: at('2025-09-30T21:10:00+08:00'),
      arrivedAt: at('2025-10-01T21:00:00+08:00'),
      status: 'ON_SITE',
    };
    const now = at('2025-10-02T09:00:00+08:00');
    const [response, arrival, cleared, report] = readClocks(row, now);
    expect(response.state).toBe('KEPT');
    expect(arrival.state).toBe('MISSED'); // an hour late
    expect(cleared.state).toBe('RUNNING');
    expect(cleared.secondsLeft).toBe(12 * 3600);
    expect(report.state).toBe('NOT_STARTED');
    expect(readClocks(row, at('2025-10-02T22:00:00+08:00'))[2]).toMatchObject({ state: 'OVERDUE', secondsLeft: -3600 });
    const byPhone = readClocks({ ...row, arrivedAt: null, status: 'REMOTE_RESOLVED' }, now);
    expect(byPhone.map((c) => c.state)).toEqual(['KEPT', 'NOT_NEEDED', 'NOT_NEEDED', 'NOT_NEEDED']);
  });
});
