import type { DataSource } from 'typeorm';
import type { ScheduledJob } from '../jobs/scheduler.js';
import { fromSql, quoter } from './sql-value.js';

/** One read replica as the router sees it: how far behind the primary it was at the last check. */
export interface ReplicaStatus {
  name: string;
  /** Seconds behind the primary (heartbeat age); null when it could not be read. */
  lagSeconds: number | null;
  /** Whether reads go to it now (reachable and within the lag limit). */
  inUse: boolean;
  error?: string;
}

export interface ReadRouterOptions {
  /** A replica further behind than this is skipped until it catches up. */
  maxLagSeconds: number;
  /** After a session writes, its reads go to the primary for this long. */
  readYourWritesSeconds: number;
}

interface Replica {
  name: string;
  ds: DataSource;
  lagSeconds: number | null;
  error?: string;
}

const HEARTBEAT_ID = 1;

/** Writes the primary's heartbeat (the database's clock, so lag needs no clock agreement between machines; the row is made by migration 0018). */
export async function beat(primary: DataSource): Promise<void> {
  const q = quoter(primary);
  await primary.query(
    `UPDATE ${q('replication_heartbeat')} SET ${q('at')} = CURRENT_TIMESTAMP(3) WHERE ${q('id')} = ?`,
    [HEARTBEAT_ID],
  );
}

/** The heartbeat as a scheduled job: one instance beats for all. */
export function heartbeatJob(everyMs: number): ScheduledJob {
  return { name: 'replication-heartbeat', everyMs, run: beat };
}

/**
 * Sends list, report and export reads to a replica that is keeping up, and everything else to the
 * primary. A reader that wrote in the last few seconds (its `primaryUntil`, kept where every instance
 * sees it) reads from the primary; with no replica in use, every read goes to the primary.
 */
export class ReadRouter {
  private next = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly replicas: Replica[];

  /** `replicas` may be data sources not yet connected: each is connected at its first check that reaches it. */
  constructor(
    readonly primary: DataSource,
    replicas: ReadonlyArray<{ name: string; ds: DataSource }>,
    readonly opts: ReadRouterOptions,
  ) {
    this.replicas = replicas.map((r) => ({ ...r, lagSeconds: null }));
  }

  get hasReplicas(): boolean {
    return this.replicas.length > 0;
  }

  /** Where a read of the kind that may go to a replica goes, for a session whose reads stay on the primary until `primaryUntil` (ms). */
  forReads(primaryUntil = 0, now = Date.now()): DataSource {
    if (primaryUntil > now) return this.primary;
    const usable = this.replicas.filter((r) => this.usable(r));
    if (!usable.length) return this.primary;
    return usable[this.next++ % usable.length].ds;
  }

  /** Until when (ms) the reads of a session that writes now stay on the primary. */
  primaryUntil(now = Date.now()): number {
    return now + this.opts.readYourWritesSeconds * 1000;
  }

  /** Reads each replica's heartbeat against the primary's clock. */
  async check(): Promise<void> {
    if (!this.hasReplicas) return;
    const q = quoter(this.primary);
    const [{ now }] = await this.primary.query('SELECT CURRENT_TIMESTAMP(3) AS now');
    const primaryNow = (fromSql('datetime', now) as Date).getTime();
    await Promise.all(
      this.replicas.map(async (r) => {
        try {
          // a replica that was down at start (or since) is connected when it answers
          if (!r.ds.isInitialized) await r.ds.initialize();
          const rows: Array<{ at: unknown }> = await r.ds.query(
            `SELECT ${q('at')} AS at FROM ${q('replication_heartbeat')} WHERE ${q('id')} = ?`,
            [HEARTBEAT_ID],
          );
          r.lagSeconds = rows.length
            ? Math.max(0, (primaryNow - (fromSql('datetime', rows[0].at) as Date).getTime()) / 1000)
            : null;
          r.error = rows.length ? undefined : 'no heartbeat yet';
        } catch (e) {
          r.lagSeconds = null;
          r.error = (e as Error).message;
        }
      }),
    );
  }

  /** Checks now and then every `everyMs`; a failed check leaves the replicas as they were read last. */
  async start(everyMs: number, onError: (e: unknown) => void): Promise<void> {
    await this.check().catch(onError);
    if (!this.hasReplicas) return;
    this.timer = setInterval(() => void this.check().catch(onError), everyMs);
    this.timer.unref();
  }

  status(): ReplicaStatus[] {
    return this.replicas.map((r) => ({
      name: r.name,
      lagSeconds: r.lagSeconds === null ? null : Math.round(r.lagSeconds * 10) / 10,
      inUse: this.usable(r),
      ...(r.error ? { error: r.error } : {}),
    }));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await Promise.all(
      this.replicas.filter((r) => r.ds.isInitialized).map((r) => r.ds.destroy().catch(() => undefined)),
    );
  }

  private usable(r: Replica): boolean {
    return r.lagSeconds !== null && r.lagSeconds <= this.opts.maxLagSeconds;
  }
}
