import type { DataSource, EntityManager } from 'typeorm';
import { newBatchId } from '../../audit/audit-trail.js';
import { inTransaction } from '../../db/transaction.js';
import { coerceCell, textProblem } from '../../../../../common/cell-value.js';
import { checkPeriodLocks, isBackfill, mayWriteCell, readOnlyMessage } from './backfill.js';
import { isEditableBy, refOf, storageField } from '../schema/define-ledger.js';
import { findByField, findByIds } from '../query/ledger-store.js';
import { byDepartmentOnly, checkDepartmentGrants, rowsRefusedToDepartmentWriters } from './department-grant.js';
import { assignNumbers, commitAudit, insertAudited, updateAudited, voidAudited } from './row-writer.js';

import type { CellError, ColumnDef, LedgerDef, RevealedValue, Row, SaveContext } from '../schema/ledger.types.js';

export interface Actor {
  userId: number;
  role: string;
  displayName: string;
  /** The user's department: cells a ledger opens to a row's own department (editableByDepartment). */
  departmentId?: number | null;
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
  /** Values shown once (one-time passwords of new users), by row id. */
  revealed: RevealedValue[];
}

export const MAX_BATCH_ROWS = 5000;

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
  /** A change to what an approval vouched for sent the row back to the start of its approval. */
  reopened?: boolean;
  /** Cells the writer may write only as one of the row's department, checked once the row is read. */
  byDepartment?: string[];
  /** Cells filled from the declaration (initial / initialFrom), not typed: a reference it names may be missing. */
  proposed?: Set<string>;
}

/** Why a row went back to the start of its approval, in the trail beside each of its changed cells. */
export const REOPENED_REASON = '修改了已提交或已核准的审批内容，退回重新审批';

/**
 * Approvals freeze what they approved: a change to an approved field of a row under approval sends it
 * back to the start of its approval (the ledger's `approval.reopen`), or is refused cell by cell when
 * the approved fields may no longer change.
 */
function reopenApprovals(ledger: LedgerDef, rows: PreparedRow[], current: Map<number, Row>, errors: CellError[]): void {
  const approval = ledger.approval;
  if (!approval) return;
  for (const r of rows.filter((x) => !x.isNew)) {
    const touched = approval.fields.filter((f) => f in r.values);
    const cur = current.get(r.id!);
    if (!touched.length || !cur) continue;
    const outcome = approval.reopen(cur);
    if (!outcome) continue;
    if ('refused' in outcome) {
      for (const f of touched) {
        const column = ledger.columns.find((c) => storageField(c) === f);
        errors.push({
          row: r.key,
          field: column?.field ?? f,
          code: 'APPROVED',
          message: `「${column?.label.zh ?? f}」${outcome.refused}`,
        });
      }
    } else {
      Object.assign(r.values, outcome.values);
      r.reopened = true;
    }
  }
}

/** Step 1, no database: editability and per-cell coercion. */
function prepare(ledger: LedgerDef, actor: Actor, input: SaveInput, errors: CellError[]): PreparedRow[] {
  const rows: PreparedRow[] = [];
  const byField = new Map(ledger.columns.map((c) => [c.field, c]));
  const one = (key: string, isNew: boolean, values: Record<string, unknown>, id?: number, version?: number) => {
    const out: Record<string, unknown> = {};
    const byDepartment: string[] = [];
    const proposed = new Set<string>();
    const flag = ledger.backfill && byField.get(ledger.backfill.flag);
    const typedFlag = flag && values?.[flag.field] != null ? coerceCell(flag, values[flag.field]) : null;
    const backfill = isNew && !!typedFlag?.ok && typedFlag.value === true;
    for (const [field, raw] of Object.entries(values ?? {})) {
      if (raw === undefined) continue;
      const col = byField.get(field);
      if (!col) {
        errors.push({ row: key, field, code: 'UNKNOWN_FIELD', message: `没有这一列：${field}` });
        continue;
      }
      if (!mayWriteCell(ledger, col, actor.role, isNew, backfill)) {
        if (!byDepartmentOnly(ledger, col, actor.role, isNew)) {
          errors.push({ row: key, field, code: 'READ_ONLY', message: readOnlyMessage(ledger, col, isNew) });
          continue;
        }
        byDepartment.push(col.field);
      }
      const r = coerceCell(col, raw);
      if (!r.ok) errors.push({ row: key, field, code: r.code, message: r.message });
      else out[col.field] = r.value;
    }
    if (isNew) {
      // an empty cell of a new row is one where nothing was typed (a blank 匿名 in an imported line is 否)
      for (const col of ledger.columns) {
        const initial = col.initialFrom ? col.initialFrom.values[String(out[col.initialFrom.field])] : col.initial;
        if (
          initial !== undefined &&
          (out[col.field] ?? null) === null &&
          !errors.some((e) => e.row === key && e.field === col.field)
        ) {
          out[col.field] = initial;
          proposed.add(col.field);
        }
      }
      for (const col of ledger.columns) {
        if (
          col.required &&
          !(col.field in out) &&
          isEditableBy(ledger, col, actor.role) &&
          !errors.some((e) => e.row === key && e.field === col.field)
        ) {
          errors.push({ row: key, field: col.field, code: 'REQUIRED', message: `「${col.label.zh}」必填` });
        }
      }
    }
    rows.push({ key, isNew, id, version, values: out, byDepartment, proposed });
  };
  errors.push(
    ...rowsRefusedToDepartmentWriters(ledger, actor.role, [
      ...(input.creates ?? []).map((c) => ({ key: c.ref, kind: 'create' as const })),
      ...(input.voids ?? []).map((v) => ({ key: String(v.id), kind: 'void' as const })),
    ]),
  );
  for (const c of input.creates ?? []) one(c.ref, true, c.values);
  for (const u of input.updates ?? []) one(String(u.id), false, u.values, u.id, u.version);
  return rows;
}

