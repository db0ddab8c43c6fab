import type { ScheduledJob } from '../jobs/scheduler.js';
import type { DataSource } from 'typeorm';
import { fromSql, quoter, toSqlParam } from '../db/sql-value.js';
import { auditKeyOf, checkpointSignatureOk, signCheckpoint } from './audit-key.js';
import { auditHead } from './audit-record.js';

export interface Checkpoint {
  seq: number;
  hash: string;
  at: Date;
  reason: string;
  signature: string;
}

/**
 * Signs the chain head as it is now and keeps it (periodically and on every export): a later
 * rollback of the head, or a chain recomputed after an edit, no longer fits a signed checkpoint.
 */
export async function writeCheckpoint(ds: DataSource, reason: string, at = new Date(), headFrom: DataSource = ds): Promise<Checkpoint> {
  const head = await auditHead(headFrom);
  const signature = signCheckpoint(auditKeyOf(ds).key, head.seq, head.hash);
  const q = quoter(ds);
  await ds.query(`INSERT INTO ${q('audit_checkpoint')} (${q('seq')}, ${q('hash')}, ${q('at')}, ${q('reason')}, ${q('signature')}) VALUES (?, ?, ?, ?, ?)`,
    [head.seq, head.hash, toSqlParam(ds, 'datetime', at), reason.slice(0, 40), signature]);
  return { seq: head.seq, hash: head.hash, at, reason, signature };
}

/** The checkpoints, newest first (the few the check needs). */
export async function latestCheckpoints(ds: DataSource, limit = 20): Promise<Array<Checkpoint & { signatureOk: boolean }>> {
  const q = quoter(ds);
  const rows: Array<Record<string, unknown>> = await ds.query(
    `SELECT ${q('seq')}, ${q('hash')}, ${q('at')}, ${q('reason')}, ${q('signature')} FROM ${q('audit_checkpoint')} ORDER BY ${q('at')} DESC, ${q('id')} DESC LIMIT ${limit}`);
  const key = auditKeyOf(ds).key;
  return rows.map((r) => {
    const c = { seq: Number(r.seq), hash: String(r.hash), at: fromSql('datetime', r.at) as Date, reason: String(r.reason), signature: String(r.signature) };
    return { ...c, signatureOk: checkpointSignatureOk(key, c.seq, c.hash, c.signature) };
  });
}

/** The periodic checkpoint as a scheduled job; an idle chain needs none (the last one still vouches for its head). */
export function checkpointJob(minutes: number): ScheduledJob {
  return {
    name: 'audit-checkpoint',
    everyMs: minutes * 60_000,
    run: async (ds) => {
      const [head, [last]] = await Promise.all([auditHead(ds), latestCheckpoints(ds, 1)]);
      if (!last || last.seq !== head.seq) await writeCheckpoint(ds, 'PERIODIC');
    },
  };
}
