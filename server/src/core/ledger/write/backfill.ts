import type { DataSource, EntityManager } from 'typeorm';
import { isEditableBy } from '../schema/define-ledger.js';
import type { CellError, ColumnDef, LedgerDef, SaveContext } from '../schema/ledger.types.js';

/**
 * Something frozen over a stretch of time that a back-dated row would change (a report generated
 * for a month). A lock answers what it froze over a span; a user of `roles` may confirm with `code`,
 * and the batch then calls `redo` once it has committed (the report is generated again, as a new
 * version); anyone else is refused.
 */
export interface PeriodLock {
  code: string;
  roles: readonly string[];
  /** Who may confirm, for people (「品质部、总经理室或管理员」). */
  whoMay: string;
  frozenOver(em: EntityManager, ledger: LedgerDef, from: Date, to: Date): Promise<string[]>;
  /** Makes again, once each, what it froze over any of the spans. */
  redo(
    ds: DataSource,
    actor: { userId: number; displayName: string },
    ledger: LedgerDef,
    spans: Array<{ from: Date; to: Date }>,
  ): Promise<void>;
}

const locks: PeriodLock[] = [];

/** A module declares what it freezes (the report module its generated reports). */
export function registerPeriodLock(lock: PeriodLock): void {
  locks.push(lock);
}

/** Whether a new row's cells mark it as entered from paper after the fact. */
export function isBackfill(ledger: LedgerDef, values: Record<string, unknown>): boolean {
  return !!ledger.backfill && values[ledger.backfill.flag] === true;
}

/**
 * Whether `col` may be written in a row being created (`isNew`) or changed, by `role`: its roles, a
 * create-only cell on creation alone, and on a row entered from paper the cells the ledger opens to it.
 */
export function mayWriteCell(
  ledger: LedgerDef,
  col: ColumnDef,
  role: string,
  isNew: boolean,
  backfill: boolean,
): boolean {
  if (col.createOnly && !isNew) return false;
  if (isEditableBy(ledger, col, role)) return true;
  const flag = ledger.backfill && ledger.columns.find((c) => c.field === ledger.backfill!.flag);
  return backfill && isNew && !!flag && isEditableBy(ledger, flag, role) && ledger.backfill!.fields.includes(col.field);
}

/** Why a cell may not be written, naming it and, where it applies, the way it could be. */
export function readOnlyMessage(ledger: LedgerDef, col: ColumnDef, isNew: boolean): string {
  if (col.createOnly && !isNew) return `「${col.label.zh}」只能在新建时填写`;
  const flag = ledger.backfill && ledger.columns.find((c) => c.field === ledger.backfill!.flag);
  if (flag && isNew && ledger.backfill!.fields.includes(col.field))
    return `「${col.label.zh}」由系统填写；补录纸质记录时先勾选「${flag.label.zh}」`;
  return `「${col.label.zh}」不能由当前角色修改`;
}

/**
 * Rows entered from paper whose span crosses something frozen: refused with what was frozen and who
 * may go on, or — when such a user confirmed — queued to redo it after the commit. One lookup per lock and row.
 */
export async function checkPeriodLocks(
  ctx: SaveContext,
  ledger: LedgerDef,
  rows: Array<{ key: string; isNew: boolean; values: Record<string, unknown> }>,
  errors: CellError[],
): Promise<void> {
  if (!ledger.backfill || !locks.length) return;
  const confirmed = new Map<PeriodLock, Array<{ from: Date; to: Date }>>();
  for (const r of rows.filter((x) => x.isNew && isBackfill(ledger, x.values))) {
    const span = ledger.backfill.span(r.values);
    if (!span) continue;
    for (const lock of locks) {
      const frozen = await lock.frozenOver(ctx.em, ledger, span.from, span.to);
      if (!frozen.length) continue;
      const may = lock.roles.includes(ctx.role);
      if (may && ctx.confirmed?.includes(lock.code)) {
        confirmed.set(lock, [...(confirmed.get(lock) ?? []), span]);
        continue;
      }
      const what = frozen.join('、');
      errors.push({
        row: r.key,
        field: ledger.backfill.flag,
        code: may ? lock.code : 'PERIOD_FROZEN',
        message: may
          ? `补录会改变已定稿的${what}；确认后保存并重新生成新版本`
          : `补录会改变已定稿的${what}；请由${lock.whoMay}补录并重新生成新版本`,
      });
    }
  }
  for (const [lock, spans] of confirmed)
    ctx.afterCommit?.push(() =>
      lock.redo(ctx.em.connection, { userId: ctx.userId ?? 0, displayName: ctx.displayName }, ledger, spans),
    );
}
