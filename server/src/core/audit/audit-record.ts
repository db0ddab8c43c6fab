import type { DataSource, EntityManager } from 'typeorm';
import { fromSql, quoter } from '../db/sql-value.js';
import { GENESIS_HASH, type AuditEntry } from './audit-hash.js';

/** The stored columns of an audit entry, in order. */
export const COLS = [
  'seq',
  'at',
  'userId',
  'action',
  'entity',
  'entityId',
  'field',
  'oldValue',
  'newValue',
  'batchId',
  'reason',
  'prevHash',
  'hash',
];

export interface AuditRecord extends AuditEntry {
  prevHash: string;
  hash: string;
}

export function toRecord(r: Record<string, unknown>): AuditRecord {
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

/** The current chain head, quoted in export manifests. */
export async function auditHead(ds: DataSource | EntityManager): Promise<{ seq: number; hash: string }> {
  const conn = 'connection' in ds ? ds.connection : ds;
  const q = quoter(conn);
  const head: Array<{ seq: number; hash: string }> = await ds.query(
    `SELECT ${q('seq')}, ${q('hash')} FROM ${q('audit_head')} WHERE ${q('id')} = 1`,
  );
  return head.length ? { seq: Number(head[0].seq), hash: head[0].hash } : { seq: 0, hash: GENESIS_HASH };
}
