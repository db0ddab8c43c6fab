import type { DataSource } from 'typeorm';
import { chainHash, GENESIS_HASH } from '../../server/src/core/audit/audit-hash.js';
import { COLS, toRecord, type AuditRecord } from '../../server/src/core/audit/audit-record.js';

/** What a database writer without the key can do to the trail, straight in SQL. */
const Q = (ds: DataSource) => (n: string) => ds.driver.escape(n);

export async function auditEntry(ds: DataSource, seq: number): Promise<AuditRecord> {
  const q = Q(ds);
  return toRecord(
    (await ds.query(`SELECT ${COLS.map(q).join(', ')} FROM ${q('audit_event')} WHERE ${q('seq')} = ?`, [seq]))[0],
  );
}

/** Recomputes every hash from `from` on, as the insider does after an edit, and points the head at the last entry. */
export async function recomputeChainFrom(ds: DataSource, from: number): Promise<void> {
  const q = Q(ds);
  const rows = (
    await ds.query(
      `SELECT ${COLS.map(q).join(', ')} FROM ${q('audit_event')} WHERE ${q('seq')} >= ? ORDER BY ${q('seq')}`,
      [from],
    )
  ).map(toRecord);
  let prev = from > 1 ? (await auditEntry(ds, from - 1)).hash : GENESIS_HASH;
  for (const r of rows) {
    const hash = chainHash(r, prev);
    await ds.query(`UPDATE ${q('audit_event')} SET ${q('prevHash')} = ?, ${q('hash')} = ? WHERE ${q('seq')} = ?`, [
      prev,
      hash,
      r.seq,
    ]);
    prev = hash;
  }
  const last = rows.at(-1)?.seq ?? from - 1;
  await ds.query(`UPDATE ${q('audit_head')} SET ${q('seq')} = ?, ${q('hash')} = ? WHERE ${q('id')} = 1`, [last, prev]);
}

/** Rewrites one entry's new value and recomputes the chain after it: invisible to a hash chain alone. */
export async function launderEntry(ds: DataSource, seq: number, newValue: string): Promise<void> {
  const q = Q(ds);
  await ds.query(`UPDATE ${q('audit_event')} SET ${q('newValue')} = ? WHERE ${q('seq')} = ?`, [newValue, seq]);
  await recomputeChainFrom(ds, seq);
}
