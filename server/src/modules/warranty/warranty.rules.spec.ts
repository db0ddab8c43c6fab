import { describe, expect, it } from 'vitest';
import { officialDays } from '../../core/calendar/official-days.js';
import { addMonths, WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { warrantyStatus, type PolicyTerms, type ServiceEvent } from './warranty.rules.js';

const cal = new WorkingCalendar(officialDays(2024, 2026), new Set([2024, 2025, 2026]));
const policy: PolicyTerms = {
  modelCode: 'KY200',
  warrantyMonths: 12,
  startBasis: 'INVOICE',
  consumerSanbao: false,
  returnDays: 7,
  exchangeDays: 15,
};
const unit = { invoiceDate: '2025-03-10', acceptanceDate: '2025-03-20' };
const at = (d: string) => new Date(`${d}T10:00:00+08:00`);
const repair = (from: string, to: string | null, waitedForParts = false): ServiceEvent => ({
  type: 'REPAIR',
  receivedAt: at(from),
  completedAt: to ? at(to) : null,
  waitedForParts,
});

describe('months', () => {
  it('end on the matching day, or the month’s last day', () => {
    expect(addMonths('2025-03-10', 12)).toBe('2026-03-10');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-11-15', 3)).toBe('2026-02-15');
  });
});

describe('warranty status', () => {
  it('is in warranty on the last day, that day included, and out the day after', () => {
    const last = warrantyStatus(policy, unit, [], at('2026-03-10'), cal);
    expect(last).toMatchObject({
      start: '2025-03-10',
      end: '2026-03-10',
      inWarranty: true,
      daysLeft: 0,
      remedy: 'FREE_REPAIR',
    });
    expect(last.reason).toContain('免费维修');
    const after = warrantyStatus(policy, unit, [], at('2026-03-11'), cal);
    expect(after).toMatchObject({ inWarranty: false, daysLeft: -1, remedy: 'CHARGED_REPAIR' });
    expect(after.reason).toContain('已过保修期');
  });

  it('starts on acceptance when the policy says so, and says when it had to fall back to the invoice', () => {
    const p = { ...policy, startBasis: 'ACCEPTANCE' as const };
    expect(warrantyStatus(p, unit, [], at('2026-03-15'), cal)).toMatchObject({
      start: '2025-03-20',
      end: '2026-03-20',
      inWarranty: true,
    });
    expect(warrantyStatus(p, { ...unit, acceptanceDate: null }, [], at('2026-03-15'), cal).reason).toContain(
      '按发票日期',
    );
  });

  it('extends by the days spent in repair', () => {
    const s = warrantyStatus(policy, unit, [repair('2025-06-01', '2025-06-11')], at('2026-03-15'), cal);
    expect(s).toMatchObject({ extensionDays: 10, end: '2026-03-20', inWarranty: true });
    expect(s.reason).toContain('含维修延长 10 天');
  });

  it('restarts after an exchange', () => {
    const ex: ServiceEvent = { type: 'EXCHANGE', receivedAt: at('2025-12-01'), completedAt: at('2025-12-05') };
    const s = warrantyStatus(policy, unit, [ex], at('2026-06-01'), cal);
    expect(s).toMatchObject({ start: '2025-12-05', end: '2026-12-05', restartedOn: '2025-12-05', inWarranty: true });
    // the exchange is not counted as of a date before it happened
    expect(warrantyStatus(policy, unit, [ex], at('2025-11-01'), cal).restartedOn).toBeNull();
  });

  it('moves an end on an official holiday to the next working day', () => {
    // 2025-10-01 + 12 months = 2026-10-01, National Day; the next working day is after the holiday
    const s = warrantyStatus(policy, { invoiceDate: '2025-10-01', acceptanceDate: null }, [], at('2026-10-05'), cal);
    expect(s.baseEnd).toBe('2026-10-01');
    expect(s.end > '2026-10-07').toBe(true);
    expect(s.inWarranty).toBe(true);
  });

  it('offers return within 7 days and exchange within 15 days of sale under consumer 三包', () => {
    const p = { ...policy, consumerSanbao: true };
    expect(warrantyStatus(p, unit, [], at('2025-03-17'), cal)).toMatchObject({
      remedy: 'RETURN',
      returnUntil: '2025-03-17',
    });
    expect(warrantyStatus(p, unit, [], at('2025-03-18'), cal)).toMatchObject({
      remedy: 'EXCHANGE',
      exchangeUntil: '2025-03-25',
    });
    expect(warrantyStatus(p, unit, [], at('2025-03-26'), cal).remedy).toBe('FREE_REPAIR');
  });

  it('allows exchange after 2 repairs, > 90 days waiting for parts, or a repair > 30 days', () => {
    const twice = warrantyStatus(
      policy,
      unit,
      [repair('2025-05-01', '2025-05-03'), repair('2025-07-01', '2025-07-02')],
      at('2025-09-01'),
      cal,
    );
    expect(twice.remedy).toBe('EXCHANGE');
    expect(twice.flags).toEqual(['已维修 2 次仍故障']);
    const long = warrantyStatus(policy, unit, [repair('2025-05-01', '2025-06-05')], at('2025-09-01'), cal);
    expect(long.flags).toEqual(['单次维修超过 30 天']);
    const parts = warrantyStatus(policy, unit, [repair('2025-04-01', '2025-07-15', true)], at('2025-09-01'), cal);
    expect(parts.flags).toEqual(['等待配件超过 90 天', '单次维修超过 30 天']);
    expect(warrantyStatus(policy, unit, [repair('2025-05-01', '2025-05-03')], at('2025-09-01'), cal).remedy).toBe(
      'FREE_REPAIR',
    );
  });

  it('marks a verdict provisional where the calendar has no official data', () => {
    expect(warrantyStatus({ ...policy, warrantyMonths: 24 }, unit, [], at('2026-03-01'), cal).provisional).toBe(true);
    expect(warrantyStatus(policy, unit, [], at('2026-03-01'), cal).provisional).toBe(false);
  });
});
