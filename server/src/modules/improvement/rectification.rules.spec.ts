import { describe, expect, it } from 'vitest';
import type { Row } from '../../core/ledger/schema/ledger.types.js';
import { deadlineStanding } from './rectification.report.js';
import { ofItsDepartment, rectificationOverdueFilter, rectificationProblems } from './rectification.rules.js';

const row = (over: Record<string, unknown>): Row => ({ id: 1, version: 1, ...over }) as Row;

describe('a rectification against its deadline', () => {
  // 整改期限 is a date: the whole day counts, in China time (UTC+8)
  it('is overdue only from the day after its deadline, China time, and only while not reported', () => {
    // 23:59 on 8 Oct in China: a notice due that day is not yet late
    expect(rectificationOverdueFilter(new Date('2025-10-08T15:59:00Z'))).toEqual({
      status: { eq: 'ISSUED' },
      dueDate: { lte: '2025-10-07' },
    });
    // 00:00 on 9 Oct: it is
    expect(rectificationOverdueFilter(new Date('2025-10-08T16:00:00Z')).dueDate).toEqual({ lte: '2025-10-08' });
    expect(rectificationOverdueFilter(new Date('2025-10-20T00:00:00Z')).status).toEqual({ eq: 'ISSUED' });
  });

  it('counts calendar days past it, holidays included: the deadline is the one the notice gave', () => {
    // due on the last day of the 2025 National Day holiday, reported on the 调休 Saturday 11 Oct
    expect(deadlineStanding('2025-10-08', '2025-10-11', '2025-10-31')).toBe('逾期 3 天');
    expect(deadlineStanding('2026-02-14', '2026-02-14', '2026-02-28')).toBe('按期');
    expect(deadlineStanding('2026-02-14', null, '2026-02-28')).toBe('逾期未报 14 天');
    expect(deadlineStanding('2026-03-05', null, '2026-02-28')).toBe('未到期');
  });
});

describe('what a notice must name', () => {
  it('names the record its source points at: the complaint, the meeting or the questionnaire', () => {
    expect(rectificationProblems(row({ source: 'COMPLAINT' }))).toEqual([
      { field: 'sourceComplaint', message: '来源为此类时须填写「来源投诉」' },
    ]);
    expect(rectificationProblems(row({ source: 'REVIEW_MEETING', reviewMeetingId: 3 }))).toEqual([]);
    expect(rectificationProblems(row({ source: 'SURVEY' }))[0].field).toBe('sourceSurvey');
    expect(rectificationProblems(row({ source: 'ANALYSIS' }))).toEqual([]);
  });

  it('refuses a deadline before the day it was issued', () => {
    expect(rectificationProblems(row({ source: 'ANALYSIS', issuedOn: '2025-09-28', dueDate: '2025-09-27' }))).toEqual([
      { field: 'dueDate', message: '「整改期限」不能早于「下发日期」' },
    ]);
    expect(rectificationProblems(row({ source: 'ANALYSIS', issuedOn: '2025-09-28', dueDate: '2025-09-28' }))).toEqual(
      [],
    );
  });
});

describe('whose report it is', () => {
  it("is the department's own; the administrator may stand in; nobody without a department", () => {
    const r = { departmentId: 4 };
    expect(ofItsDepartment({ role: 'PRODUCTION', departmentId: 4 }, r)).toBe(true);
    expect(ofItsDepartment({ role: 'QUALITY', departmentId: 2 }, r)).toBe(false);
    expect(ofItsDepartment({ role: 'CLERK', departmentId: null }, r)).toBe(false);
    expect(ofItsDepartment({ role: 'ADMIN', departmentId: null }, r)).toBe(true);
    expect(ofItsDepartment(null, r)).toBe(false);
  });
});
