import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy.js';

describe('password policy', () => {
  it('refuses short, demo, common, repeated, sequential passwords and the user name', () => {
    expect(passwordProblem('demo')).toMatch(/10/);
    expect(passwordProblem('short1!')).toMatch(/10/);
    expect(passwordProblem('Password123')).toMatch(/常见/);
    expect(passwordProblem('admin12345')).toMatch(/常见/);
    expect(passwordProblem('aaaaaaaaaaaa')).toMatch(/重复/);
    expect(passwordProblem('1234567890')).toMatch(/连续/);
    expect(passwordProblem('zhangsan-2026!', 'zhangsan')).toMatch(/用户名/);
  });
  it('accepts a long, uncommon one; counts characters, not UTF-16 units', () => {
    expect(passwordProblem('售后台账-Spring-2026')).toBeNull();
    expect(passwordProblem('correct horse battery')).toBeNull();
    expect(passwordProblem('😀😀😀😀😀1')).toMatch(/10/); // 6 characters, 11 UTF-16 units
  });
});
