/** Percentile of a sample (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

type Timing = { p50: number; p95: number; runs: number };

/** p50/p95 of a sample of times in ms. */
function timing(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), runs: sorted.length };
}

/** Times one call of `fn` into `into` (ms). */
async function once(fn: () => Promise<unknown>, into: number[]): Promise<void> {
  const t = process.hrtime.bigint();
  await fn();
  into.push(Number(process.hrtime.bigint() - t) / 1e6);
  // lets the event loop turn between samples (untimed): a synchronous driver (better-sqlite3) would
  // otherwise starve the in-process server's sockets for a whole series
  await new Promise((r) => setImmediate(r));
}

/** Runs `fn` after `warmup` calls, `n` times one after another; answers p50/p95 in ms. */
export async function timeIt(fn: () => Promise<unknown>, n: number, warmup: number): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await once(fn, []);
  const times: number[] = [];
  for (let i = 0; i < n; i++) await once(fn, times);
  return timing(times);
}

export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/** Runs `a` and `b` alternately (after `warmup` of each), so both see the same machine; answers each one's p50/p95. */
export async function timePair(
  a: () => Promise<unknown>,
  b: () => Promise<unknown>,
  n: number,
  warmup: number,
): Promise<[Timing, Timing]> {
  for (let i = 0; i < warmup; i++) {
    await once(a, []);
    await once(b, []);
  }
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < n; i++) {
    await once(a, ta);
    await once(b, tb);
  }
  return [timing(ta), timing(tb)];
}

/** The median of a sample. */
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

/** One figure of the bench: its value beside its target, and whether it passed (null: no target). */
export interface Figure {
  name: string;
  value: number | null;
  unit: string;
  target: string;
  pass: boolean | null;
  note?: string;
}
