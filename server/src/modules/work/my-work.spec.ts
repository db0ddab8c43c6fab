import { describe, expect, it } from 'vitest';
import { calendarYearDue, ownFilter } from './my-work.js';

describe("next year's calendar on the administrator's desk", () => {
  it('is asked for from 1 November, China date', () => {
    expect(calendarYearDue('2026-10-31')).toBeNull();
    expect(calendarYearDue('2026-11-01')).toBe(2027);
    expect(calendarYearDue('2026-12-31')).toBe(2027);
    expect(calendarYearDue('2027-01-01')).toBeNull();
  });
});

describe("one's own rows (我的)", () => {
  const complaint = {
    departmentField: 'responsibleDept',
    ownerField: 'receiver',
    columns: [{ field: 'responsibleDept', type: 'ref' }],
  } as unknown as Parameters<typeof ownFilter>[0];
  const rectification = {
    departmentField: 'department',
    columns: [{ field: 'department', type: 'ref' }],
  } as unknown as Parameters<typeof ownFilter>[0];
  const clerk = { departmentId: 1, deptHead: false, displayName: '王丽（客服）' };
  const head = { departmentId: 2, deptHead: true, displayName: '陈刚（品质部）' };

  it("are those one received or proposed; a department's head has the department's", () => {
    expect(ownFilter(complaint, clerk)).toEqual({ receiver: { eq: '王丽（客服）' } });
    expect(ownFilter(complaint, head)).toEqual({ responsibleDeptId: { eq: 2 } });
  });
  it("are one's department's where a ledger names no person, and none without either", () => {
    expect(ownFilter(rectification, clerk)).toEqual({ departmentId: { eq: 1 } });
    expect(ownFilter(rectification, { ...clerk, departmentId: null })).toBeNull();
    expect(ownFilter({ columns: [] } as unknown as Parameters<typeof ownFilter>[0], clerk)).toBeNull();
  });
});
