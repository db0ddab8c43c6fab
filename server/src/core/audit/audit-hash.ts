import { createHash } from 'node:crypto';

/** One entry of the trail, as hashed. */
export interface AuditEntry {
  seq: number;
  at: Date;
  userId: number | null;
  action: string;
  entity: string;
  entityId: number | null;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  batchId: string;
  reason: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/**
 * Text as both databases store and return it: a lone UTF-16 surrogate cannot be stored (MySQL and
 * SQLite keep UTF-8) and comes back as U+FFFD, so it is hashed — and written — as U+FFFD.
 */
export function storedText<T extends string | null>(s: T): T {
  return (
    s === null ? s : s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
  ) as T;
}

/** The canonical form hashed for an entry: a JSON array in fixed order, text as stored. */
export function canonicalEntry(e: AuditEntry): string {
  return JSON.stringify([
    e.seq,
    e.at.toISOString(),
    e.userId,
    storedText(e.action),
    storedText(e.entity),
    e.entityId,
    storedText(e.field),
    storedText(e.oldValue),
    storedText(e.newValue),
    e.batchId,
    storedText(e.reason),
  ]);
}

/** hash = SHA-256(canonical entry ‖ previous hash), hex. */
export function chainHash(e: AuditEntry, prevHash: string): string {
  return createHash('sha256').update(canonicalEntry(e)).update(prevHash).digest('hex');
}

/** The string form a cell value takes in the trail. */
export function auditValue(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
