import type { DataSource } from 'typeorm';
import { appendAudit, newBatchId, type AuditInput } from '../audit/audit-trail.js';
import { auditValue } from '../audit/audit-hash.js';
import { inTransaction } from '../db/transaction.js';
import { coerceCell } from './cell-value.js';
import { isEditableBy, storageField } from './define-ledger.js';
import { findByField, findByIds, insertRow, updateRow } from './ledger-store.js';
import type { CellError, ColumnDef, LedgerDef, Row, SaveContext } from './ledger.types.js';

export interface Actor {
  userId: number;
  role: string;
  displayName: string;
}

export interface SaveInput {
  creates?: Array<{ ref: string; values: Record<string, unknown> }> | null;
  updates?: Array<{ id: number; version: number; values: Record<string, unknown> }> | null;
  voids?: Array<{ id: number; version: number; reason: string }> | null;
}

export interface RowConflict {
  row: string;
  id: number;
  /** The fields this batch wanted to change. */
  fields: string[];
  current: Row;
}

export interface SaveResult {
  ok: boolean;
  batchId: string | null;
  errors: CellError[];
  conflicts: RowConflict[];
  /** Saved rows with their new versions; `row` is the client's key (ref or id). */
  saved: Array<{ row: string; id: number; version: number; record: Row }>;
}

export const MAX_BATCH_ROWS = 5000;

export class ForbiddenError extends Error {}

function valueEquals(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === (b ?? null);
}

interface PreparedRow {
  key: string;
  isNew: boolean;
  id?: number;
  version?: number;
  /** Coerced values by storage field; refs still hold the typed key until resolved. */
  values: Record<string, unknown>;
}

/** Step 1, no database: editability and per-cell coercion. */
function prepare(ledger: LedgerDef, actor: Actor, input: SaveInput, errors: CellError[]): PreparedRow[] {
  const rows: PreparedRow[] = [];
  const byField = new Map(ledger.columns.map((c) => [c.field, c]));
  const one = (key: string, isNew: boolean, values: Record<string, unknown>, id?: number, version?: number) => {
    const out: Record<string, unknown> = {};
    for (const [field, raw] of Object.entries(values ?? {})) {
      if (raw === undefined) continue;
      const col = byField.get(field);
      if (!col) {
        errors.push({ row: key, field, code: 'UNKNOWN_FIELD', message: `没有这一列：${field}` });
        continue;
      }
      if (!isEditableBy(ledger, col, actor.role)) {
        errors.push({ row: key, field, code: 'READ_ONLY', message: `「${col.label.zh}」不能由当前角色修改` });
        continue;
      }
      const r = coerceCell(col, raw);
      if (!r.ok) errors.push({ row: key, field, code: r.code, message: r.message });
      else out[col.field] = r.value;
    }
    if (isNew) {
      for (const col of ledger.columns) {
        if (col.required && !(col.field in out) && isEditableBy(ledger, col, actor.role) && !errors.some((e) => e.row === key && e.field === col.field)) {
          errors.push({ row: key, field: col.field, code: 'REQUIRED', message: `「${col.label.zh}」必填` });
        }
      }
    }
    rows.push({ key, isNew, id, version, values: out });
  };
  for (const c of input.creates ?? []) one(c.ref, true, c.values);
  for (const u of input.updates ?? []) one(String(u.id), false, u.values, u.id, u.version);
  return rows;
}

/** Step 2: typed keys of ref columns (customer codes…) become ids; unknown keys are cell errors. */
async function resolveRefs(ds: DataSource, ledger: LedgerDef, rows: PreparedRow[], errors: CellError[]): Promise<void> {
  for (const col of ledger.columns.filter((c) => c.type === 'ref')) {
    const target = col.ref!.ledger();
    const keys = [...new Set(rows.map((r) => r.values[col.field]).filter((v): v is string => typeof v === 'string'))];
    const found = await findByField(ds.manager, target, col.ref!.key, keys);
    const idByKey = new Map(found.map((r) => [String(r[col.ref!.key]), r.id]));
    for (const r of rows) {
      if (!(col.field in r.values)) continue;
      const key = r.values[col.field];
      delete r.values[col.field];
      if (key === null) {
        r.values[storageField(col)] = null;
        continue;
      }
      const id = idByKey.get(String(key));
      if (id === undefined) {
        errors.push({ row: r.key, field: col.field, code: 'NOT_FOUND', message: `「${col.label.zh}」${String(key)} 不存在` });
      } else r.values[storageField(col)] = id;
    }
  }
}

