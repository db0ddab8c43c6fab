/**
 * One clock for every test: the demo data, the in-process server and the test code all read the
 * same simulated "now", so no test depends on the day it runs. It starts at TEST_NOW (an ISO time;
 * default a fixed weekday in November 2026) and runs on from there at real speed, so durations,
 * timeouts and rate-limit windows behave as they do in production.
 *
 *   TEST_NOW=2026-02-24T09:30:00+08:00 npm test     # the first working day after the Spring Festival
 */
export const DEFAULT_TEST_NOW = '2026-11-18T10:00:00+08:00';

const installed = Symbol.for('serviceLedger.simulatedClock');
const realDateKey = Symbol.for('serviceLedger.realDate');
const pinnedKey = Symbol.for('serviceLedger.clockPinned');
const g = globalThis as unknown as Record<symbol, unknown>;
const RealDate = (g[realDateKey] ??= globalThis.Date) as DateConstructor;

export function installSimulatedClock(startIso: string): number {
  const start = new RealDate(startIso).getTime();
  if (Number.isNaN(start)) throw new Error(`TEST_NOW: not a time: ${startIso}`);
  const offset = start - RealDate.now();
  class SimulatedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(RealDate.now() + offset);
      else super(...(args as [string | number | Date]));
    }
    static now(): number {
      return RealDate.now() + offset;
    }
    // dates made by Node's internals (with the original Date) are still dates
    static [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof RealDate;
    }
  }
  globalThis.Date = SimulatedDate as DateConstructor;
  return offset;
}

/**
 * For a test file about fixed calendar facts (the 2026 Spring Festival, a given Monday): its clock
 * starts at `iso` whatever TEST_NOW says. Call it at the top of the file, before its servers start.
 */
export function pinClock(iso: string): void {
  installSimulatedClock(iso);
  g[pinnedKey] = true;
}

/** Whether this file pinned its own clock (the run's demo template was made on TEST_NOW's). */
export function isClockPinned(): boolean {
  return g[pinnedKey] === true;
}

if (!g[installed]) {
  g[installed] = true;
  installSimulatedClock(process.env.TEST_NOW || DEFAULT_TEST_NOW);
}
