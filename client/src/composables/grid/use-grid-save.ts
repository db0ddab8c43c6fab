import { mutate } from '../../api';
import type { ColumnMeta } from '../../generated/graphql';
import { t } from '../../i18n';
import { cellFromNode, toApiValue } from '../../grid/cell-io';
import type { GridContext, GridRow } from './grid-context';
import type { PendingEdits } from './use-pending-edits';

export interface SaveResultLike {
  ok: boolean;
  errors: Array<{ row: string; field: string | null; code?: string; message: string }>;
  conflicts: Array<{ row: string; fields: string[]; current: Record<string, unknown> }>;
  saved: Array<{ row: string }>;
  /** Values shown this once (a new user's one-time password). */
  revealed?: Array<{ id: number; label: string; value: string }>;
}

type BatchInput = { creates: unknown[]; updates: unknown[] };

/** The lines grid of an order, saved in the same batch. */
export interface LinesPart {
  collectInput(): BatchInput | null;
  resultFields(): string;
  applyResult(r: SaveResultLike): boolean;
}

/** A new row holding only the cells every new row starts with (the order of a line) was never started. */
function startedOnly(ctx: GridContext, values: Record<string, unknown>): boolean {
  return !Object.keys(values).some((f) => !(f in (ctx.options.defaults ?? {})));
}

/** This grid's part of a batch, the cells that pass the client's checks; the others are marked. */
function collectCells(ctx: GridContext): BatchInput {
  ctx.store.clearErrors();
  const values = (rowId: string, v: Record<string, unknown>) => {
    const out: Record<string, unknown> = {};
    for (const [field, raw] of Object.entries(v)) {
      const m = ctx.colMeta(field);
      if (!m) continue;
      const r = toApiValue(m, raw);
      if (r.ok) out[field] = r.value;
      else ctx.store.setError(rowId, field, r.message);
    }
    return out;
  };
  const creates = ctx.store
    .newRows()
    .filter((r) => !startedOnly(ctx, r.values))
    .map((r) => {
      for (const m of ctx.columns.value)
        if (m.required && m.editable && !(m.field in r.values) && !fillsItself(ctx, m, r.values))
          ctx.store.setError(r.rowId, m.field, `「${m.zh}」必填`);
      return { ref: r.rowId, values: values(r.rowId, r.values) };
    });
  const updates = ctx.store
    .changedRows()
    .map((r) => ({ id: r.id!, version: r.version!, values: values(r.rowId, r.values) }));
  return { creates, updates };
}

/** Whether the server fills an empty cell of a new row from another it has (处理范围 from 原因类别). */
function fillsItself(ctx: GridContext, m: ColumnMeta, values: Record<string, unknown>): boolean {
  if (!m.initialFrom) return false;
  const from = JSON.parse(m.initialFrom) as { field: string; values: Record<string, unknown> };
  const source = ctx.colMeta(from.field);
  const raw = values[from.field];
  if (!source || raw === null || raw === undefined || raw === '') return false;
  const typed = toApiValue(source, raw);
  return typed.ok && from.values[String(typed.value)] !== undefined;
}

/** Shows the marked cells: their count in the message, and the grid redrawn with them. */
function showErrors(ctx: GridContext, edits: PendingEdits): void {
  ctx.message.value = t('fixErrors', { n: ctx.store.errorCount() });
  ctx.tick.value++;
  edits.redraw(false);
}

/** This grid's part of a batch; null when a cell is wrong (then marked). */
function collectInput(ctx: GridContext, edits: PendingEdits): BatchInput | null {
  const input = collectCells(ctx);
  if (!ctx.store.errorCount()) return input;
  showErrors(ctx, edits);
  return null;
}

/**
 * When the client's checks found wrong cells, the server checks the rest in the same round (a dry
 * run: nothing is written), so every wrong cell of the batch is marked at once, not one kind per save.
 */
