import { describe, expect, it } from 'vitest';
import { extraInspections, type UnitFacts } from './extra-inspections.rules.js';

const unit = (over: Partial<UnitFacts>): UnitFacts => ({
  archiveId: 1,
  acceptanceDate: '2023-05-10',
  keyAccount: false,
  lifeYears: null,
  open: false,
  last: '2024-05-10',
  ...over,
});

describe('the wider inspection plan', () => {
  const today = '2026-11-18';
  it('inspects a big account’s unit once a year once its plan has run out', () => {
    expect(extraInspections([unit({ keyAccount: true })], today)).toEqual([
      { archiveId: 1, dueDate: '2026-12-18', planMonth: 43, planReason: '重点客户年度检查' },
    ]);
    expect(extraInspections([unit({ keyAccount: true, last: '2026-03-01' })], today)).toEqual([]);
    expect(extraInspections([unit({ keyAccount: false })], today)).toEqual([]);
  });
  it('looks at a unit within a year of its design life, and plans nothing twice', () => {
    expect(extraInspections([unit({ acceptanceDate: '2022-01-15', lifeYears: 5, last: '2026-10-01' })], today)).toEqual(
      [{ archiveId: 1, dueDate: '2026-12-18', planMonth: 59, planReason: '临近设计使用年限（5 年，至 2027-01-15）' }],
    );
    expect(extraInspections([unit({ keyAccount: true, open: true })], today)).toEqual([]);
  });
});
