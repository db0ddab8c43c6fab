import type { DataSource } from 'typeorm';
import { quoter } from '../db/sql-value.js';
import { chainHash } from './audit-hash.js';
import { COLS, toRecord } from './audit-record.js';

/** What runs SQL: a data source, an entity manager or a migration's query runner. */
export interface Queryable {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

/** The database to read the trail from, and how to quote names in it. */
export interface TrailDb {
  db: Queryable;
  conn: DataSource;
}

export const trailDb = (ds: DataSource): TrailDb => ({ db: ds, conn: ds });

export async function rowsOf(t: TrailDb, sql: string, params: unknown[] = []): Promise<Array<Record<string, unknown>>> {
  return (await t.db.query(sql, params)) as Array<Record<string, unknown>>;
}

/** The stored hash of one entry, or null when it is not there. */
export async function entryHash(t: TrailDb, seq: number): Promise<string | null> {
  const q = quoter(t.conn);
  const rows = await rowsOf(t, `SELECT ${q('hash')} AS h FROM ${q('audit_event')} WHERE ${q('seq')} = ?`, [seq]);
  return rows.length ? String(rows[0].h) : null;
}

export interface ScanResult {
  checked: number;
  /** The seq the scan expected next (one past the last entry found). */
  nextSeq: number;
  /** The hash of the last entry found (or `prevHash` when none was). */
  lastHash: string;
}

/**
 * Recomputes the entries `fromSeq`–`toSeq` in order, the first linking to `prevHash`, and reports each
 * missing, altered or unlinked entry once (going on from the stored entry, so one break does not hide
 * the next). `onEntry` sees every stored entry's seq and hash.
 */
export async function scanChain(
  t: TrailDb,
  fromSeq: number,
  toSeq: number,
  prevHash: string,
  broken: (seq: number, problem: string) => void,
  onEntry?: (seq: number, hash: string) => void,
  batch = 5000,
): Promise<ScanResult> {
  const q = quoter(t.conn);
  let prev = prevHash;
  let expectedSeq = fromSeq;
  let checked = 0;
  while (expectedSeq <= toSeq) {
    const rows = await rowsOf(
      t,
      `SELECT ${COLS.map(q).join(', ')} FROM ${q('audit_event')} WHERE ${q('seq')} >= ? AND ${q('seq')} <= ? ORDER BY ${q('seq')} LIMIT ${batch}`,
      [expectedSeq, toSeq],
    );
    for (const raw of rows) {
      const r = toRecord(raw);
      if (r.seq !== expectedSeq)
        broken(
          expectedSeq,
          r.seq === expectedSeq + 1
            ? `第 ${expectedSeq} 条缺失（被删除）`
            : `第 ${expectedSeq}–${r.seq - 1} 条缺失（被删除）`,
        );
      else if (r.prevHash !== prev) broken(r.seq, `第 ${r.seq} 条接不上前一条（链被改接）`);
      if (chainHash(r, r.prevHash) !== r.hash) broken(r.seq, `第 ${r.seq} 条被改动（哈希不符）`);
      onEntry?.(r.seq, r.hash);
      prev = r.hash;
      expectedSeq = r.seq + 1;
      checked++;
    }
    if (rows.length < batch) break;
    // better-sqlite3 answers synchronously: without this the whole pass is one turn of the event loop
    await new Promise((r) => setImmediate(r));
  }
  return { checked, nextSeq: expectedSeq, lastHash: prev };
}
