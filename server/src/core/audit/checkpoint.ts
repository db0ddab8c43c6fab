import type { DataSource } from 'typeorm';
import { localDateTimeText as time } from '../../../../common/business-time.js';
import type { ScheduledJob } from '../jobs/scheduler.js';
import { fromSql, quoter, toSqlParam } from '../db/sql-value.js';
import { GENESIS_HASH } from './audit-hash.js';
import { auditKeyOf, hmacHex, hmacOk, keyFingerprint, legacyCheckpointSignatureOk } from './audit-key.js';
import { auditHead } from './audit-record.js';
import { entryHash, rowsOf, scanChain, trailDb, type TrailDb } from './chain-scan.js';
import {
  clearTrailAlarm,
  newestCheckpointSeen,
  raiseTrailAlarm,
  rememberCheckpoint,
  type TrailAlarm,
} from './trail-alarm.js';

/**
 * A signed checkpoint. Checkpoints form their own chain: each is numbered (`ordinal`, 1, 2, …) and
 * its signature covers the one before, so removing, reordering or replacing one breaks the chain.
 */
export interface Checkpoint {
  ordinal: number;
  /** The audit entry it vouches for (every entry up to it), and that entry's hash. */
  seq: number;
  hash: string;
  at: Date;
  reason: string;
  prevSignature: string | null;
  keyFingerprint: string;
  signature: string;
}

/** The head an export quotes, and the checkpoint that vouches for it (at or after it). */
export interface SignedHead {
  seq: number;
  hash: string;
  checkpoint: Checkpoint;
}

/** A checkpoint was refused: the trail since the last one does not verify, or this instance holds another key. */
export class TrailTampered extends Error {
  readonly code = 'TRAIL_BROKEN';
  constructor(
    readonly seq: number | null,
    message: string,
  ) {
    super(message);
  }
}

const COLUMNS = ['ordinal', 'seq', 'hash', 'at', 'reason', 'prevSignature', 'keyFingerprint', 'signature'];

/** The text a checkpoint's HMAC covers: every field, the previous checkpoint's signature included. */
export function checkpointText(c: Omit<Checkpoint, 'signature'>): string {
  return JSON.stringify([
    'ServiceLedger checkpoint 2',
    c.ordinal,
    c.seq,
    c.hash,
    c.at.toISOString(),
    c.reason,
    c.prevSignature,
    c.keyFingerprint,
  ]);
}

export function checkpointSignatureOk(key: Buffer, c: Checkpoint): boolean {
  return hmacOk(key, checkpointText(c), c.signature);
}

function toCheckpoint(r: Record<string, unknown>): Checkpoint {
  return {
    ordinal: Number(r.ordinal),
    seq: Number(r.seq),
    hash: String(r.hash),
    at: fromSql('datetime', r.at) as Date,
    reason: String(r.reason),
    prevSignature: r.prevSignature === null ? null : String(r.prevSignature),
    keyFingerprint: String(r.keyFingerprint ?? ''),
    signature: String(r.signature),
  };
}

/** The chained checkpoints in order (all, or the newest `newest`), oldest first. */
export async function readCheckpoints(t: TrailDb, newest?: number): Promise<Checkpoint[]> {
  const q = quoter(t.conn);
  const sql = `SELECT ${COLUMNS.map(q).join(', ')} FROM ${q('audit_checkpoint')} WHERE ${q('ordinal')} IS NOT NULL ORDER BY ${q('ordinal')} ${newest ? `DESC LIMIT ${newest}` : 'ASC'}`;
  const rows = (await rowsOf(t, sql)).map(toCheckpoint);
  return newest ? rows.reverse() : rows;
}

async function insertCheckpoint(t: TrailDb, key: Buffer, c: Omit<Checkpoint, 'signature'>): Promise<Checkpoint> {
  const q = quoter(t.conn);
  const signed = { ...c, signature: hmacHex(key, checkpointText(c)) };
  await t.db.query(
    `INSERT INTO ${q('audit_checkpoint')} (${COLUMNS.map(q).join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`,
    [
      signed.ordinal,
      signed.seq,
      signed.hash,
      toSqlParam(t.conn, 'datetime', signed.at),
      signed.reason.slice(0, 40),
      signed.prevSignature,
      signed.keyFingerprint,
      signed.signature,
    ],
  );
  return signed;
}

const isDuplicate = (e: unknown) =>
  (e as { code?: string }).code === 'ER_DUP_ENTRY' || /UNIQUE constraint failed/.test(String((e as Error).message));

