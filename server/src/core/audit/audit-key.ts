import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DataSource } from 'typeorm';

/**
 * The key that signs the trail's checkpoints. It must not live in the database: whoever can rewrite
 * the database can recompute a hash chain, but not a signature without this key.
 */
export interface AuditKey {
  key: Buffer;
  /** Where it came from: the AUDIT_KEY variable, a key file in the data dir, or generated just now. */
  source: 'env' | 'file' | 'generated';
  /** Set when the trail was signed with another key: this instance must not sign (says which key is expected). */
  refused?: string;
}

const keys = new WeakMap<DataSource, AuditKey>();

/** AUDIT_KEY (hex or any text ≥ 32 characters), else `<dataDir>/audit.key`, created on first start. */
export function resolveAuditKey(dataDir: string, envKey: string | undefined): AuditKey {
  if (envKey?.trim()) {
    const text = envKey.trim();
    if (text.length < 32) throw new Error('AUDIT_KEY must be at least 32 characters (64 hex digits recommended)');
    return { key: /^[0-9a-f]{64,}$/i.test(text) ? Buffer.from(text, 'hex') : Buffer.from(text, 'utf8'), source: 'env' };
  }
  const file = path.join(dataDir, 'audit.key');
  if (fs.existsSync(file)) return { key: Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'hex'), source: 'file' };
  fs.mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  try {
    fs.writeFileSync(file, `${key.toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  } catch (e) {
    // another process sharing the data dir wrote it first: use that one
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return resolveAuditKey(dataDir, undefined);
    throw e;
  }
  return { key, source: 'generated' };
}

export function attachAuditKey(ds: DataSource, key: AuditKey): void {
  keys.set(ds, key);
}

export function auditKeyOf(ds: DataSource): AuditKey {
  const k = keys.get(ds);
  if (!k) throw new Error('no audit key attached to this data source (openDatabase attaches it)');
  return k;
}

/**
 * A key's fingerprint, stored with every checkpoint: an instance can tell that it holds another key
 * than the one that signed the trail without the key ever being in the database.
 */
export function keyFingerprint(key: Buffer): string {
  return createHash('sha256').update('ServiceLedger audit key\n').update(key).digest('hex').slice(0, 16);
}

/** HMAC-SHA-256 of a text, hex. */
export function hmacHex(key: Buffer, text: string): string {
  return createHmac('sha256', key).update(text).digest('hex');
}

/** Constant-time comparison of a hex signature with the one the key gives for `text`. */
export function hmacOk(key: Buffer, text: string, signature: string): boolean {
  const want = Buffer.from(hmacHex(key, text), 'hex');
  const got = Buffer.from(/^[0-9a-f]*$/i.test(signature) ? signature : '', 'hex');
  return got.length === want.length && timingSafeEqual(got, want);
}

/** The signature of a checkpoint before checkpoints were chained (migration 0019 checks them once, then chains on). */
export function legacyCheckpointSignatureOk(key: Buffer, seq: number, hash: string, signature: string): boolean {
  return hmacOk(key, `${seq}:${hash}`, signature);
}
