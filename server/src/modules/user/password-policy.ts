import { randomInt } from 'node:crypto';

/** Passwords a guesser tries first; compared case-insensitively. */
const COMMON = new Set([
  'demo',
  'password',
  'password1',
  'password123',
  'passw0rd',
  'p@ssw0rd',
  'p@ssword',
  'admin',
  'admin123',
  'admin1234',
  'admin12345',
  'administrator',
  'root',
  'toor',
  'changeme',
  'welcome',
  'welcome1',
  'letmein',
  'qwerty',
  'qwerty123',
  'qwertyuiop',
  'asdfghjkl',
  '1q2w3e4r',
  '1qaz2wsx',
  'zaq12wsx',
  'abc123',
  'abcd1234',
  'abc123456',
  'iloveyou',
  'monkey',
  'dragon',
  'football',
  'baseball',
  'sunshine',
  'princess',
  'trustno1',
  'superman',
  'woaini1314',
  'aa123456',
  'a123456',
  'a123456789',
  'qq123456',
  'bench-password',
  'serviceledger',
  'service-ledger',
  'ledger',
  'ledger123',
]);

/**
 * Why a password may not be used, or null when it may: at least 10 characters, not a demo or
 * common password, not one character repeated, not a run of digits, not the user name.
 */
export function passwordProblem(password: string, username?: string): string | null {
  const lower = password.toLowerCase();
  if ([...password].length < 10) return '密码至少 10 个字符';
  if (COMMON.has(lower) || COMMON.has(lower.replace(/\d+$/, ''))) return '密码过于常见，请换一个';
  if (/^(.)\1*$/.test(password)) return '密码不能是同一个字符重复';
  if (
    /^\d+$/.test(password) &&
    ('01234567890123456789'.includes(password) || '98765432109876543210'.includes(password))
  ) {
    return '密码不能是连续数字';
  }
  if (username && lower.includes(username.toLowerCase())) return '密码不能包含用户名';
  return null;
}

/** Letters and digits that cannot be mistaken for one another when read aloud or copied from paper. */
const READABLE = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A one-time password for a new or reset account: 12 readable characters (≈ 70 bits). */
export function oneTimePassword(): string {
  let p = '';
  while (p.length < 12) p += READABLE[randomInt(READABLE.length)];
  return passwordProblem(p) ? oneTimePassword() : p;
}