async function checkRestOnServer(ctx: GridContext, edits: PendingEdits, input: BatchInput): Promise<void> {
  const l = ctx.ledger.value;
  if (input.creates.length || input.updates.length) {
    const r = await mutate<Record<string, SaveResultLike>>(
      `mutation Check($input: Save${l.typeName}Input!) { save${l.typeName}s(input: $input, dryRun: true) { ok errors { row field code message } conflicts { row fields } saved { row } } }`,
      { input },
    );
    for (const e of r.data?.[`save${l.typeName}s`].errors ?? []) {
      const field = e.field ?? l.columns[0].field;
      if (!ctx.store.errors.get(e.row)?.has(field)) ctx.store.setError(e.row, field, e.message);
    }
  }
  showErrors(ctx, edits);
}

/** Fields to select on a save result so conflicts come back as rows the grid can show. */
function resultFields(ctx: GridContext): string {
  const l = ctx.ledger.value;
  const fields = ['id', 'version', ...l.columns.map((c) => c.storageField)].join(' ');
  const refs = l.columns
    .filter((c) => c.type === 'ref')
    .map((c) => `${c.field} { id ${c.refKey} }`)
    .join(' ');
  return `ok errors { row field code message } conflicts { row id fields current { ${fields} ${refs} } } saved { row id version } revealed { id label value }`;
}

/** Refusals the user may overrule by saying so (a 补录 that changes a frozen report, which is then generated again). */
const CONFIRMABLE = new Set(['REGENERATE_REPORTS']);

/** Shows a save's outcome: errors and conflicts on their cells, or the saved rows reloaded. */
function applyResult(ctx: GridContext, edits: PendingEdits, res: SaveResultLike): boolean {
  ctx.confirming.value = null;
  if (!res.ok) {
    if (res.errors.length && !res.conflicts.length && res.errors.every((e) => CONFIRMABLE.has(e.code ?? ''))) {
      ctx.confirming.value = {
        codes: [...new Set(res.errors.map((e) => e.code!))],
        message: [...new Set(res.errors.map((e) => e.message))].join('；'),
      };
    }
    for (const e of res.errors) ctx.store.setError(e.row, e.field ?? ctx.ledger.value.columns[0].field, e.message);
    for (const c of res.conflicts) {
      const theirs: Record<string, unknown> = {};
      for (const m of ctx.columns.value) theirs[m.field] = cellFromNode(m, c.current);
      const fields = c.fields.map((f) => ctx.columns.value.find((m) => m.storageField === f)?.field ?? f);
      ctx.store.conflicts.set(c.row, { fields, theirs, theirVersion: c.current.version as number });
    }
    ctx.message.value = res.conflicts.length ? t('conflictTitle') : t('fixErrors', { n: res.errors.length });
    ctx.tick.value++;
    edits.redraw(false);
    return false;
  }
  const untouched = ctx.store
    .newRows()
    .filter((x) => startedOnly(ctx, x.values))
    .map((x) => x.rowId);
  ctx.store.saved(res.saved.map((x) => x.row).concat(untouched));
  ctx.revealed.value = res.revealed ?? [];
  ctx.message.value = t('saved', { n: res.saved.length });
  edits.redraw(true);
  return true;
}

