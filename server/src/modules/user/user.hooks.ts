import type { LedgerHooks } from '../../core/ledger/schema/ledger.types.js';
import type { LedgerBehaviour } from '../app-module.js';
import { LedgerInputError } from '../../core/ledger/schema/ledger-input-error.js';
import type { CellError, Row, SaveContext } from '../../core/ledger/schema/ledger.types.js';
import { hashPassword } from './password.js';
import { oneTimePassword } from './password-policy.js';
import { Role } from './roles.js';
import { userLedger } from './user.ledger.js';
import { countActiveAdmins, endSessionsOf, setPassword } from './user.store.js';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/;

/** New users get a one-time password, shown once in the save's answer; they must change it at first sign-in. */
async function giveOneTimePasswords(
  ctx: SaveContext,
  created: Array<{ id: number; values: Record<string, unknown> }>,
): Promise<void> {
  for (const { id, values } of created) {
    const password = oneTimePassword();
    await setPassword(ctx.em, id, await hashPassword(password), true);
    ctx.revealed?.push({ id, label: `用户 ${String(values.username)} 的一次性密码`, value: password });
    ctx.audit.push({
      userId: ctx.userId,
      action: 'RESET_PASSWORD',
      entity: 'user',
      entityId: id,
      field: null,
      oldValue: null,
      newValue: null,
      reason: '新建用户，发放一次性密码',
    });
  }
}

/** Rows that leave the active administrators: no longer an administrator, no longer active, or voided. */
const leavesAdmins = (previous: Row | null, values: Record<string, unknown>) =>
  previous?.role === Role.ADMIN &&
  previous.active === true &&
  (values.voidedAt !== undefined ||
    values.active === false ||
    (values.role !== undefined && values.role !== Role.ADMIN));

const userHooks: LedgerHooks = {
  validateRow(row, key) {
    const errors: CellError[] = [];
    if (typeof row.username === 'string' && !USERNAME.test(row.username)) {
      errors.push({
        row: key,
        field: 'username',
        code: 'INVALID',
        message: '用户名：2–40 个字母、数字或 . _ -，以字母或数字开头',
      });
    }
    return errors;
  },
  async beforeWrite(_ctx, rows) {
    for (const r of rows)
      if (!r.previous && (r.values.active === undefined || r.values.active === null)) r.values.active = true;
  },
  async afterWrite(ctx, rows) {
    await giveOneTimePasswords(
      ctx,
      rows.filter((r) => !r.previous),
    );
    // deactivating or voiding someone ends their sessions at once
    for (const r of rows)
      if (r.previous && (r.values.active === false || r.values.voidedAt !== undefined))
        await endSessionsOf(ctx.em, r.id);
    // a new role, department or head flag holds from the user's next request: sessions are read on every request
    if (rows.some((r) => leavesAdmins(r.previous, r.values)) && (await countActiveAdmins(ctx.em)) === 0) {
      throw new LedgerInputError('active', 'LAST_ADMIN', '至少要保留一个在用的系统管理员');
    }
  },
};

/** What the module's ledgers do beyond their declarations; wired by the composition root. */
export const userBehaviours: LedgerBehaviour[] = [{ ledger: userLedger, hooks: userHooks }];