/**
 * A referenced ledger's rows by what a clerk typed: its key (C0017) first, then — where the ledger
 * names its rows — its name (上海盛隆印刷科技有限公司). A name two live rows share is answered with
 * both, to be told apart by key. Two statements a ref column, whatever the batch size.
 */
async function rowsByKeyOrName(
  em: EntityManager,
  target: LedgerDef,
  key: string,
  typed: string[],
): Promise<{ ids: Map<string, number>; ambiguous: Map<string, Row[]> }> {
  const ids = new Map((await findByField(em, target, key, typed)).map((r) => [String(r[key]), r.id]));
  const ambiguous = new Map<string, Row[]>();
  const rest = typed.filter((t) => !ids.has(t));
  if (target.nameField && rest.length) {
    const byName = new Map<string, Row[]>();
    for (const r of (await findByField(em, target, target.nameField, rest)).filter((x) => !x.voidedAt)) {
      byName.set(String(r[target.nameField]), [...(byName.get(String(r[target.nameField])) ?? []), r]);
    }
    for (const [name, found] of byName) {
      if (found.length === 1) ids.set(name, found[0].id);
      else ambiguous.set(name, found);
    }
  }
  return { ids, ambiguous };
}

/** Step 2: typed keys or names of ref columns (customer codes or names…) become ids; unknown or ambiguous ones are cell errors. */
async function resolveRefs(
  em: EntityManager,
  ledger: LedgerDef,
  rows: PreparedRow[],
  errors: CellError[],
  created?: CreatedRefs,
): Promise<void> {
  for (const col of ledger.columns.filter((c) => c.type === 'ref')) {
    const target = refOf(col).ledger();
    const keys = [
      ...new Set(
        rows.map((r) => r.values[col.field]).filter((v): v is string => typeof v === 'string' && !v.startsWith('@')),
      ),
    ];
    const { ids: idByKey, ambiguous } = await rowsByKeyOrName(em, target, refOf(col).key, keys);
    for (const [ref, id] of created?.get(target.name) ?? []) idByKey.set(`@${ref}`, id);
    for (const r of rows) {
      if (!(col.field in r.values)) continue;
      const key = r.values[col.field];
      delete r.values[col.field];
      if (key === null) {
        r.values[storageField(col)] = null;
        continue;
      }
      const id = idByKey.get(String(key));
      const twins = ambiguous.get(String(key));
      if (twins) {
        const which = twins.map((t) => `${String(t[refOf(col).key])}`).join('、');
        errors.push({
          row: r.key,
          field: col.field,
          code: 'AMBIGUOUS',
          message: `「${col.label.zh}」有 ${twins.length} 个都叫「${String(key)}」（${which}），请填写编号`,
        });
      } else if (id === undefined && r.proposed?.has(col.field)) {
        r.values[storageField(col)] = null; // a proposal naming a row this installation lacks proposes nothing
      } else if (id === undefined) {
        const nameLabel = target.nameField ? target.columns.find((c) => c.field === target.nameField)?.label.zh : null;
        errors.push({
          row: r.key,
          field: col.field,
          code: 'NOT_FOUND',
          message: `「${col.label.zh}」${String(key)} 不存在${nameLabel ? `（可填${target.columns.find((c) => c.field === refOf(col).key)?.label.zh ?? '编号'}或${nameLabel}）` : ''}`,
        });
      } else r.values[storageField(col)] = id;
    }
  }
}

