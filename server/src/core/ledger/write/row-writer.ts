import { auditValue } from '../../audit/audit-hash.js';
import { appendAudit } from '../../audit/audit-trail.js';
import { localDate } from '../../calendar/working-calendar.js';
import { reserveNumbers } from '../../db/number-sequence.js';
import { insertRow, updateRow } from '../query/ledger-store.js';
import type { LedgerDef, Row, SaveContext } from '../schema/ledger.types.js';

// The one write path: the batch save, workflow commands, hooks and seeds write rows through these,
// inside the caller's transaction, and each queues its audit events on ctx.audit; commitAudit
// appends them to the chain in the same transaction.

/** The context a write runs in, for who acts (a person or, with no user id, the system), at a moment, under one batch. */
export function writeContext(
  em: SaveContext['em'],
  actor: { userId: number | null; role: string; displayName: string },
  now: Date,
  batchId: string,
): SaveContext {
  return { em, userId: actor.userId, role: actor.role, displayName: actor.displayName, now, audit: [], batchId };
}

/** Inserts a row with its system columns (and number) and queues one audit event per filled cell; for hooks and commands that create rows of other ledgers. */
export async function insertAudited(
  ctx: SaveContext,
  ledger: LedgerDef,
  values: Record<string, unknown>,
  action = 'CREATE',
): Promise<number> {
  if (ledger.numbering && !values[ledger.numbering.field]) await assignNumbers(ctx, ledger, [values]);
  const id = await insertRow(ctx.em, ledger, {
    ...values,
    version: 1,
    createdAt: ctx.now,
    createdBy: ctx.userId,
    updatedAt: ctx.now,
    updatedBy: ctx.userId,
  });
  for (const [f, v] of Object.entries(values)) {
    if (v !== null && v !== undefined)
      ctx.audit.push({
        userId: ctx.userId,
        action,
        entity: ledger.name,
        entityId: id,
        field: f,
        oldValue: null,
        newValue: auditValue(v),
        reason: null,
      });
  }
  return id;
}

/**
 * Updates a row if it still has the version `row` was read at (bumping it) and queues one audit
 * event per changed cell, with the reason when one was given (a rejection, a reopening).
 */
export async function updateAudited(
  ctx: SaveContext,
  ledger: LedgerDef,
  row: Row,
  changes: Record<string, unknown>,
  action: string,
  reason: string | null = null,
): Promise<void> {
  const ok = await updateRow(ctx.em, ledger, row.id, row.version, {
    ...changes,
    updatedAt: ctx.now,
    updatedBy: ctx.userId,
  });
  if (!ok) throw new Error(`${ledger.name} ${row.id} changed meanwhile`);
  for (const [f, v] of Object.entries(changes)) {
    ctx.audit.push({
      userId: ctx.userId,
      action,
      entity: ledger.name,
      entityId: row.id,
      field: f,
      oldValue: auditValue(row[f]),
      newValue: auditValue(v),
      reason,
    });
  }
}

/** Voids a row (never deleted) and queues its audit event with the reason. */
export async function voidAudited(ctx: SaveContext, ledger: LedgerDef, row: Row, reason: string): Promise<void> {
  const ok = await updateRow(ctx.em, ledger, row.id, row.version, {
    voidedAt: ctx.now,
    voidReason: reason,
    updatedAt: ctx.now,
    updatedBy: ctx.userId,
  });
  if (!ok) throw new Error(`${ledger.name} ${row.id} changed meanwhile`);
  ctx.audit.push({
    userId: ctx.userId,
    action: 'VOID',
    entity: ledger.name,
    entityId: row.id,
    field: null,
    oldValue: null,
    newValue: null,
    reason,
  });
}

/** Appends the queued audit events to the chain, in the caller's transaction. */
export async function commitAudit(ctx: SaveContext): Promise<void> {
  await appendAudit(ctx.em, ctx.audit, ctx.batchId, ctx.now);
}

/** Server-assigned numbers like TS-2026-000123: per prefix and year (of the date field, China time). */
export async function assignNumbers(
  ctx: SaveContext,
  ledger: LedgerDef,
  creates: Array<Record<string, unknown>>,
): Promise<void> {
  const n = ledger.numbering!;
  const byYear = new Map<string, Array<Record<string, unknown>>>();
  for (const v of creates) {
    const when = n.dateField ? v[n.dateField] : ctx.now;
    const year =
      when instanceof Date
        ? localDate(when).slice(0, 4)
        : typeof when === 'string'
          ? when.slice(0, 4)
          : localDate(ctx.now).slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), v]);
  }
  for (const [year, list] of byYear) {
    const numbers = await reserveNumbers(ctx.em, `${n.prefix}-${year}`, list.length);
    list.forEach((v, i) => (v[n.field] = `${n.prefix}-${year}-${String(numbers[i]).padStart(6, '0')}`));
  }
}
