import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';

let histogram: IntervalHistogram | null = null;
let since = new Date();

/** Starts measuring how late the event loop runs its timers (10 ms resolution); once per process. */
export function watchEventLoop(): void {
  if (histogram) return;
  histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  since = new Date();
}

/**
 * How long the event loop was held since the last reading (p99 and worst, in ms), then starts a new
 * window: what /readyz shows and the bench reports. Work that holds the loop delays every request.
 */
export function eventLoopDelay(): { p99Ms: number; maxMs: number; since: string } {
  if (!histogram) return { p99Ms: 0, maxMs: 0, since: since.toISOString() };
  const out = {
    p99Ms: Math.round(histogram.percentile(99) / 1e5) / 10,
    maxMs: Math.round(histogram.max / 1e5) / 10,
    since: since.toISOString(),
  };
  histogram.reset();
  since = new Date();
  return out;
}