/** Unique columns: no two rows of the batch, and no other live row, may share a value. */
async function checkUnique(
  em: EntityManager,
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
        errors.push({
          row: r.key,
          field: col.field,
          code: 'DUPLICATE',
          message: `「${col.label.zh}」${String(r.values[f])} 在本批中重复`,
        });
      } else seen.set(r.values[f], r.key);
    }
    const existing = await findByField(em, ledger, f, [...seen.keys()]);
    for (const e of existing) {
      const rowKey = seen.get(e[f]);
      const r = candidates.find((c) => c.key === rowKey);
      if (r && r.id !== e.id) {
        errors.push({
          row: r.key,
          field: col.field,
          code: 'DUPLICATE',
          message: `「${col.label.zh}」${String(e[f])} 已存在`,
        });
      }
    }
  }
}

export interface SaveOptions {
  dryRun?: boolean;
  /** Audit action of created rows (IMPORT for imports). */
  action?: string;
  /** Warnings the user accepted, by code (regenerating the frozen reports a 补录 changes). */
  confirmed?: readonly string[];
  /** Told as each step of a save begins, with the rows it takes (a long import shows where it is). */
  onStep?: (step: SaveStep, rows: number) => void;
}

/** The steps of a save a user can be told of: references looked up, rules checked, rows written. */
export type SaveStep = 'references' | 'rules' | 'write';

/** Aborts the surrounding transaction carrying the answer (a later part of a multi-ledger batch failed). */
class Rollback extends Error {
  constructor(readonly results: SaveResult[]) {
    super('rollback');
  }
}

function refuse(errors: CellError[], conflicts: RowConflict[] = []): SaveResult {
  return { ok: false, batchId: null, errors, conflicts, saved: [], revealed: [] };
}

/** Checks that need no database: batch size, duplicate keys, void reasons, cells. */
function precheck(ledger: LedgerDef, actor: Actor, input: SaveInput, errors: CellError[]): PreparedRow[] | null {
  const total = (input.creates?.length ?? 0) + (input.updates?.length ?? 0) + (input.voids?.length ?? 0);
  if (total > MAX_BATCH_ROWS) {
    errors.push({ row: '', field: null, code: 'BATCH_TOO_LARGE', message: `一次最多保存 ${MAX_BATCH_ROWS} 行` });
    return null;
  }
  const refs = new Set<string>();
  for (const c of input.creates ?? []) {
    if (refs.has(c.ref))
      errors.push({ row: c.ref, field: null, code: 'DUPLICATE_REF', message: `行标识 ${c.ref} 重复` });
    refs.add(c.ref);
  }
  const touched = [...(input.updates ?? []), ...(input.voids ?? [])].map((r) => r.id);
  if (new Set(touched).size !== touched.length) {
    errors.push({ row: '', field: null, code: 'DUPLICATE_ROW', message: '同一行在本批中出现多次' });
  }
  for (const v of input.voids ?? []) {
    const bad = v.reason ? textProblem(v.reason) : null;
    if (!v.reason?.trim())
      errors.push({ row: String(v.id), field: 'voidReason', code: 'REQUIRED', message: '作废必须填写原因' });
    else if (bad)
      errors.push({ row: String(v.id), field: 'voidReason', code: bad.code, message: `作废原因${bad.message}` });
  }
  return prepare(ledger, actor, input, errors);
}

/** Rows created earlier in the same transaction, by ledger and client ref: lets a line point at its new order ("@ref"). */
export type CreatedRefs = Map<string, Map<string, number>>;

/**
 * Locks the rows to update or void, checks each is live, at the version the clerk edited and not
 * frozen; drops cells that did not change. Stale rows become conflicts with their current values.
 */
