import type { DataSource } from 'typeorm';
import { quoter, toSqlParam } from '../../db/sql-value.js';
import { formerNames, storageField } from '../schema/define-ledger.js';
import type { LedgerDef } from '../schema/ledger.types.js';
import { auditedStates, type AuditedState } from './reconcile.js';

/** A row as it stood at a moment: its cells as the trail last set them by then (as stored text), and whether it was voided by then. */
export interface RowAsOf {
  id: number;
  cells: Record<string, string | null>;
  voided: boolean;
}

function asRow(ledger: LedgerDef, id: number, s: AuditedState): RowAsOf {
  return {
    id,
    cells: Object.fromEntries(ledger.columns.map((c) => [storageField(c), s.cells.get(storageField(c)) ?? null])),
    voided: s.voided,
  };
}

/**
 * A page of a ledger as it stood at `at`, in id order: rows created later are absent, rows voided
 * later are present as they were. Two statements a page, whatever its size: the ids, then their events.
 */
export async function ledgerAsOf(
  ds: DataSource,
  ledger: LedgerDef,
  at: Date,
  first: number,
  after: number | null,
): Promise<{ rows: RowAsOf[]; hasMore: boolean; totalCount: number | null }> {
  const q = quoter(ds);
  const t = toSqlParam(ds, 'datetime', at);
  // a row counts from its first audited event: one inserted past the application has none and is left out
  const existed = `t.${q('createdAt')} <= ? AND EXISTS (SELECT 1 FROM ${q('audit_event')} e WHERE e.${q('entity')} = ? AND e.${q('entityId')} = t.${q('id')} AND e.${q('at')} <= ?)`;
  const ids: Array<{ id: number }> = await ds.query(
    `SELECT t.${q('id')} AS id FROM ${q(ledger.table)} t WHERE ${existed}${after ? ` AND t.${q('id')} > ?` : ''}
      ORDER BY t.${q('id')} LIMIT ${first + 1}`,
    [t, ledger.name, t, ...(after ? [after] : [])],
  );
  const hasMore = ids.length > first;
  // the count, on the first page only: the reader sees how many rows the ledger had then
  let totalCount: number | null = null;
  if (!after)
    totalCount = hasMore
      ? Number(
          (await ds.query(`SELECT COUNT(*) AS n FROM ${q(ledger.table)} t WHERE ${existed}`, [t, ledger.name, t]))[0].n,
        )
      : ids.length;
  const page = ids.slice(0, first).map((r) => Number(r.id));
  const states = await auditedStates(ds, ledger.name, page, at, formerNames(ledger));
  return {
    rows: page.filter((id) => states.has(id)).map((id) => asRow(ledger, id, states.get(id)!)),
    hasMore,
    totalCount,
  };
}

/** One row as it stood at `at`, or null if it did not exist yet (or has no trail). */
export async function recordAsOf(ds: DataSource, ledger: LedgerDef, id: number, at: Date): Promise<RowAsOf | null> {
  const s = (await auditedStates(ds, ledger.name, [id], at, formerNames(ledger))).get(id);
  return s ? asRow(ledger, id, s) : null;
}
