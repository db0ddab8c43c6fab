import { roleLabel } from '../schema/permissions.js';
import type { DataSource, EntityManager } from 'typeorm';
import { quoter } from '../../db/sql-value.js';
import { newBatchId } from '../../audit/audit-trail.js';
import { inTransaction } from '../../db/transaction.js';
import { textProblem } from '../../../../../common/cell-value.js';
import { findByIds } from '../query/ledger-store.js';
import { commitAudit, updateAudited, writeContext } from './row-writer.js';
import type { LedgerDef, Row, SaveContext } from '../schema/ledger.types.js';

export interface WorkflowActor {
  userId: number;
  role: string;
  displayName: string;
}

type Values = Record<string, unknown>;

/** An argument a command takes besides id and version. */
export interface CommandArg {
  type: 'String' | 'Boolean' | 'Int' | 'Float';
  description: string;
  optional?: boolean;
}

/**
 * One workflow command, declared once: its mutation and arguments, who may run it, from which
 * states (`S`, the status enum's codes), to which state (null: stays), what must hold, what it sets.
 */
export interface Transition<S extends string = string> {
  /** GraphQL mutation name. */
  mutation: string;
  description: string;
  args?: Record<string, CommandArg>;
  label: string;
  /** The to-do list a row waiting for this command belongs to (我的待办: 待确认的投诉); side commands have none. */
  inbox?: string;
  /** Narrows the to-do list to the rows waiting for this user (a list filter), or null when none can (offeredWhen in SQL). */
  inboxFilter?(user: { role: string; departmentId: number | null; deptHead: boolean }): Record<string, unknown> | null;
  roles: readonly string[];
  /** Whose desk the to-do list is on, when not every role that may run it (others step in, from the ledger). */
  inboxRoles?: readonly string[];
  from: readonly S[];
  to: S | null;
  /** Input keys that must be given. */
  needs?: readonly string[];
  guard?(row: Values, input: Values): { field: string; message: string } | null;
  /** Offered (as a button) only on rows where this holds for the user; the guard and check still decide when it runs. */
  offeredWhen?(
    row: Values,
    user: { role: string; departmentId: number | null; deptHead: boolean; displayName?: string },
  ): boolean;
  /** What the command sets; may read the database (a deadline on the working calendar). */
  apply?(row: Values, input: Values, now: Date, actor: WorkflowActor, ctx?: SaveContext): Values | Promise<Values>;
  /** Checks that need the database (quantities issued, lines present…); a message refuses the command. */
  check?(ctx: SaveContext, row: Row, input: Values): Promise<{ field: string | null; message: string } | null>;
  /** Work on other rows in the same transaction (open the next order, update the one before). */
  effect?(ctx: SaveContext, row: Row, input: Values): Promise<void>;
  /**
   * Separation of duties: whoever did one of these on the row may not run this command on it — a
   * command's name, `CREATE` (made the row by any path) or `EDIT` (changed a field the ledger's
   * approval vouches for): who proposed, edited or submitted a notice may not approve it.
   */
  separateFrom?: readonly string[];
}

/** Actions that write a row's cells from a person's hand (the grid, a file): who did them on an approved field is a proposer. */
const EDIT_ACTIONS = ['CREATE', 'IMPORT', 'UPDATE', 'BACKFILL'];

/**
 * The condition on an audit event `e` that makes its user a performer of one of `actions` on its row:
 * a command's name; `CREATE` — whoever made the row, by any path (the grid, an import, a command),
 * i.e. the user of its first event; `EDIT` — whoever typed or imported a value of one of the fields
 * the ledger's approval vouches for.
 */