/**
 * What is wrong with the trail between the newest checkpoint and `head`, if anything: the checkpoint's
 * own signature, a newer checkpoint this process saw that is gone, a head moved back below it, its
 * entry rewritten, or any entry after it missing, altered or unlinked.
 */
async function segmentProblem(
  ds: DataSource,
  key: Buffer,
  last: Checkpoint | undefined,
  head: { seq: number; hash: string },
  fromReplica: boolean,
): Promise<{ seq: number | null; problem: string } | null> {
  const t = trailDb(ds);
  if (!last) return { seq: head.seq > 0 ? 1 : null, problem: '没有任何已签名的检查点：检查点被删除' };
  if (!checkpointSignatureOk(key, last))
    return { seq: last.seq, problem: `检查点 ${last.ordinal}（第 ${last.seq} 条）签名不符：伪造，或用另一把密钥签的` };
  const seen = newestCheckpointSeen(ds);
  if (seen && seen.ordinal > last.ordinal)
    return {
      seq: last.seq,
      problem: `检查点 ${seen.ordinal}（${time(seen.at)} 签）被删除（现存最新的是检查点 ${last.ordinal}）`,
    };
  const primary = fromReplica ? await auditHead(ds) : head;
  if (primary.seq < last.seq)
    return {
      seq: primary.seq,
      problem: `审计链被回退：检查点 ${last.ordinal} 担保 ${last.seq} 条，链头只有 ${primary.seq} 条`,
    };
  if (last.seq > 0 && (await entryHash(t, last.seq)) !== last.hash)
    return {
      seq: last.seq,
      problem: `第 ${last.seq} 条与检查点 ${last.ordinal}（${time(last.at)} 签）不符：审计链被重算或改动`,
    };
  if (head.seq <= last.seq) {
    // a replica behind the newest checkpoint: its head must be the primary's entry there
    if (head.seq < last.seq && head.seq > 0 && (await entryHash(t, head.seq)) !== head.hash)
      return { seq: head.seq, problem: `只读副本上的第 ${head.seq} 条与主库不同` };
    return null;
  }
  let first: { seq: number; problem: string } | null = null;
  const scan = await scanChain(t, last.seq + 1, head.seq, last.hash, (seq, problem) => (first ??= { seq, problem }));
  if (first) return first;
  if (scan.nextSeq <= head.seq)
    return { seq: scan.nextSeq, problem: `链头记为 ${head.seq} 条，实际只有 ${scan.nextSeq - 1} 条：末尾的条目被删除` };
  if (scan.lastHash !== head.hash) return { seq: head.seq, problem: `链头的哈希与第 ${head.seq} 条不符` };
  return null;
}

/**
 * Signs the head of `headFrom` (the primary, or the replica an export reads) — but only after the
 * segment since the newest checkpoint verifies against it; a broken one raises the trail alarm and
 * throws, and nothing is signed over it. An idle chain needs no new checkpoint: the newest vouches.
 */
export async function signHead(
  ds: DataSource,
  reason: string,
  headFrom: DataSource = ds,
  at = new Date(),
): Promise<SignedHead> {
  const k = auditKeyOf(ds);
  if (k.refused) throw new TrailTampered(null, k.refused);
  const fingerprint = keyFingerprint(k.key);
  for (let attempt = 1; ; attempt++) {
    const t = trailDb(ds);
    const [last] = await readCheckpoints(t, 1);
    const head = await auditHead(headFrom);
    const problem = await segmentProblem(ds, k.key, last, head, headFrom !== ds);
    if (problem) {
      raiseTrailAlarm(ds, problem.seq, problem.problem);
      throw new TrailTampered(problem.seq, problem.problem);
    }
    rememberCheckpoint(ds, last);
    if (head.seq < last.seq || (head.seq === last.seq && head.hash === last.hash)) return { ...head, checkpoint: last };
    try {
      const next = await insertCheckpoint(t, k.key, {
        ordinal: last.ordinal + 1,
        seq: head.seq,
        hash: head.hash,
        at,
        reason,
        prevSignature: last.signature,
        keyFingerprint: fingerprint,
      });
      rememberCheckpoint(ds, next);
      clearTrailAlarm(ds);
      return { ...head, checkpoint: next };
    } catch (e) {
      // another instance signed the same ordinal first: go again from its checkpoint
      if (!isDuplicate(e) || attempt >= 5) throw e;
    }
  }
}

/**
 * The cheap check of the trail since the newest checkpoint (what signing checks first), without
 * signing: a break raises the trail alarm. For the auditor's home and the instances that do not sign.
 */
