import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { DataSource } from 'typeorm';
import { acquireLease, markRun } from './lease.js';

/** A periodic job: its name (the lease's), how often, and the work at a moment. */
export interface ScheduledJob {
  name: string;
  everyMs: number;
  run(ds: DataSource, now: Date): Promise<unknown>;
}

/** This process among the instances sharing the database. */
export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Runs a job if this instance holds (or can take) its lease: exactly one instance runs it at a time.
 * The lease lasts a little longer than the interval, so the holder keeps it from tick to tick.
 */
export async function runIfLeased(
  ds: DataSource,
  job: ScheduledJob,
  holder = INSTANCE_ID,
  now = new Date(),
): Promise<boolean> {
  if (!(await acquireLease(ds, job.name, holder, job.everyMs * 2, now))) return false;
  await job.run(ds, now);
  await markRun(ds, job.name, now);
  return true;
}

/** Starts the jobs on their intervals; answers the function that stops them. */
export function startJobs(
  ds: DataSource,
  jobs: readonly ScheduledJob[],
  onError: (job: string, e: unknown) => void,
): () => void {
  const timers = jobs.map((job) => {
    let running = false;
    const timer = setInterval(() => {
      if (running) return; // a slow run is not overtaken by the next tick
      running = true;
      runIfLeased(ds, job)
        .catch((e) => onError(job.name, e))
        .finally(() => (running = false));
    }, job.everyMs);
    timer.unref();
    return timer;
  });
  return () => timers.forEach(clearInterval);
}
