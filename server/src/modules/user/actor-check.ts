import type { Row } from '../../core/ledger/schema/ledger.types.js';
import type { Transition } from '../../core/ledger/write/workflow.js';
import { headOf } from './user.store.js';

/** Who runs a command, as the rules ask: role, and the department they belong to or head. */
export type Acting = { role: string; deptHead: boolean; departmentId: number | null };

/**
 * A command's check that the user running it may, by a rule over who they are and the row (the head
 * of the handling unit, one of the row's department…); refused with `message` on `field` otherwise.
 */
export function actorCheck(
  allowed: (who: Acting | null, row: Row) => boolean,
  field: string | null,
  message: string | ((who: Acting | null, row: Row) => string),
): NonNullable<Transition['check']> {
  return async (ctx, row) => {
    const found = ctx.userId === null ? null : await headOf(ctx.em, ctx.userId);
    const who = found && { role: ctx.role, ...found };
    if (allowed(who, row)) return null;
    return { field, message: typeof message === 'string' ? message : message(who, row) };
  };
}
