import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { quoter, toSqlParam } from '../db/sql-value.js';
import { forUpdate } from '../db/transaction.js';
import { chainHash, GENESIS_HASH, storedText, type AuditEntry } from './audit-hash.js';
import { COLS, toRecord, type AuditRecord } from './audit-record.js';

export { auditHead, type AuditRecord } from './audit-record.js';

export type AuditInput = Omit<AuditEntry, 'seq' | 'at' | 'batchId'>;

export const newBatchId = (): string => randomUUID();

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
    const text = storedText; // written as it is hashed: as the database will return it
    rows.push([
      entry.seq,
      toSqlParam(ds, 'datetime', at),
      e.userId,
      text(e.action),
      text(e.entity),
      e.entityId,
      text(e.field),
      text(e.oldValue),
      text(e.newValue),
      batchId,
      text(e.reason),
      prev,
      hash,
    ]);
    prev = hash;
  }
  const colList = COLS.map(q).join(', ');
  const tuple = `(${COLS.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    await em.query(
      `INSERT INTO ${q('audit_event')} (${colList}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      chunk.flat(),
    );
  }
  if (head.length) {
    await em.query(`UPDATE ${q('audit_head')} SET ${q('seq')} = ?, ${q('hash')} = ? WHERE ${q('id')} = 1`, [seq, prev]);
  } else {
    await em.query(`INSERT INTO ${q('audit_head')} (${q('id')}, ${q('seq')}, ${q('hash')}) VALUES (1, ?, ?)`, [
      seq,
      prev,
    ]);
  }
}

/** A record's (or one cell's) changes, oldest first. */
export async function auditHistory(
  ds: DataSource,
  entity: string,
  entityId: number,
  field?: string | readonly string[] | null,
  limit = 500,
): Promise<AuditRecord[]> {
  const q = quoter(ds);
  const params: unknown[] = [entity, entityId];
  let sql = `SELECT ${COLS.map(q).join(', ')} FROM ${q('audit_event')} WHERE ${q('entity')} = ? AND ${q('entityId')} = ?`;
  const fields = field ? (typeof field === 'string' ? [field] : field) : [];
  if (fields.length) {
    sql += ` AND ${q('field')} IN (${fields.map(() => '?').join(', ')})`;
    params.push(...fields);
  }
  sql += ` ORDER BY ${q('seq')} LIMIT ${Math.min(Math.max(limit, 1), 5000)}`;
  const rows: Record<string, unknown>[] = await ds.query(sql, params);
  return rows.map(toRecord);
}

export { verifyAuditChain, verifyAuditChainShared, type ChainBreak, type ChainReport } from './verify-chain.js';
