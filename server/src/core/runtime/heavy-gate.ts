import { setImmediate as yieldToLoop } from 'node:timers/promises';

/** Refused because the sender already has as much heavy work waiting as one user may. */
export class TooBusyError extends Error {
  constructor(readonly waiting: number) {
    super('too busy');
  }
}

export interface GateLimits {
  /** Heavy operations running at once on this instance. */
  perInstance: number;
  /** …and for one user. */
  perUser: number;
  /** One user's operations waiting for their turn; more are refused (TooBusyError). */
  queuePerUser: number;
}

/**
 * 2 cores: two heavy operations at a time leave the event loop and the database room for everyone
 * else. A user's queue holds one request's worth (the cost limit lets one carry 500 of the cheapest
 * heavy fields); a second such request sent alongside is refused what does not fit.
 */
export const DEFAULT_LIMITS: GateLimits = { perInstance: 2, perUser: 1, queuePerUser: 500 };

/**
 * Heavy operations (a ten-year KPI table, a replay of a ledger's trail, 我的待办) take turns: at most
 * `perInstance` at once, `perUser` of one user, the rest wait in arrival order, and each starts on a
 * fresh turn of the event loop. One request of 500 aliases thus never holds the loop: between two of
 * its operations the health check and other users' pages are served. With the embedded SQLite a
 * query runs on the loop itself, so the turn-taking is what keeps /healthz answering.
 */
export class HeavyGate {
  private running = 0;
  private readonly runningBy = new Map<string, number>();
  private readonly waiting: Array<{ key: string; start: () => void }> = [];
  private readonly waitingBy = new Map<string, number>();

  constructor(private readonly limits: GateLimits = DEFAULT_LIMITS) {}

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    await this.turn(key);
    try {
      await yieldToLoop();
      return await work();
    } finally {
      this.running--;
      this.runningBy.set(key, (this.runningBy.get(key) ?? 1) - 1);
      this.next();
    }
  }

  /** Operations running and waiting now (for /readyz). */
  load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  private mayStart(key: string): boolean {
    return this.running < this.limits.perInstance && (this.runningBy.get(key) ?? 0) < this.limits.perUser;
  }

  private start(key: string): void {
    this.running++;
    this.runningBy.set(key, (this.runningBy.get(key) ?? 0) + 1);
  }

  private turn(key: string): Promise<void> {
    // whoever waits cannot start now (next() would have started them), so one who may starts at once — unless their own work waits
    if (this.mayStart(key) && !(this.waitingBy.get(key) ?? 0)) {
      this.start(key);
      return Promise.resolve();
    }
    const queued = this.waitingBy.get(key) ?? 0;
    if (queued >= this.limits.queuePerUser) return Promise.reject(new TooBusyError(queued));
    this.waitingBy.set(key, queued + 1);
    return new Promise((resolve) => this.waiting.push({ key, start: resolve }));
  }

  /** Starts the first waiting operations that may start, in arrival order (another user's may pass one that may not). */
  private next(): void {
    for (let i = 0; i < this.waiting.length && this.running < this.limits.perInstance;) {
      const w = this.waiting[i];
      if (!this.mayStart(w.key)) {
        i++;
        continue;
      }
      this.waiting.splice(i, 1);
      this.waitingBy.set(w.key, (this.waitingBy.get(w.key) ?? 1) - 1);
      this.start(w.key);
      w.start();
    }
  }
}
