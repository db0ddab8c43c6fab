/** A complaint repeats when the same customer complained about the same unit within this many days before. */
export const REPEAT_DAYS = 90;

export interface RepeatCandidate {
  id: number;
  customerId: number | null;
  serialNo: string | null;
  receivedAt: Date;
}

/**
 * Whether each complaint repeats an earlier one of the same customer about the same serial number
 * received at most 90 days before it ("earlier": received before, or at the same moment and entered
 * first). Complaints without a customer or a serial number never repeat.
 */
export function repeatFlags(rows: readonly RepeatCandidate[]): Map<number, boolean> {
  const out = new Map<number, boolean>();
  const byUnit = new Map<string, RepeatCandidate[]>();
  for (const r of rows) {
    if (r.customerId === null || !r.serialNo) {
      out.set(r.id, false);
      continue;
    }
    const key = `${r.customerId}\u0000${r.serialNo}`;
    byUnit.set(key, [...(byUnit.get(key) ?? []), r]);
  }
  for (const list of byUnit.values()) {
    list.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime() || a.id - b.id);
    list.forEach((r, i) =>
      out.set(r.id, i > 0 && r.receivedAt.getTime() - list[i - 1].receivedAt.getTime() <= REPEAT_DAYS * 86_400_000),
    );
  }
  return out;
}