async function lockCurrent(
  em: EntityManager,
  ledger: LedgerDef,
  rows: PreparedRow[],
  input: SaveInput,
  errors: CellError[],
  conflicts: RowConflict[],
  role: string,
): Promise<Map<number, Row>> {
  const touched = [...(input.updates ?? []), ...(input.voids ?? [])].map((r) => r.id);
  const current = new Map((await findByIds(em, ledger, touched, true)).map((r) => [r.id, r]));
  const check = async (id: number, version: number, fields: string[]): Promise<Row | null> => {
    const cur = current.get(id);
    if (!cur || cur.voidedAt) {
      errors.push({ row: String(id), field: null, code: 'NOT_FOUND', message: `第 ${id} 行不存在或已作废` });
      return null;
    }
    if (cur.version !== version) {
      conflicts.push({ row: String(id), id, fields, current: cur });
      return null;
    }
    const frozen = await ledger.hooks?.frozen?.(cur, em);
    if (frozen) {
      errors.push({ row: String(id), field: null, code: 'FROZEN', message: frozen });
      return null;
    }
    return cur;
  };
  for (const r of rows.filter((x) => !x.isNew)) {
    const cur = await check(r.id!, r.version!, Object.keys(r.values));
    if (!cur) continue;
    for (const [f, v] of Object.entries(r.values)) if (valueEquals(cur[f], v)) delete r.values[f];
  }
  for (const v of input.voids ?? []) {
    const cur = await check(v.id, v.version, []);
    const kept = cur && ledger.hooks?.voidable?.(cur, role);
    if (kept) errors.push({ row: String(v.id), field: null, code: 'KEPT', message: kept });
  }
  return current;
}

/** The ledger's row rules over each merged row, uniqueness, then its batch rules. */
async function validateRows(
  ctx: SaveContext,
  ledger: LedgerDef,
  rows: PreparedRow[],
  current: Map<number, Row>,
  errors: CellError[],
  conflicts: RowConflict[],
): Promise<void> {
  const merged = rows.map((r) => ({
    key: r.key,
    isNew: r.isNew,
    row: r.isNew ? { ...r.values } : { ...current.get(r.id!), ...r.values },
    values: r.values,
  }));
  // a cell already rejected (e.g. an unknown customer code) is not reported twice
  const fresh = (list: CellError[]) => list.filter((e) => !errors.some((x) => x.row === e.row && x.field === e.field));
  if (ledger.hooks?.validateRow)
    for (const m of merged) errors.push(...fresh(ledger.hooks.validateRow(m.row, m.key, m.isNew)));
  await checkUnique(ctx.em, ledger, rows, errors);
  if (ledger.hooks?.validateBatch && !conflicts.length)
    errors.push(...fresh(await ledger.hooks.validateBatch(ctx, merged)));
}

/**
 * Numbers, derived cells (beforeWrite), then every insert, update and void through the row writer,
 * afterWrite, and the audit events. Answers the saved rows' keys and ids, or the cells beforeWrite refused.
 */
async function writeRows(
  ctx: SaveContext,
  ledger: LedgerDef,
  rows: PreparedRow[],
  current: Map<number, Row>,
  input: SaveInput,
  opts: SaveOptions & { created?: CreatedRefs },
): Promise<{ saved: Array<{ row: string; id: number }> } | { refused: CellError[] }> {
  const writes = rows.filter((r) => r.isNew || Object.keys(r.values).length);
  if (ledger.numbering)
    await assignNumbers(
      ctx,
      ledger,
      writes.filter((r) => r.isNew).map((r) => r.values),
    );
  const derived = await ledger.hooks?.beforeWrite?.(
    ctx,
    writes.map((r) => ({ key: r.key, values: r.values, previous: r.isNew ? null : current.get(r.id!)! })),
  );
  if (derived?.length) return { refused: derived };
  const saved = rows.filter((r) => !r.isNew && !Object.keys(r.values).length).map((r) => ({ row: r.key, id: r.id! }));
  const written: Array<{ id: number; values: Record<string, unknown>; previous: Row | null }> = [];
  for (const r of writes) {
    if (r.isNew) {
      const id = await insertAudited(
        ctx,
        ledger,
        r.values,
        isBackfill(ledger, r.values) ? 'BACKFILL' : (opts.action ?? 'CREATE'),
      );
      if (opts.created) {
        const refs = opts.created.get(ledger.name) ?? new Map<string, number>();
        opts.created.set(ledger.name, refs.set(r.key, id));
      }
      saved.push({ row: r.key, id });
      written.push({ id, values: r.values, previous: null });
    } else {
      const cur = current.get(r.id!)!;
      await updateAudited(ctx, ledger, cur, r.values, 'UPDATE', r.reopened ? REOPENED_REASON : null); // the row lock guards the version
      saved.push({ row: r.key, id: r.id! });
      written.push({ id: r.id!, values: r.values, previous: cur });
    }
  }
  for (const v of input.voids ?? []) {
    await voidAudited(ctx, ledger, current.get(v.id)!, v.reason.trim());
    saved.push({ row: String(v.id), id: v.id });
    written.push({
      id: v.id,
      values: { voidedAt: ctx.now, voidReason: v.reason.trim() },
      previous: current.get(v.id)!,
    });
  }
  await ledger.hooks?.afterWrite?.(ctx, written);
  await commitAudit(ctx);
  return { saved };
}

