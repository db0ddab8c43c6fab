import type { Writable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { readsEveryMasked } from './schema/masking.js';
import { ledgerAsOf, recordAsOf, type RowAsOf } from './trail/as-of.js';
import { saveTogether, type Actor, type SaveInput, type SaveOptions, type SaveResult } from './write/batch-save.js';
import { getLedger } from './schema/define-ledger.js';
import { exportLedger, type ExportFormat, type ExportSummary } from './files/export.js';
import { importLedger, type ImportReport } from './files/import.js';
import { LedgerInputError } from './schema/ledger-input-error.js';
import type { LedgerDef, Row } from './schema/ledger.types.js';
import { listLedger, MAX_PAGE, planQuery, type ListArgs, type ListPage } from './query/list-query.js';
import { columnOfStored, shownTo } from './schema/masking.js';
import { may, roleLabel, type LedgerAction } from './schema/permissions.js';
import { rowHistory, type RowHistoryEntry } from './trail/row-history.js';
import { displayedCells } from './trail/trail-display.js';

/**
 * The ledger service: every door to a ledger's rows (GraphQL, the file routes, the auditor's
 * queries) goes through these functions, which take the caller, the ledger and plain arguments and
 * check, once, who may (authorize), what they may see (masking, in the one filter walker) and what
 * they sent (LedgerInputError naming the argument). Transports only convert inputs and errors.
 */

/** Refused by the ledger's declaration of who may read, write, export or import it. */
export class ForbiddenError extends Error {}

const DOING: Record<LedgerAction, string> = { read: '查看', write: '修改', export: '导出', import: '导入' };

/** The one role check of every ledger operation: who may is the ledger's declaration (permissions.ts). */
export function authorize(actor: Pick<Actor, 'role'>, ledger: LedgerDef, action: LedgerAction): void {
  if (!may(ledger, action, actor.role))
    throw new ForbiddenError(`「${roleLabel(actor.role)}」角色不能${DOING[action]}「${ledger.label.zh}」`);
}

/** Refuses `what` (an attachment of a sensitive category) to one who does not read every masked column of the ledger. */
export function authorizeMasked(actor: Pick<Actor, 'role'>, ledger: LedgerDef, what: string): void {
  if (!readsEveryMasked(ledger, actor.role))
    throw new ForbiddenError(`「${roleLabel(actor.role)}」角色不能查看${what}`);
}

/** The ledger a request names, or the error naming the argument it came in. */
export function ledgerNamed(name: string, arg = 'ledger'): LedgerDef {
  const ledger = getLedger(name);
  if (!ledger) throw new LedgerInputError(arg, 'UNKNOWN_LEDGER', `没有台账 ${name}`);
  return ledger;
}

/** A list's filter and order checked for the caller (their role masks personal details) and parsed once. */
function readQuery(em: EntityManager, actor: Actor, ledger: LedgerDef, action: 'read' | 'export', args: ListArgs) {
  authorize(actor, ledger, action);
  const own: ListArgs = { ...args, role: actor.role };
  return { args: own, plan: planQuery(em, ledger, own) };
}

/** One keyset page. */
export async function list(reads: EntityManager, actor: Actor, ledger: LedgerDef, args: ListArgs): Promise<ListPage> {
  const q = readQuery(reads, actor, ledger, 'read', args);
  return listLedger(reads, ledger, q.args, MAX_PAGE, q.plan);
}

/** One row by id, through the caller's loader (one statement for every row a request asks). */
export async function get(
  actor: Actor,
  ledger: LedgerDef,
  id: number,
  load: (id: number) => Promise<Row | null>,
): Promise<Row | null> {
  authorize(actor, ledger, 'read');
  return load(id);
}

/** A batch of creates, updates and voids, with the lines of an order in the same transaction. */
export async function save(
  ds: DataSource,
  actor: Actor,
  ledger: LedgerDef,
  input: SaveInput,
  opts: SaveOptions & { lines?: SaveInput | null } = {},
): Promise<{ rows: SaveResult; lines: SaveResult | null }> {
  const { lines, ...saveOpts } = opts;
  const parts = [
    { ledger, input },
    ...(lines && ledger.lines ? [{ ledger: ledger.lines.ledger(), input: lines }] : []),
  ];
  for (const p of parts) authorize(actor, p.ledger, 'write');
  const [rows, lineRes] = await saveTogether(ds, actor, parts, saveOpts);
  return { rows, lines: lineRes ?? null };
}

/** An export checked before its first byte goes out, to be run onto a stream. */
export interface PreparedExport {
  args: ListArgs;
  run(
    ds: DataSource,
    format: ExportFormat,
    lang: 'zh' | 'en',
    out: Writable,
    opts?: Parameters<typeof exportLedger>[7],
  ): Promise<ExportSummary>;
}

export function prepareExport(em: EntityManager, actor: Actor, ledger: LedgerDef, args: ListArgs): PreparedExport {
  const q = readQuery(em, actor, ledger, 'export', args);
  return {
    args: q.args,
    run: (ds, format, lang, out, opts) => exportLedger(ds, ledger, q.args, format, lang, out, actor, opts),
  };
}

/**
 * An import allowed before its file is read, to be run on the file's rows: a dry run reports every
 * bad cell, a real one writes all or nothing.
 */
export function prepareImport(
  actor: Actor,
  ledger: LedgerDef,
): { run(ds: DataSource, table: string[][], dryRun: boolean, onStep?: SaveOptions['onStep']): Promise<ImportReport> } {
  authorize(actor, ledger, 'import');
  return { run: (ds, table, dryRun, onStep) => importLedger(ds, ledger, actor, table, dryRun, onStep) };
}

/** A row's changes, or one cell's, oldest first. */
export async function history(
  ds: DataSource,
  actor: Actor,
  ledger: LedgerDef,
  id: number,
  field: string | null,
): Promise<RowHistoryEntry[]> {
  authorize(actor, ledger, 'read');
  return rowHistory(ds, ledger, id, field, actor.role);
}

/** Stored cells as `role` may read them. */
const maskedCells = (ledger: LedgerDef, cells: Record<string, string | null>, role: string) =>
  Object.fromEntries(Object.entries(cells).map(([f, v]) => [f, shownTo(columnOfStored(ledger, f), role, v)]));

/** A row as it stood at a moment (null: it did not exist yet). */
export async function rowAsOf(
  ds: DataSource,
  actor: Actor,
  ledger: LedgerDef,
  id: number,
  at: Date,
): Promise<RowAsOf | null> {
  authorize(actor, ledger, 'read');
  const row = await recordAsOf(ds, ledger, id, at);
  return row && { ...row, cells: maskedCells(ledger, row.cells, actor.role) };
}

/** A page of a ledger as it stood at a moment, with its cells as the grid shows them. */
export async function pageAsOf(
  ds: DataSource,
  actor: Actor,
  ledger: LedgerDef,
  at: Date,
  first: number,
  after: number | null,
) {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE)
    throw new LedgerInputError('first', 'INVALID_PAGE', `first: 应在 1–${MAX_PAGE} 之间`);
  authorize(actor, ledger, 'read');
  const page = await ledgerAsOf(ds, ledger, at, first, after);
  const display = await displayedCells(
    ds,
    ledger,
    page.rows.map((r) => r.cells),
    actor.role,
  );
  return {
    ...page,
    rows: page.rows.map((r, i) => ({ ...r, cells: maskedCells(ledger, r.cells, actor.role), display: display[i] })),
  };
}
