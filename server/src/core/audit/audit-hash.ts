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

/** The canonical form hashed for an entry: a JSON array in fixed order. */
export function canonicalEntry(e: AuditEntry): string {
  return JSON.stringify([
    e.seq,
    e.at.toISOString(),
    e.userId,
    e.action,
    e.entity,
    e.entityId,
    e.field,
    e.oldValue,
    e.newValue,
    e.batchId,
    e.reason,
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
