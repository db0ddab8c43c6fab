import { describe, expect, it } from 'vitest';
import { auditValue, chainHash, GENESIS_HASH, type AuditEntry } from './audit-hash.js';

const entry: AuditEntry = {
  seq: 1,
  at: new Date('2026-01-05T02:00:00Z'),
  userId: 2,
  action: 'UPDATE',
  entity: 'complaint',
  entityId: 7,
  field: 'result',
  oldValue: null,
  newValue: '已更换',
  batchId: 'b1',
  reason: null,
};

describe('audit hash chain', () => {
  it('depends on every field and on the previous hash', () => {
    const h = chainHash(entry, GENESIS_HASH);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash({ ...entry, newValue: '已退货' }, GENESIS_HASH)).not.toBe(h);
    expect(chainHash(entry, h)).not.toBe(h);
    expect(chainHash(entry, GENESIS_HASH)).toBe(h);
  });
  it('stores values as text', () => {
    expect(auditValue(new Date('2026-01-05T02:00:00Z'))).toBe('2026-01-05T02:00:00.000Z');
    expect(auditValue(true)).toBe('true');
    expect(auditValue(undefined)).toBeNull();
  });
});
