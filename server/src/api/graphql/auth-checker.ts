import type { AuthChecker } from 'type-graphql';
import type { RequestContext } from './context.js';
import { forbidden, unauthenticated } from './errors.js';

/** Every operation declares its roles with @Authorized(...roles); an empty list means any signed-in user. */
export const authChecker: AuthChecker<RequestContext, string> = ({ context }, roles) => {
  if (!context.user) throw unauthenticated();
  if (roles.length && !roles.includes(context.user.role)) {
    throw forbidden(`角色 ${context.user.role} 无权执行此操作 (role not allowed)`);
  }
  return true;
};