export function performedBy(
  ds: DataSource,
  ledger: LedgerDef,
  actions: readonly string[],
  e = 'e',
): { sql: string; params: unknown[] } {
  const q = quoter(ds);
  const parts: string[] = [];
  const params: unknown[] = [];
  const named = actions.filter((a) => a !== 'CREATE' && a !== 'EDIT');
  if (named.length) {
    parts.push(`${e}.${q('action')} IN (${named.map(() => '?').join(', ')})`);
    params.push(...named);
  }
  if (actions.includes('CREATE')) {
    parts.push(
      `${e}.${q('seq')} = (SELECT MIN(x.${q('seq')}) FROM ${q('audit_event')} x WHERE x.${q('entity')} = ${e}.${q('entity')} AND x.${q('entityId')} = ${e}.${q('entityId')})`,
    );
  }
  const fields = ledger.approval?.fields ?? [];
  if (actions.includes('EDIT') && fields.length) {
    parts.push(
      `(${e}.${q('action')} IN (${EDIT_ACTIONS.map(() => '?').join(', ')}) AND ${e}.${q('field')} IN (${fields.map(() => '?').join(', ')}))`,
    );
    params.push(...EDIT_ACTIONS, ...fields);
  }
  return { sql: parts.length ? `(${parts.join(' OR ')})` : '1 = 0', params };
}

/** Who did which of `actions` on each of the rows, from the trail: row id → user ids. One statement. */
export async function performers(
  em: EntityManager | DataSource,
  ledger: LedgerDef,
  ids: readonly number[],
  actions: readonly string[],
): Promise<Map<number, Set<number>>> {
  const out = new Map<number, Set<number>>(ids.map((id) => [id, new Set<number>()]));
  if (!ids.length || !actions.length) return out;
  const ds = 'connection' in em ? em.connection : em;
  const q = quoter(ds);
  const did = performedBy(ds, ledger, actions);
  const rows: Array<{ id: number; u: number | null }> = await em.query(
    `SELECT DISTINCT e.${q('entityId')} AS id, e.${q('userId')} AS u FROM ${q('audit_event')} e WHERE e.${q('entity')} = ? AND e.${q('entityId')} IN (${ids.map(() => '?').join(', ')}) AND ${did.sql}`,
    [ledger.name, ...ids, ...did.params],
  );
  for (const r of rows) if (r.u !== null) out.get(Number(r.id))?.add(Number(r.u));
  return out;
}

/** The refusal when `actor` did an earlier step `t` keeps apart from it. */
export function separationProblem(t: Transition, did: Set<number> | undefined, userId: number): string | null {
  return t.separateFrom && did?.has(userId)
    ? `职责分离：新建或导入本单、修改过其审批内容或提交过本单的人不能「${t.label}」，请由另一位有权限的人办理`
    : null;
}

export class WorkflowError extends Error {
  constructor(
    readonly code:
      'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_STATE' | 'PRECONDITION' | 'REQUIRED' | 'INVALID_CHARACTER',
    message: string,
    readonly field: string | null = null,
    readonly current: Row | null = null,
  ) {
    super(message);
  }
}

/** Pure check: may `actor` run `t` on `row` with `input`? Throws the first reason it may not. */
export function checkTransition(t: Transition, row: Values, input: Values, role: string, statusField = 'status'): void {
  if (!t.roles.includes(role)) throw new WorkflowError('FORBIDDEN', `「${roleLabel(role)}」角色不能执行「${t.label}」`);
  const status = String(row[statusField]);
  if (!t.from.includes(status)) {
    throw new WorkflowError('INVALID_STATE', `当前状态 ${status} 不能执行「${t.label}」`, statusField);
  }
  for (const [k, v] of Object.entries(input)) {
    const bad = typeof v === 'string' ? textProblem(v) : null;
    if (bad) throw new WorkflowError('INVALID_CHARACTER', `「${t.label}」的 ${k} ${bad.message}`, k);
  }
  for (const k of t.needs ?? []) {
    const v = input[k];
    if (v === undefined || v === null || (typeof v === 'string' && !v.trim())) {
      throw new WorkflowError('REQUIRED', `「${t.label}」需要填写 ${k}`, k);
    }
  }
  const blocked = t.guard?.(row, input);
  if (blocked) throw new WorkflowError('PRECONDITION', blocked.message, blocked.field);
}

