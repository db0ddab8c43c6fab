import { defineModule } from '../app-module.js';
import { AuthResolver } from './auth.resolver.js';
import { LoginLockResolver } from './login-lock.resolver.js';
import { userBehaviours } from './user.hooks.js';
import { userLedger } from './user.ledger.js';
import { UserAccountResolver } from './user.resolver.js';

/** Sign-in, sessions, the signed-in user and the 用户 ledger. */
export const userModule = defineModule({
  name: 'user',
  ledgers: [userLedger],
  hooks: userBehaviours,
  resolvers: [AuthResolver, UserAccountResolver, LoginLockResolver],
  actionLabels: { RESET_PASSWORD: '重置密码', CHANGE_PASSWORD: '修改密码', CLEAR_LOGIN_LOCK: '解除登录锁定' },
});
