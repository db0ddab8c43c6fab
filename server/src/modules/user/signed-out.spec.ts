import { describe, expect, it } from 'vitest';
import { signedOutReason } from './user.store.js';

const now = new Date('2026-02-24T01:30:00Z');
const session = (over: Record<string, unknown>) => ({
  active: 1,
  voidedAt: null,
  revokedAt: null,
  mustChangePassword: 0,
  expiresAt: '2026-02-24 12:00:00',
  ...over,
});

describe('why a session no longer signs in', () => {
  it('names a deactivation before anything else, then a reset, a change elsewhere, an expiry', () => {
    expect(signedOutReason(session({ active: 0, revokedAt: '2026-02-24 01:00:00' }), now)).toBe(
      '账号已停用，请联系系统管理员',
    );
    expect(signedOutReason(session({ revokedAt: '2026-02-24 01:00:00', mustChangePassword: 1 }), now)).toBe(
      '您的密码已被管理员重置，请用新的一次性密码登录',
    );
    expect(signedOutReason(session({ revokedAt: '2026-02-24 01:00:00' }), now)).toBe(
      '您已退出登录，或在别处修改了密码，请重新登录',
    );
    expect(signedOutReason(session({ expiresAt: '2026-02-24 01:00:00' }), now)).toBe('登录已过期，请重新登录');
    expect(signedOutReason(session({}), now)).toBeNull();
    expect(signedOutReason(undefined, now)).toBeNull();
  });
});