/**
 * One ledger's part of a batch inside the caller's transaction, in named steps: coerce (precheck),
 * resolve refs, lock and version-check, validate, write. Writes nothing when it refuses.
 */
export async function saveInTransaction(
  em: EntityManager,
  ledger: LedgerDef,
  actor: Actor,
  input: SaveInput,
  opts: SaveOptions & { batchId: string; now: Date; created?: CreatedRefs; afterCommit?: Array<() => Promise<void>> },
): Promise<SaveResult> {
  const errors: CellError[] = [];
  const conflicts: RowConflict[] = [];
  const rows = precheck(ledger, actor, input, errors);
  if (!rows) return refuse(errors);
  opts.onStep?.('references', rows.length);
  await resolveRefs(em, ledger, rows, errors, opts.created);
  const current = await lockCurrent(em, ledger, rows, input, errors, conflicts, actor.role);
  checkDepartmentGrants(ledger, rows, current, actor.departmentId, errors);
  const ctx: SaveContext = {
    em,
    userId: actor.userId,
    role: actor.role,
    displayName: actor.displayName,
    now: opts.now,
    audit: [],
    batchId: opts.batchId,
    revealed: [],
    confirmed: opts.confirmed,
    afterCommit: opts.afterCommit,
  };
  opts.onStep?.('rules', rows.length);
  await validateRows(ctx, ledger, rows, current, errors, conflicts);
  await checkPeriodLocks(ctx, ledger, rows, errors);
  reopenApprovals(ledger, rows, current, errors);
  if (errors.length || conflicts.length) return refuse(errors, conflicts);
  if (opts.dryRun) return { ok: true, batchId: null, errors: [], conflicts: [], saved: [], revealed: [] };
  opts.onStep?.('write', rows.length);
  const out = await writeRows(ctx, ledger, rows, current, input, opts);
  if ('refused' in out) return refuse(out.refused); // the caller rolls the transaction back
  const stored = new Map(
    (
      await findByIds(
        em,
        ledger,
        out.saved.map((x) => x.id),
      )
    ).map((r) => [r.id, r]),
  );
  return {
    ok: true,
    batchId: opts.batchId,
    errors: [],
    conflicts: [],
    saved: out.saved.map((x) => ({
      row: x.row,
      id: x.id,
      version: stored.get(x.id)!.version,
      record: stored.get(x.id)!,
    })),
    revealed: ctx.revealed ?? [],
  };
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
  opts: SaveOptions = {},
): Promise<SaveResult> {
  const [result] = await saveTogether(ds, actor, [{ ledger, input }], opts);
  return result;
}

/**
 * Several ledgers' batches in one transaction — an order with its lines. A line may point at an
 * order created in the same batch by writing "@<ref of the order>" in its ref cell. All or nothing.
 */
export async function saveTogether(
  ds: DataSource,
  actor: Actor,
  parts: Array<{ ledger: LedgerDef; input: SaveInput }>,
  opts: SaveOptions = {},
): Promise<SaveResult[]> {
  const batchId = newBatchId();
  const now = new Date();
  // what one attempt of the transaction made and what it leaves for after the commit: kept per attempt
  // (a transaction the database refuses runs again from the start)
  let afterCommit: Array<() => Promise<void>> = [];
  try {
    const saved = await inTransaction(ds, async (em) => {
      const created: CreatedRefs = new Map();
      afterCommit = [];
      const results: SaveResult[] = [];
      for (const p of parts) {
        const r = await saveInTransaction(em, p.ledger, actor, p.input, {
          ...opts,
          batchId,
          now,
          created,
          afterCommit,
        });
        results.push(r);
        if (!r.ok) {
          // answer every part: the failing one with its errors, the others as not written
          while (results.length < parts.length)
            results.push({ ok: false, batchId: null, errors: [], conflicts: [], saved: [], revealed: [] });
          throw new Rollback(results.map((x) => ({ ...x, ok: false, batchId: null, saved: [], revealed: [] })));
        }
      }
      return results;
    });
    if (!opts.dryRun) for (const task of afterCommit) await task();
    return saved;
  } catch (e) {
    if (e instanceof Rollback) return e.results;
    throw e;
  }
}
