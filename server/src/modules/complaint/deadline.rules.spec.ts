import { describe, expect, it } from 'vitest';
import { deadline } from '../../core/calendar/sla-clock.js';
import { officialDays } from '../../core/calendar/official-days.js';
import { WorkingCalendar } from '../../core/calendar/working-calendar.js';
import { HANDLING_SLA, REPLY_SLA } from './complaint.rules.js';
import { isReplyOverdue, replyOverdueFilter } from './deadline.rules.js';

const cal = new WorkingCalendar(officialDays(2025, 2026), new Set([2025, 2026]));
const at = (s: string) => new Date(s);

describe('the written reply (「所有对策答复均应在七日内为之」)', () => {
  // received on the Thursday before the 2026 Spring Festival: seven days on the clock, holidays or not
  const receivedAt = at('2026-02-12T10:00:00+08:00');
  const replyDueAt = deadline(receivedAt, REPLY_SLA, cal).at;

  it('falls due seven calendar days after receipt, through the holiday', () => {
    expect(replyDueAt.toISOString()).toBe(at('2026-02-19T10:00:00+08:00').toISOString());
  });

  it('is overdue once the seven days have passed and the customer is still not answered', () => {
    const open = { status: 'INVESTIGATING', replyDueAt };
    expect(isReplyOverdue(open, at('2026-02-19T09:59:00+08:00'))).toBe(false);
    expect(isReplyOverdue(open, at('2026-02-19T10:01:00+08:00'))).toBe(true);
    // answered (答复客户) or ended without an answer: no longer watched
    expect(
      isReplyOverdue(
        { ...open, status: 'RESPONDED', repliedAt: at('2026-02-20T09:00:00+08:00') },
        at('2026-02-25T09:00:00+08:00'),
      ),
    ).toBe(false);
    expect(isReplyOverdue({ ...open, status: 'REJECTED' }, at('2026-02-25T09:00:00+08:00'))).toBe(false);
  });

  it('filters exactly those: a complaint still to be answered whose seven days have passed', () => {
    expect(replyOverdueFilter(at('2026-02-19T10:01:00+08:00'))).toEqual({
      status: { in: ['RECEIVED', 'ACKNOWLEDGED', 'INVESTIGATING', 'COUNTERMEASURE', 'APPROVED', 'REOPENED'] },
      replyDueAt: { lte: '2026-02-19T02:01:00.000Z' },
    });
  });
});

describe('handling deadlines by scope, as the procedures count them', () => {
  const due = (scope: string, received: string) => deadline(at(received), HANDLING_SLA[scope], cal).at.toISOString();
  it('24 h and 48 h run on the clock through National Day 2025', () => {
    expect(due('DEPARTMENT', '2025-09-30T15:00:00+08:00')).toBe(at('2025-10-01T15:00:00+08:00').toISOString());
    expect(due('CROSS_DEPARTMENT', '2025-09-30T15:00:00+08:00')).toBe(at('2025-10-02T15:00:00+08:00').toISOString());
  });
  it('working days count the 调休 days and skip the holidays', () => {
    // 4 working days from Fri 26 Sep 2025: Sun 28 Sep (调休), Mon 29, Tue 30, then Thu 9 Oct
    expect(due('CROSS_REGION', '2025-09-26T10:00:00+08:00')).toBe(at('2025-10-09T23:59:59.999+08:00').toISOString());
    // 3 working days from Fri 13 Feb 2026: Sat 14 Feb (调休), then Tue 24 and Wed 25 Feb after the Spring Festival
    expect(due('GENERAL', '2026-02-13T09:00:00+08:00')).toBe(at('2026-02-25T23:59:59.999+08:00').toISOString());
  });
});
