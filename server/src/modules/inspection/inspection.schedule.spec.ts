import { describe, expect, it } from 'vitest';
import { checklistItems, inspectionPlan, unansweredItems } from './inspection.schedule.js';

describe('一品一案: the inspection plan and checklist of a model', () => {
  it('keeps the first-month inspection even when a policy leaves it out', () => {
    expect(inspectionPlan('2026-01-31', '3,6,12').map((p) => [p.planMonth, p.dueDate])).toEqual([
      [1, '2026-02-28'],
      [3, '2026-04-30'],
      [6, '2026-07-31'],
      [12, '2027-01-31'],
    ]);
  });
  it('reads a checklist as typed and names the items a finding leaves out', () => {
    expect(checklistItems('露点、冷媒压力\n排水器；')).toEqual(['露点', '冷媒压力', '排水器']);
    expect(unansweredItems('露点、冷媒压力、排水器', '露点：正常；排水器：正常')).toEqual(['冷媒压力']);
    expect(unansweredItems(null, '运行正常')).toEqual([]);
  });
});
