import type { DataSource } from 'typeorm';
import { quoter } from '../db/sql-value.js';
import { GENESIS_HASH } from './audit-hash.js';
import { auditKeyOf, keyFingerprint } from './audit-key.js';
import { scanChain, trailDb } from './chain-scan.js';
import { checkpointSignatureOk, readCheckpoints, type Checkpoint } from './checkpoint.js';
import { newestCheckpointSeen, rememberCheckpoint } from './trail-alarm.js';

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
  /** The newest checkpoint that holds (signed, in its chain, its entry unchanged), if any. */
  checkpointSeq: number | null;
}

export const MAX_BREAKS = 200;

/** Entries past the newest checkpoint are an alarm once it is this old: the periodic job signs every 10 minutes. */
export const UNCOVERED_ALARM_MS = 30 * 60_000;

/**
 * Recomputes the chain in seq order up to the head as it was when the check began (so writers
 * appending meanwhile raise no alarm) and reports every break; then checks every signed checkpoint:
 * its signature, that it follows the one before (none removed, reordered or replaced), and that the
 * entry it vouches for is still there with the same hash. A trail with entries and no checkpoint, or
 * whose entries have gone uncovered longer than the periodic job allows, is an alarm too.
 */
export async function verifyAuditChain(ds: DataSource, opts: { now?: Date; uncoveredAlarmMs?: number } = {}): Promise<ChainReport> {
  const q = quoter(ds);
  const t = trailDb(ds);
  const key = auditKeyOf(ds).key;
  // the head first: its transaction wrote every entry up to it, so all of them are visible now
  const head: Array<{ seq: number; hash: string }> = await ds.query(`SELECT ${q('seq')}, ${q('hash')} FROM ${q('audit_head')} WHERE ${q('id')} = 1`);
  const headSeq = head.length ? Number(head[0].seq) : 0;
  const breaks: ChainBreak[] = [];
  const broken = (seq: number, problem: string) => breaks.length < MAX_BREAKS && breaks.push({ seq, problem });
  const checkpoints = await readCheckpoints(t);
  const wanted = new Set(checkpoints.map((c) => c.seq));
  const hashAt = new Map<number, string>();
  const scan = await scanChain(t, 1, headSeq, GENESIS_HASH, broken, (seq, hash) => wanted.has(seq) && hashAt.set(seq, hash));
  if (scan.nextSeq <= headSeq) broken(scan.nextSeq, `chain head says ${headSeq} entries, found ${scan.nextSeq - 1} (entries removed at the end)`);
  else if (head.length && head[0].hash !== scan.lastHash) broken(headSeq, `the chain head's hash does not match entry ${headSeq}`);

  let trusted: Checkpoint | null = null;
  let prev: Checkpoint | null = null;
  for (const c of checkpoints) {
    const at = `checkpoint ${c.ordinal} of ${c.at.toISOString()}`;
    if (c.ordinal !== (prev?.ordinal ?? 0) + 1) broken(c.seq, prev ? `checkpoints ${prev.ordinal + 1}–${c.ordinal - 1} were removed` : `checkpoints 1–${c.ordinal - 1} were removed`);
    else if (c.prevSignature !== (prev?.signature ?? null)) broken(c.seq, `${at} does not follow checkpoint ${prev?.ordinal ?? 0} (replaced or reordered)`);
    if (!checkpointSignatureOk(key, c)) broken(c.seq, `${at} has a wrong signature (${c.keyFingerprint && c.keyFingerprint !== keyFingerprint(key) ? `signed with another key, fingerprint ${c.keyFingerprint}` : 'forged or altered'})`);
    else if (c.seq > headSeq) broken(headSeq, `the chain was rolled back: signed ${at} vouches for ${c.seq} entries, the head says ${headSeq}`);
    else if (c.seq > 0 && hashAt.get(c.seq) !== c.hash) broken(c.seq, `entry ${c.seq} differs from the signed ${at} (the chain was recomputed or altered)`);
    else if (prev && c.seq < prev.seq) broken(c.seq, `${at} goes back from entry ${prev.seq} to ${c.seq}`);
    else trusted = c;
    prev = c;
  }
  const newest = checkpoints.at(-1);
  if (!newest && headSeq > 0) broken(1, `the trail has ${headSeq} entries and no signed checkpoint: the checkpoints were removed`);
  const seen = newestCheckpointSeen(ds);
  if (seen && (!newest || newest.ordinal < seen.ordinal)) broken(newest?.seq ?? 1, `checkpoint ${seen.ordinal} of ${seen.at.toISOString()} was removed (the newest left is ${newest?.ordinal ?? 'none'})`);
  const now = opts.now ?? new Date();
  if (newest && headSeq > newest.seq && now.getTime() - newest.at.getTime() > (opts.uncoveredAlarmMs ?? UNCOVERED_ALARM_MS)) {
    broken(newest.seq + 1, `entries ${newest.seq + 1}–${headSeq} have had no checkpoint since ${newest.at.toISOString()}: newer checkpoints were removed, or none has been signed`);
  }
  if (newest) rememberCheckpoint(ds, newest);
  breaks.sort((a, b) => a.seq - b.seq);
  return {
    ok: breaks.length === 0, checked: scan.checked, headSeq, headHash: scan.lastHash, breaks,
    firstBrokenSeq: breaks[0]?.seq ?? null, problem: breaks[0]?.problem ?? null, checkpointSeq: trusted?.seq ?? null,
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