/** Unique columns: no two rows of the batch, and no other live row, may share a value. */
async function checkUnique(
  ds: DataSource,
  ledger: LedgerDef,
  rows: PreparedRow[],
  errors: CellError[],
): Promise<void> {
  for (const col of ledger.columns.filter((c: ColumnDef) => c.unique)) {
    const f = storageField(col);
    const seen = new Map<unknown, string>();
    const candidates = rows.filter((r) => r.values[f] !== undefined && r.values[f] !== null);
    for (const r of candidates) {
      if (seen.has(r.values[f])) {
        errors.push({ row: r.key, field: col.field, code: 'DUPLICATE', message: `「${col.label.zh}」${String(r.values[f])} 在本批中重复` });
      } else seen.set(r.values[f], r.key);
    }
    const existing = await findByField(ds.manager, ledger, f, [...seen.keys()]);
    for (const e of existing) {
      const rowKey = seen.get(e[f]);
      const r = candidates.find((c) => c.key === rowKey);
      if (r && r.id !== e.id) {
        errors.push({ row: r.key, field: col.field, code: 'DUPLICATE', message: `「${col.label.zh}」${String(e[f])} 已存在` });
      }
    }
  }
}

/**
 * The ledger engine's batch save: creates, updates (id + version + changed fields) and voids.
 * Everything is validated first; any cell error or stale version writes nothing. Otherwise all rows
 * and their audit events commit in one transaction.
 */
