import type { AuthChecker } from 'type-graphql';
import { roleLabel } from '../../core/ledger/schema/permissions.js';
import type { RequestContext } from './context.js';
import { forbidden, passwordChangeRequired, unauthenticated } from './errors.js';

const WHILE_PASSWORD_MUST_CHANGE = new Set(['me', 'logout', 'changePassword']);

/** Every operation declares its roles with @Authorized(...roles); an empty list means any signed-in user. */
export const authChecker: AuthChecker<RequestContext, string> = async ({ context, info }, roles) => {
  // a token that no longer signs in says why (the account deactivated, the password reset…)
  if (!context.user) throw unauthenticated((await context.signedOut?.()) ?? undefined);
  // a one-time password opens only the way to a password of one's own
  if (context.user.mustChangePassword && !WHILE_PASSWORD_MUST_CHANGE.has(info.fieldName))
    throw passwordChangeRequired();
  if (roles.length && !roles.includes(context.user.role)) {
    throw forbidden(`「${roleLabel(context.user.role)}」角色无权执行此操作 (role not allowed)`);
  }
  return true;
};
