import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { fromSql, quoter, toSqlParam } from '../db/sql-value.js';
import { forUpdate } from '../db/transaction.js';
import { chainHash, GENESIS_HASH, type AuditEntry } from './audit-hash.js';

export type AuditInput = Omit<AuditEntry, 'seq' | 'at' | 'batchId'>;

export const newBatchId = (): string => randomUUID();

const COLS = ['seq', 'at', 'userId', 'action', 'entity', 'entityId', 'field', 'oldValue', 'newValue', 'batchId', 'reason', 'prevHash', 'hash'];

/**
 * Appends entries to the insert-only, hash-chained trail inside the caller's transaction.
 * The chain head row is locked, so concurrent writers append one after another.
 */
export async function appendAudit(
  em: EntityManager,
  entries: AuditInput[],
  batchId: string,
  at: Date = new Date(),
): Promise<void> {
  if (!entries.length) return;
  const ds = em.connection;
  const q = quoter(ds);
  const head: Array<{ seq: number; hash: string }> = await em.query(
    `SELECT ${q('seq')}, ${q('hash')} FROM ${q('audit_head')} WHERE ${q('id')} = 1${forUpdate(ds)}`,
  );
  let seq = head.length ? Number(head[0].seq) : 0;
  let prev = head.length ? head[0].hash : GENESIS_HASH;
  const rows: unknown[][] = [];
  for (const e of entries) {
    const entry: AuditEntry = { ...e, seq: ++seq, at, batchId };
    const hash = chainHash(entry, prev);
    rows.push([entry.seq, toSqlParam(ds, 'datetime', at), e.userId, e.action, e.entity, e.entityId, e.field, e.oldValue, e.newValue, batchId, e.reason, prev, hash]);
    prev = hash;
  }
  const colList = COLS.map(q).join(', ');
  const tuple = `(${COLS.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await em.query(`INSERT INTO ${q('audit_event')} (${colList}) VALUES ${chunk.map(() => tuple).join(', ')}`, chunk.flat());
  }
  if (head.length) {
    await em.query(`UPDATE ${q('audit_head')} SET ${q('seq')} = ?, ${q('hash')} = ? WHERE ${q('id')} = 1`, [seq, prev]);
  } else {
    await em.query(`INSERT INTO ${q('audit_head')} (${q('id')}, ${q('seq')}, ${q('hash')}) VALUES (1, ?, ?)`, [seq, prev]);
  }
}

export interface AuditRecord extends AuditEntry {
  prevHash: string;
  hash: string;
}

function toRecord(r: Record<string, unknown>): AuditRecord {
  return {
    seq: Number(r.seq),
    at: fromSql('datetime', r.at) as Date,
    userId: r.userId === null ? null : Number(r.userId),
    action: String(r.action),
    entity: String(r.entity),
    entityId: r.entityId === null ? null : Number(r.entityId),
    field: (r.field as string) ?? null,
    oldValue: (r.oldValue as string) ?? null,
    newValue: (r.newValue as string) ?? null,
    batchId: String(r.batchId),
    reason: (r.reason as string) ?? null,
    prevHash: String(r.prevHash),
    hash: String(r.hash),
  };
}

/** A record's (or one cell's) changes, oldest first. */
export async function auditHistory(
  ds: DataSource,
  entity: string,
  entityId: number,
  field?: string | null,
  limit = 500,
): Promise<AuditRecord[]> {
  const q = quoter(ds);
  const params: unknown[] = [entity, entityId];
  let sql = `SELECT ${COLS.map(q).join(', ')} FROM ${q('audit_event')} WHERE ${q('entity')} = ? AND ${q('entityId')} = ?`;
  if (field) {
    sql += ` AND ${q('field')} = ?`;
    params.push(field);
  }
  sql += ` ORDER BY ${q('seq')} LIMIT ${Math.min(Math.max(limit, 1), 5000)}`;
  const rows: Record<string, unknown>[] = await ds.query(sql, params);
  return rows.map(toRecord);
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  headSeq: number;
  headHash: string;
  firstBrokenSeq: number | null;
  problem: string | null;
}

/** Recomputes the whole chain in seq order, in batches, and names the first entry that does not fit. */
export async function verifyAuditChain(ds: DataSource, batch = 5000): Promise<ChainReport> {
  const q = quoter(ds);
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let checked = 0;
  const broken = (seq: number, problem: string): ChainReport => ({
    ok: false, checked, headSeq: seq, headHash: prev, firstBrokenSeq: seq, problem,
  });
  for (;;) {
    const rows: Record<string, unknown>[] = await ds.query(
      `SELECT ${COLS.map(q).join(', ')} FROM ${q('audit_event')} WHERE ${q('seq')} >= ? ORDER BY ${q('seq')} LIMIT ${batch}`,
      [expectedSeq],
    );
    for (const raw of rows) {
      const r = toRecord(raw);
      if (r.seq !== expectedSeq) return broken(expectedSeq, `entry ${expectedSeq} is missing`);
      if (r.prevHash !== prev) return broken(r.seq, `entry ${r.seq} does not link to the entry before it`);
      if (chainHash(r, prev) !== r.hash) return broken(r.seq, `entry ${r.seq} was altered (hash mismatch)`);
      prev = r.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < batch) break;
    // better-sqlite3 answers synchronously: without this the whole pass is one turn of the event
    // loop and the server answers nothing else until it ends
    await new Promise((r) => setImmediate(r));
  }
  const head: Array<{ seq: number; hash: string }> = await ds.query(
    `SELECT ${q('seq')}, ${q('hash')} FROM ${q('audit_head')} WHERE ${q('id')} = 1`,
  );
  const headSeq = head.length ? Number(head[0].seq) : 0;
  if (headSeq !== checked || (head.length && head[0].hash !== prev)) {
    return { ok: false, checked, headSeq, headHash: prev, firstBrokenSeq: checked + 1, problem: `chain head says ${headSeq} entries, found ${checked} (entries removed at the end)` };
  }
  return { ok: true, checked, headSeq, headHash: prev, firstBrokenSeq: null, problem: null };
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

/** The current chain head, quoted in export manifests. */
export async function auditHead(ds: DataSource | EntityManager): Promise<{ seq: number; hash: string }> {
  const conn = 'connection' in ds ? ds.connection : ds;
  const q = quoter(conn);
  const head: Array<{ seq: number; hash: string }> = await ds.query(
    `SELECT ${q('seq')}, ${q('hash')} FROM ${q('audit_head')} WHERE ${q('id')} = 1`,
  );
  return head.length ? { seq: Number(head[0].seq), hash: head[0].hash } : { seq: 0, hash: GENESIS_HASH };
}
