import { addDays, addMonths } from '../../../../common/business-time.js';

/** A unit as the extended plan reads it. */
export interface UnitFacts {
  archiveId: number;
  acceptanceDate: string;
  keyAccount: boolean;
  /** The model's 设计使用年限, when known. */
  lifeYears: number | null;
  /** An inspection not yet done is already planned. */
  open: boolean;
  /** The last inspection's date (done, or due when not done), or null. */
  last: string | null;
}

export interface ExtraInspection {
  archiveId: number;
  dueDate: string;
  planMonth: number;
  planReason: string;
}

const monthsBetween = (from: string, to: string) =>
  (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));

/**
 * 一品一案's wider plan: beyond the policy's months, a big account's unit is inspected at least once a
 * year, and a unit within a year of its model's design life gets one inspection to judge overhaul or
 * buy-back. A unit with an inspection still open gets nothing more (so planning twice adds nothing);
 * the new one falls due 30 days from `today`.
 */
export function extraInspections(units: readonly UnitFacts[], today: string): ExtraInspection[] {
  const due = addDays(today, 30);
  const out: ExtraInspection[] = [];
  for (const u of units) {
    if (u.open || u.acceptanceDate > today) continue;
    const lifeEnd = u.lifeYears ? addMonths(u.acceptanceDate, u.lifeYears * 12) : null;
    const nearEnd = lifeEnd !== null && addMonths(today, 12) >= lifeEnd;
    const yearSince = (u.last ?? u.acceptanceDate) <= addMonths(today, -12);
    const reason = nearEnd
      ? `临近设计使用年限（${u.lifeYears} 年，至 ${lifeEnd}）`
      : u.keyAccount && yearSince
        ? '重点客户年度检查'
        : null;
    if (reason)
      out.push({
        archiveId: u.archiveId,
        dueDate: due,
        planMonth: monthsBetween(u.acceptanceDate, due),
        planReason: reason,
      });
  }
  return out;
}