export async function checkTrailSinceCheckpoint(ds: DataSource): Promise<TrailAlarm | null> {
  const [last] = await readCheckpoints(trailDb(ds), 1);
  const problem = await segmentProblem(ds, auditKeyOf(ds).key, last, await auditHead(ds), false);
  return problem ? raiseTrailAlarm(ds, problem.seq, problem.problem) : null;
}

/** Signs the primary's head (see signHead) and answers the checkpoint that vouches for it. */
export async function writeCheckpoint(ds: DataSource, reason: string, at = new Date()): Promise<Checkpoint> {
  return (await signHead(ds, reason, ds, at)).checkpoint;
}

/** The periodic checkpoint as a scheduled job: it checks the segment every time, and signs when the chain moved. */
export function checkpointJob(minutes: number): ScheduledJob {
  return { name: 'audit-checkpoint', everyMs: minutes * 60_000, run: (ds) => writeCheckpoint(ds, 'PERIODIC') };
}

/**
 * The first checkpoint of the chain, written by the migration that chains them: on a new database the
 * genesis (entry 0); on an existing one the head, but only when the whole trail recomputes and holds
 * against every old (unchained) signed checkpoint. Otherwise none is written, and verify keeps saying
 * so: an upgrade never vouches for a trail it could not check.
 */
export async function anchorCheckpointChain(t: TrailDb, key: Buffer, at = new Date()): Promise<string> {
  const q = quoter(t.conn);
  const heads = await rowsOf(t, `SELECT ${q('seq')}, ${q('hash')} FROM ${q('audit_head')} WHERE ${q('id')} = 1`);
  const head = heads.length
    ? { seq: Number(heads[0].seq), hash: String(heads[0].hash) }
    : { seq: 0, hash: GENESIS_HASH };
  const base = { ordinal: 1, at, prevSignature: null, keyFingerprint: keyFingerprint(key) };
  if (head.seq === 0) {
    await insertCheckpoint(t, key, { ...base, seq: 0, hash: GENESIS_HASH, reason: 'GENESIS' });
    return 'genesis checkpoint written';
  }
  const legacy = (
    await rowsOf(
      t,
      `SELECT ${q('seq')}, ${q('hash')}, ${q('signature')} FROM ${q('audit_checkpoint')} WHERE ${q('ordinal')} IS NULL`,
    )
  ).map((r) => ({ seq: Number(r.seq), hash: String(r.hash), signature: String(r.signature) }));
  const wanted = new Set(legacy.map((c) => c.seq));
  const hashAt = new Map<number, string>();
  let problem: string | null = null;
  const scan = await scanChain(
    t,
    1,
    head.seq,
    GENESIS_HASH,
    (_seq, p) => (problem ??= p),
    (seq, hash) => wanted.has(seq) && hashAt.set(seq, hash),
  );
  if (!problem && scan.nextSeq <= head.seq) problem = `entries ${scan.nextSeq}–${head.seq} are missing`;
  if (!problem && scan.lastHash !== head.hash) problem = `the chain head's hash does not match entry ${head.seq}`;
  for (const c of legacy) {
    if (problem) break;
    if (!legacyCheckpointSignatureOk(key, c.seq, c.hash, c.signature))
      problem = `the checkpoint of entry ${c.seq} has a wrong signature`;
    else if (hashAt.get(c.seq) !== c.hash) problem = `entry ${c.seq} differs from its signed checkpoint`;
  }
  if (problem) return `no checkpoint written: ${problem}`;
  await insertCheckpoint(t, key, { ...base, seq: head.seq, hash: head.hash, reason: 'UPGRADE' });
  return `the trail of ${head.seq} entries verified and was signed as checkpoint 1`;
}

/**
 * The key this instance holds against the one that signed the trail (by fingerprint): in production a
 * mismatch stops the start; otherwise the instance runs but signs nothing, saying which key is expected.
 */
export async function checkSigningKey(ds: DataSource, production: boolean): Promise<string | null> {
  const k = auditKeyOf(ds);
  const [last] = await readCheckpoints(trailDb(ds), 1);
  const mine = keyFingerprint(k.key);
  if (!last || !last.keyFingerprint || last.keyFingerprint === mine) return null;
  const message = `AUDIT_KEY: this instance's key (fingerprint ${mine}) is not the key that signed the audit trail (fingerprint ${last.keyFingerprint}); start every instance with the same AUDIT_KEY`;
  if (production) throw new Error(message);
  k.refused = message;
  return message;
}
