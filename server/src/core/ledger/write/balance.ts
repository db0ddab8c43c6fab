import { forUpdate } from '../../db/transaction.js';
import { quote } from '../query/ledger-store.js';
import { hydrate } from '../query/ledger-store.js';
import type { LedgerDef, SaveContext } from '../schema/ledger.types.js';
import { insertAudited, updateAudited } from './row-writer.js';

export interface BalanceMove {
  /** The balance's row: its stored key columns and their values ({ locationId: 3, partId: 7 }). */
  keys: Record<string, number>;
  /** The amount to add (negative to take). */
  delta: number;
}

/**
 * Moves a kept balance — one row per key, one numeric column — by `delta` inside the caller's
 * transaction, audited as `action`. The row is locked before it is read, so two transactions taking
 * from the same balance queue on it and the second sees what the first left: a balance never goes
 * below zero, also under concurrent moves. Answers the balance before and after, or null (nothing
 * written) when it would go below zero. A missing row counts as zero and is created by a positive move.
 */
export async function moveBalance(
  ctx: SaveContext,
  ledger: LedgerDef,
  field: string,
  move: BalanceMove,
  action: string,
): Promise<{ before: number; after: number } | null> {
  const ds = ctx.em.connection;
  const keyNames = Object.keys(move.keys);
  const where = keyNames.map((k) => `${quote(ds, k)} = ?`).join(' AND ');
  const found: Array<Record<string, unknown>> = await ctx.em.query(
    `SELECT * FROM ${quote(ds, ledger.table)} WHERE ${where} AND ${quote(ds, 'voidedAt')} IS NULL${forUpdate(ds)}`,
    keyNames.map((k) => move.keys[k]),
  );
  const row = found[0] ? hydrate(ledger, found[0]) : null;
  const before = row ? Number(row[field] ?? 0) : 0;
  const after = before + move.delta;
  if (after < 0) return null;
  if (move.delta === 0) return { before, after };
  if (row) await updateAudited(ctx, ledger, row, { [field]: after }, action);
  else await insertAudited(ctx, ledger, { ...move.keys, [field]: after }, action);
  return { before, after };
}