/** Saves this grid's edits — with its lines grid's edits in the same batch when given. */
async function save(
  ctx: GridContext,
  edits: PendingEdits,
  lines?: LinesPart,
  confirm: string[] = [],
): Promise<boolean> {
  const l = ctx.ledger.value;
  const cells = collectCells(ctx);
  if (ctx.store.errorCount()) {
    await checkRestOnServer(ctx, edits, cells);
    return false;
  }
  const input = cells;
  const lineInput = lines?.collectInput();
  if (lines && !lineInput) return false;
  if (!input.creates.length && !input.updates.length && !lineInput?.creates.length && !lineInput?.updates.length)
    return true;
  const withLines = lineInput && (lineInput.creates.length || lineInput.updates.length);
  const r = await mutate<Record<string, SaveResultLike & { lines?: SaveResultLike }>>(
    `mutation Save($input: Save${l.typeName}Input!, $confirm: [String!]) { save${l.typeName}s(input: $input, confirm: $confirm) { ${resultFields(ctx)} ${lines ? `lines { ${lines.resultFields()} }` : ''} } }`,
    { input: withLines ? { ...input, lines: lineInput } : input, confirm },
  );
  const res = r.data?.[`save${l.typeName}s`];
  if (!res) {
    ctx.message.value = r.error?.message ?? t('requestFailed', { n: '' });
    return false;
  }
  const okLines = lines && res.lines ? lines.applyResult(res.lines) : true;
  return applyResult(ctx, edits, res) && okLines;
}

/** Runs a workflow command on a saved row (its pending edits must be saved first). */
async function runAction(
  ctx: GridContext,
  edits: PendingEdits,
  row: GridRow,
  mutation: string,
  needs: Record<string, unknown>,
): Promise<string | null> {
  if (ctx.store.changedRows().some((r) => r.rowId === row.__rowId)) return t('saveFirst');
  // a number goes as a literal, which GraphQL takes for an Int and for a Float argument alike (清点数量, 退款金额)
  const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
  const vars = Object.fromEntries(Object.entries(needs).filter(([, v]) => !isNumber(v)));
  const argDefs = Object.keys(vars)
    .map((k) => `, $${k}: ${typeof vars[k] === 'boolean' ? 'Boolean!' : 'String!'}`)
    .join('');
  const args = Object.entries(needs)
    .map(([k, v]) => `, ${k}: ${isNumber(v) ? String(v) : `$${k}`}`)
    .join('');
  const r = await mutate<Record<string, { id: number }>>(
    `mutation Run($id: Int!, $version: Int!${argDefs}) { ${mutation}(id: $id, version: $version${args}) { id version } }`,
    { id: row.__id, version: row.__version, ...vars },
  );
  if (r.error) return r.error.message;
  edits.redraw(true);
  return null;
}

/** Voids a saved row with its reason (one batch save of one void); answers the server's message when refused. */
async function voidRow(ctx: GridContext, edits: PendingEdits, row: GridRow, reason: string): Promise<string | null> {
  if (ctx.store.changedRows().some((r) => r.rowId === row.__rowId)) return t('saveFirst');
  const l = ctx.ledger.value;
  const r = await mutate<Record<string, SaveResultLike>>(
    `mutation Void($input: Save${l.typeName}Input!) { save${l.typeName}s(input: $input) { ok errors { row field code message } conflicts { row fields } } }`,
    { input: { voids: [{ id: row.__id, version: row.__version, reason }] } },
  );
  const res = r.data?.[`save${l.typeName}s`];
  if (!res) return r.error?.message ?? t('requestFailed', { n: '' });
  if (res.conflicts.length) return t('conflictTitle');
  if (!res.ok) return res.errors.map((e) => e.message).join('；');
  ctx.message.value = t('voidedOne', { n: String(row[l.keyField ?? ''] ?? row.__id) });
  edits.redraw(true);
  return null;
}

/** One batch save of the pending edits: checked first with the server's cell rules, errors and conflicts shown on their cells. */
export function useGridSave(ctx: GridContext, edits: PendingEdits) {
  return {
    collectInput: () => collectInput(ctx, edits),
    resultFields: () => resultFields(ctx),
    applyResult: (res: SaveResultLike) => applyResult(ctx, edits, res),
    save: (lines?: LinesPart, confirm?: string[]) => save(ctx, edits, lines, confirm),
    runAction: (row: GridRow, mutation: string, needs: Record<string, unknown>) =>
      runAction(ctx, edits, row, mutation, needs),
    voidRow: (row: GridRow, reason: string) => voidRow(ctx, edits, row, reason),
  };
}
