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
export async function writeCheckpoint(ds: DataSource, reason: string, at = new Date()): Promise<Checkpoint> {
  const head = await auditHead(ds);
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
    `SELECT ${q('seq')}, ${q('hash')}, ${q('at')}, ${q('reason')}, ${q('signature')} FROM ${q('audit_checkpoint')} ORDER BY ${q('id')} DESC LIMIT ${limit}`);
  const key = auditKeyOf(ds).key;
  return rows.map((r) => {
    const c = { seq: Number(r.seq), hash: String(r.hash), at: fromSql('datetime', r.at) as Date, reason: String(r.reason), signature: String(r.signature) };
    return { ...c, signatureOk: checkpointSignatureOk(key, c.seq, c.hash, c.signature) };
  });
}

/** Writes a checkpoint every `minutes` while the process runs (the timer never holds the process open). */
export function checkpointEvery(ds: DataSource, minutes: number, onError: (e: unknown) => void): () => void {
  const timer = setInterval(() => {
    // an idle chain needs no new checkpoint: the last one still vouches for its head
    Promise.all([auditHead(ds), latestCheckpoints(ds, 1)])
      .then(([head, [last]]) => (last && last.seq === head.seq ? undefined : writeCheckpoint(ds, 'PERIODIC')))
      .catch(onError);
  }, minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