/**
 * Runs a workflow command on one row in one transaction: locks the row, checks version, role,
 * state and guard, writes the changes and their audit events (action = command name).
 */
export async function runTransition(
  ds: DataSource,
  ledger: LedgerDef,
  command: string,
  t: Transition,
  actor: WorkflowActor,
  target: { id: number; version: number },
  input: Values = {},
  statusField = 'status',
): Promise<Row> {
  return inTransaction(ds, async (em) => {
    const [row] = await findByIds(em, ledger, [target.id], true);
    if (!row || row.voidedAt) throw new WorkflowError('NOT_FOUND', `记录 ${target.id} 不存在或已作废`);
    if (row.version !== target.version) {
      throw new WorkflowError('CONFLICT', `记录已被他人修改（版本 ${row.version}），请刷新后再试`, null, row);
    }
    checkTransition(t, row, input, actor.role, statusField);
    if (t.separateFrom) {
      const apart = separationProblem(
        t,
        (await performers(em, ledger, [row.id], t.separateFrom)).get(row.id),
        actor.userId,
      );
      if (apart) throw new WorkflowError('FORBIDDEN', apart);
    }
    const now = new Date();
    const ctx = writeContext(em, actor, now, newBatchId());
    const blocked = await t.check?.(ctx, row, input);
    if (blocked) throw new WorkflowError('PRECONDITION', blocked.message, blocked.field);
    const changes: Values = { ...((await t.apply?.(row, input, now, actor, ctx)) ?? {}) };
    if (t.to) changes[statusField] = t.to;
    const reason = typeof input.reason === 'string' ? input.reason.trim() : null;
    await updateAudited(ctx, ledger, row, changes, command, reason);
    await t.effect?.(ctx, { ...row, ...changes } as Row, input);
    await commitAudit(ctx);
    const [updated] = await findByIds(em, ledger, [row.id]);
    return updated;
  });
}

/** What the engine's own trail actions are called, in Chinese; a module adds its own (registerActionLabels). */
const GENERIC_ACTIONS: Record<string, string> = {
  CREATE: '新建',
  BACKFILL: '补录',
  UPDATE: '修改',
  VOID: '作废',
  IMPORT: '导入',
  EXPORT: '导出',
  SEED: '初始数据',
  MIGRATE: '数据迁移',
  ATTACH: '添加附件',
  DETACH: '作废附件',
};

/** A module's trail actions that are not commands of a ledger's workflow (自动升级, 重置密码…), by their codes. */
export function registerActionLabels(labels: Record<string, string>): void {
  Object.assign(GENERIC_ACTIONS, labels);
}
const commandLabels = new Map<string, Map<string, string>>();
const workflows = new Map<string, { ledger: LedgerDef; commands: Record<string, Transition>; statusField: string }>();

/** Remembers a ledger's workflow (its commands and status column), for the to-do lists and the trail's labels. */
export function registerWorkflow(ledger: LedgerDef, commands: Record<string, Transition>, statusField: string): void {
  workflows.set(ledger.name, { ledger, commands, statusField });
  registerCommandLabels(ledger.name, commands);
}

/** Every registered workflow. */
export function allWorkflows(): Array<{
  ledger: LedgerDef;
  commands: Record<string, Transition>;
  statusField: string;
}> {
  return [...workflows.values()];
}

/** Remembers the Chinese labels of a ledger's workflow commands (the trail records the command's name). */
export function registerCommandLabels(ledger: string, commands: Record<string, { label: string }>): void {
  commandLabels.set(ledger, new Map(Object.entries(commands).map(([name, c]) => [name, c.label])));
}

/** An action of the trail as a Chinese reader reads it: 新建, 修改, 作废, or the command's label (开返工单). */
export function actionLabel(ledger: string, action: string): string {
  return commandLabels.get(ledger)?.get(action) ?? GENERIC_ACTIONS[action] ?? action;
}