export async function batchSave(
  ds: DataSource,
  ledger: LedgerDef,
  actor: Actor,
  input: SaveInput,
  opts: { dryRun?: boolean; action?: string } = {},
): Promise<SaveResult> {
  if (!ledger.writeRoles.includes(actor.role)) throw new ForbiddenError(`角色 ${actor.role} 不能修改「${ledger.label.zh}」`);
  const total = (input.creates?.length ?? 0) + (input.updates?.length ?? 0) + (input.voids?.length ?? 0);
  const errors: CellError[] = [];
  if (total > MAX_BATCH_ROWS) {
    errors.push({ row: '', field: null, code: 'BATCH_TOO_LARGE', message: `一次最多保存 ${MAX_BATCH_ROWS} 行` });
    return { ok: false, batchId: null, errors, conflicts: [], saved: [] };
  }
  const refs = new Set<string>();
  for (const c of input.creates ?? []) {
    if (refs.has(c.ref)) errors.push({ row: c.ref, field: null, code: 'DUPLICATE_REF', message: `行标识 ${c.ref} 重复` });
    refs.add(c.ref);
  }
  const touched = [...(input.updates ?? []), ...(input.voids ?? [])].map((r) => r.id);
  if (new Set(touched).size !== touched.length) {
    errors.push({ row: '', field: null, code: 'DUPLICATE_ROW', message: '同一行在本批中出现多次' });
  }
  for (const v of input.voids ?? []) {
    if (!v.reason?.trim()) errors.push({ row: String(v.id), field: 'voidReason', code: 'REQUIRED', message: '作废必须填写原因' });
  }
  const rows = prepare(ledger, actor, input, errors);
  await resolveRefs(ds, ledger, rows, errors);

  const batchId = newBatchId();
  return inTransaction(ds, async (em) => {
    const now = new Date();
    const current = new Map((await findByIds(em, ledger, touched, true)).map((r) => [r.id, r]));
    const conflicts: RowConflict[] = [];
    const checkCurrent = (id: number, version: number, fields: string[]): Row | null => {
      const cur = current.get(id);
      if (!cur || cur.voidedAt) {
        errors.push({ row: String(id), field: null, code: 'NOT_FOUND', message: `第 ${id} 行不存在或已作废` });
        return null;
      }
      if (cur.version !== version) {
        conflicts.push({ row: String(id), id, fields, current: cur });
        return null;
      }
      return cur;
    };
    for (const r of rows.filter((x) => !x.isNew)) {
      const cur = checkCurrent(r.id!, r.version!, Object.keys(r.values));
      if (!cur) continue;
      for (const [f, v] of Object.entries(r.values)) if (valueEquals(cur[f], v)) delete r.values[f];
    }
    for (const v of input.voids ?? []) checkCurrent(v.id, v.version, []);
    if (ledger.hooks?.validateRow) {
      for (const r of rows) {
        const merged = r.isNew ? { ...r.values } : { ...current.get(r.id!), ...r.values };
        // a cell already rejected (e.g. an unknown customer code) is not reported twice
        const fresh = ledger.hooks.validateRow(merged, r.key, r.isNew).filter((e) => !errors.some((x) => x.row === e.row && x.field === e.field));
        errors.push(...fresh);
      }
    }
    await checkUnique(ds, ledger, rows, errors);
    if (errors.length || conflicts.length) return { ok: false, batchId: null, errors, conflicts, saved: [] };
    if (opts.dryRun) return { ok: true, batchId: null, errors: [], conflicts: [], saved: [] };

    const ctx: SaveContext = { em, userId: actor.userId, role: actor.role, displayName: actor.displayName, now };
    const writes = rows.filter((r) => r.isNew || Object.keys(r.values).length);
    await ledger.hooks?.beforeWrite?.(
      ctx,
      writes.map((r) => ({ values: r.values, previous: r.isNew ? null : current.get(r.id!)! })),
    );
    const audit: AuditInput[] = [];
    const savedIds: Array<{ row: string; id: number }> = rows
      .filter((r) => !r.isNew && !Object.keys(r.values).length)
      .map((r) => ({ row: r.key, id: r.id! }));
    for (const r of writes) {
      if (r.isNew) {
        const id = await insertRow(em, ledger, {
          ...r.values, version: 1, createdAt: now, createdBy: actor.userId, updatedAt: now, updatedBy: actor.userId,
        });
        for (const [f, v] of Object.entries(r.values)) {
          if (v !== null) audit.push({ userId: actor.userId, action: opts.action ?? 'CREATE', entity: ledger.name, entityId: id, field: f, oldValue: null, newValue: auditValue(v), reason: null });
        }
        savedIds.push({ row: r.key, id });
      } else {
        const cur = current.get(r.id!)!;
        const ok = await updateRow(em, ledger, r.id!, r.version!, { ...r.values, updatedAt: now, updatedBy: actor.userId });
        if (!ok) throw new Error(`row ${r.id} changed during save`); // guarded by the row lock above
        for (const [f, v] of Object.entries(r.values)) {
          audit.push({ userId: actor.userId, action: 'UPDATE', entity: ledger.name, entityId: r.id!, field: f, oldValue: auditValue(cur[f]), newValue: auditValue(v), reason: null });
        }
        savedIds.push({ row: r.key, id: r.id! });
      }
    }
    for (const v of input.voids ?? []) {
      await updateRow(em, ledger, v.id, v.version, { voidedAt: now, voidReason: v.reason.trim(), updatedAt: now, updatedBy: actor.userId });
      audit.push({ userId: actor.userId, action: 'VOID', entity: ledger.name, entityId: v.id, field: null, oldValue: null, newValue: null, reason: v.reason.trim() });
      savedIds.push({ row: String(v.id), id: v.id });
    }
    await appendAudit(em, audit, batchId, now);
    const saved = new Map((await findByIds(em, ledger, savedIds.map((s) => s.id))).map((r) => [r.id, r]));
    return {
      ok: true,
      batchId,
      errors: [],
      conflicts: [],
      saved: savedIds.map((s) => ({ row: s.row, id: s.id, version: saved.get(s.id)!.version, record: saved.get(s.id)! })),
    };
  });
}
