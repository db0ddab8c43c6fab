import type { DataSource } from 'typeorm';
import { quoter } from '../db/sql-value.js';
import { chainHash, GENESIS_HASH } from './audit-hash.js';
import { COLS, toRecord } from './audit-record.js';
import { latestCheckpoints } from './checkpoint.js';

/** One place where the chain does not hold. */
export interface ChainBreak {
  seq: number;
  problem: string;
}

export interface ChainReport {
  ok: boolean;
  /** Entries checked, up to the head read at the start (later appends are the next run's). */
  checked: number;
  headSeq: number;
  headHash: string;
  firstBrokenSeq: number | null;
  problem: string | null;
  /** Every break found (at most MAX_BREAKS), not only the first: one break must not hide the next. */
  breaks: ChainBreak[];
  /** The newest signed checkpoint the chain was held against, if any. */
  checkpointSeq: number | null;
}

export const MAX_BREAKS = 200;

/**
 * Recomputes the chain in seq order up to the head as it was when the check began (so writers
 * appending meanwhile raise no alarm), reports every break, then holds the chain against the
 * signed checkpoints: a head moved back below one, or a chain recomputed after an edit, is caught.
 */
export async function verifyAuditChain(ds: DataSource, batch = 5000): Promise<ChainReport> {
  const q = quoter(ds);
  // the head first: its transaction wrote every entry up to it, so all of them are visible now
  const head: Array<{ seq: number; hash: string }> = await ds.query(`SELECT ${q('seq')}, ${q('hash')} FROM ${q('audit_head')} WHERE ${q('id')} = 1`);
  const headSeq = head.length ? Number(head[0].seq) : 0;
  const breaks: ChainBreak[] = [];
  const broken = (seq: number, problem: string) => breaks.length < MAX_BREAKS && breaks.push({ seq, problem });
  const hashAt = new Map<number, string>();
  const checkpoints = await latestCheckpoints(ds);
  const wanted = new Set(checkpoints.map((c) => c.seq));
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  while (expectedSeq <= headSeq) {
    const rows: Record<string, unknown>[] = await ds.query(
      `SELECT ${COLS.map(q).join(', ')} FROM ${q('audit_event')} WHERE ${q('seq')} >= ? AND ${q('seq')} <= ? ORDER BY ${q('seq')} LIMIT ${batch}`, [expectedSeq, headSeq]);
    for (const raw of rows) {
      const r = toRecord(raw);
      if (r.seq !== expectedSeq) broken(expectedSeq, r.seq === expectedSeq + 1 ? `entry ${expectedSeq} is missing` : `entries ${expectedSeq}–${r.seq - 1} are missing`);
      else if (r.prevHash !== prev) broken(r.seq, `entry ${r.seq} does not link to the entry before it`);
      if (chainHash(r, r.prevHash) !== r.hash) broken(r.seq, `entry ${r.seq} was altered (hash mismatch)`);
      if (wanted.has(r.seq)) hashAt.set(r.seq, r.hash);
      // go on from the stored entry, so each break is reported once and the ones after it still are
      prev = r.hash;
      expectedSeq = r.seq + 1;
      checked++;
    }
    if (rows.length < batch) break;
    // better-sqlite3 answers synchronously: without this the whole pass is one turn of the event loop
    await new Promise((r) => setImmediate(r));
  }
  if (expectedSeq <= headSeq) broken(expectedSeq, `chain head says ${headSeq} entries, found ${expectedSeq - 1} (entries removed at the end)`);
  else if (head.length && head[0].hash !== prev) broken(headSeq, `the chain head's hash does not match entry ${headSeq}`);
  const cp = checkpoints.find((c) => c.signatureOk) ?? null;
  for (const c of checkpoints.filter((x) => !x.signatureOk).slice(0, 1)) broken(c.seq, `checkpoint at entry ${c.seq} has a wrong signature (forged or another key)`);
  if (cp && cp.seq > headSeq) broken(headSeq, `the chain was rolled back: a signed checkpoint of ${cp.at.toISOString()} vouches for ${cp.seq} entries, the head says ${headSeq}`);
  else if (cp && cp.seq > 0 && hashAt.get(cp.seq) !== cp.hash) broken(cp.seq, `entry ${cp.seq} differs from the signed checkpoint of ${cp.at.toISOString()} (the chain was recomputed or altered)`);
  breaks.sort((a, b) => a.seq - b.seq);
  return {
    ok: breaks.length === 0, checked, headSeq, headHash: prev, breaks,
    firstBrokenSeq: breaks[0]?.seq ?? null, problem: breaks[0]?.problem ?? null, checkpointSeq: cp?.seq ?? null,
  };
}

const verifying = new WeakMap<DataSource, Promise<ChainReport>>();

/**
 * At most one verification per database per process: a caller that comes while one runs gets that
 * run's report, so a burst of requests (or aliases) costs one pass over the chain.
 */
export function verifyAuditChainShared(ds: DataSource): Promise<ChainReport> {
  let run = verifying.get(ds);
  if (!run) {
    run = verifyAuditChain(ds).finally(() => verifying.delete(ds));
    verifying.set(ds, run);
  }
  return run;
}
