/** One bar of a Pareto chart before its shares are known. */
export interface ParetoGroup {
  key: string;
  label: string;
  value: number;
}

/** A bar with its shares; whatever else the group carried (its drill) stays on it. */
export type ParetoLine<G extends ParetoGroup = ParetoGroup> = G & {
  /** value ÷ total; null when the total is 0. */
  share: number | null;
  cumulativeShare: number | null;
  /** The "vital few": every item up to and including the one that reaches 80 %. */
  vital: boolean;
};

export const VITAL_SHARE = 0.8;

const round4 = (n: number) => Math.round(n * 10_000) / 10_000;

/** Sorts the groups by value (largest first, ties by key) and adds shares, the cumulative line and the vital mark. */
export function paretoLines<G extends ParetoGroup>(groups: G[]): { total: number; items: Array<ParetoLine<G>> } {
  const total = groups.reduce((n, g) => n + g.value, 0);
  const sorted = [...groups]
    .filter((g) => g.value !== 0)
    .sort((a, b) => b.value - a.value || a.key.localeCompare(b.key));
  let running = 0;
  let reached = false;
  const items = sorted.map((g) => {
    running += g.value;
    const vital = total > 0 && !reached;
    if (total > 0 && running / total >= VITAL_SHARE - 1e-9) reached = true;
    return {
      ...g,
      share: total ? round4(g.value / total) : null,
      cumulativeShare: total ? round4(running / total) : null,
      vital,
    };
  });
  return { total: Math.round(total * 100) / 100, items };
}
