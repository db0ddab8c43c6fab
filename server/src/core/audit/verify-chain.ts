import type { DataSource } from 'typeorm';
import { localDateTimeText as time } from '../../../../common/business-time.js';
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
export async function verifyAuditChain(
  ds: DataSource,
  opts: { now?: Date; uncoveredAlarmMs?: number } = {},
): Promise<ChainReport> {
  const q = quoter(ds);
  const t = trailDb(ds);
  const key = auditKeyOf(ds).key;
  // the head first: its transaction wrote every entry up to it, so all of them are visible now
  const head: Array<{ seq: number; hash: string }> = await ds.query(
    `SELECT ${q('seq')}, ${q('hash')} FROM ${q('audit_head')} WHERE ${q('id')} = 1`,
  );
  const headSeq = head.length ? Number(head[0].seq) : 0;
  const breaks: ChainBreak[] = [];
  const broken = (seq: number, problem: string) => breaks.length < MAX_BREAKS && breaks.push({ seq, problem });
  const checkpoints = await readCheckpoints(t);
  const wanted = new Set(checkpoints.map((c) => c.seq));
  const hashAt = new Map<number, string>();
  const scan = await scanChain(
    t,
    1,
    headSeq,
    GENESIS_HASH,
    broken,
    (seq, hash) => wanted.has(seq) && hashAt.set(seq, hash),
  );
  if (scan.nextSeq <= headSeq)
    broken(scan.nextSeq, `链头记为 ${headSeq} 条，实际只有 ${scan.nextSeq - 1} 条：末尾的条目被删除`);
  else if (head.length && head[0].hash !== scan.lastHash) broken(headSeq, `链头的哈希与第 ${headSeq} 条不符`);

  let trusted: Checkpoint | null = null;
  let prev: Checkpoint | null = null;
  for (const c of checkpoints) {
    const at = `检查点 ${c.ordinal}（${time(c.at)} 签）`;
    if (c.ordinal !== (prev?.ordinal ?? 0) + 1)
      broken(c.seq, `检查点 ${(prev?.ordinal ?? 0) + 1}–${c.ordinal - 1} 被删除`);
    else if (c.prevSignature !== (prev?.signature ?? null))
      broken(c.seq, `${at}没有接在检查点 ${prev?.ordinal ?? 0} 之后：被替换或调换了顺序`);
    if (!checkpointSignatureOk(key, c))
      broken(
        c.seq,
        `${at}签名不符：${c.keyFingerprint && c.keyFingerprint !== keyFingerprint(key) ? `用另一把密钥签的（指纹 ${c.keyFingerprint}）` : '伪造或被改动'}`,
      );
    else if (c.seq > headSeq) broken(headSeq, `审计链被回退：已签名的${at}担保 ${c.seq} 条，链头只有 ${headSeq} 条`);
    else if (c.seq > 0 && hashAt.get(c.seq) !== c.hash)
      broken(c.seq, `第 ${c.seq} 条与已签名的${at}不符：审计链被重算或改动`);
    else if (prev && c.seq < prev.seq) broken(c.seq, `${at}从第 ${prev.seq} 条倒退到第 ${c.seq} 条`);
    else trusted = c;
    prev = c;
  }
  const newest = checkpoints.at(-1);
  if (!newest && headSeq > 0) broken(1, `审计链有 ${headSeq} 条，却没有任何已签名的检查点：检查点被删除`);
  const seen = newestCheckpointSeen(ds);
  if (seen && (!newest || newest.ordinal < seen.ordinal))
    broken(
      newest?.seq ?? 1,
      `检查点 ${seen.ordinal}（${time(seen.at)} 签）被删除（现存最新的是${newest ? `检查点 ${newest.ordinal}` : '无'}）`,
    );
  const now = opts.now ?? new Date();
  if (
    newest &&
    headSeq > newest.seq &&
    now.getTime() - newest.at.getTime() > (opts.uncoveredAlarmMs ?? UNCOVERED_ALARM_MS)
  ) {
    broken(
      newest.seq + 1,
      `第 ${newest.seq + 1}–${headSeq} 条自 ${time(newest.at)} 起没有检查点担保：较新的检查点被删除，或定期签名停了`,
    );
  }
  if (newest) rememberCheckpoint(ds, newest);
  breaks.sort((a, b) => a.seq - b.seq);
  return {
    ok: breaks.length === 0,
    checked: scan.checked,
    headSeq,
    headHash: scan.lastHash,
    breaks,
    firstBrokenSeq: breaks[0]?.seq ?? null,
    problem: breaks[0]?.problem ?? null,
    checkpointSeq: trusted?.seq ?? null,
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
