import type { DataSource } from 'typeorm';

/** A break in the trail that this process met while checking or signing it. */
export interface TrailAlarm {
  at: Date;
  seq: number | null;
  problem: string;
}

const alarms = new WeakMap<DataSource, TrailAlarm>();
const newestSeen = new WeakMap<DataSource, { ordinal: number; at: Date }>();

/** Raised when a checkpoint was refused over a broken segment (logged, shown by /readyz and on the auditor's home). */
export function raiseTrailAlarm(ds: DataSource, seq: number | null, problem: string, at = new Date()): TrailAlarm {
  const alarm = { at, seq, problem };
  alarms.set(ds, alarm);
  return alarm;
}

export function trailAlarm(ds: DataSource): TrailAlarm | null {
  return alarms.get(ds) ?? null;
}

/** A checkpoint was signed over a segment that verified: the trail holds again up to it. */
export function clearTrailAlarm(ds: DataSource): void {
  alarms.delete(ds);
}

/**
 * The newest checkpoint this process has written or checked. Checkpoints are never deleted, so a
 * database whose newest is older than this has lost some: a writer removed them (with the entries
 * they vouched for, most likely).
 */
export function rememberCheckpoint(ds: DataSource, c: { ordinal: number; at: Date }): void {
  const seen = newestSeen.get(ds);
  if (!seen || c.ordinal > seen.ordinal) newestSeen.set(ds, { ordinal: c.ordinal, at: c.at });
}

export function newestCheckpointSeen(ds: DataSource): { ordinal: number; at: Date } | null {
  return newestSeen.get(ds) ?? null;
}
