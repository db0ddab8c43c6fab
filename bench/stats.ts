/** Percentile of a sample (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Runs `fn` after `warmup` calls, `n` times one after another; answers p50/p95 in ms. */
export async function timeIt(fn: () => Promise<unknown>, n: number, warmup: number): Promise<{ p50: number; p95: number; runs: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), runs: n };
}

export const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
