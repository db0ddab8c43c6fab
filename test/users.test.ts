import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from './helpers/answers.js';
import { startTestServer, type TestServer } from './helpers/test-server.js';

let s: TestServer;
let admin: string;

beforeAll(async () => {
  s = await startTestServer();
  admin = await s.login('admin');
});
afterAll(async () => s?.close());

type UserRow = {
  id: number;
  version: number;
  username: string;
  displayName: string;
  role: string;
  active: boolean;
  department: { code: string } | null;
  lastLoginAt: string | null;
  mustChangePassword: boolean;
};
interface SaveUsers {
  saveUsers: {
    ok: boolean;
    errors: Array<{ row: string; field: string; code: string; message: string }>;
    rows: UserRow[];
    revealed: Array<{ id: number; label: string; value: string }>;
  };
}
const SAVE = `mutation($input: SaveUserInput!) { saveUsers(input: $input) {
  ok errors { row field code message } rows { id version username displayName role active department { code } lastLoginAt mustChangePassword } revealed { id label value } } }`;
const ME = `{ me { username mustChangePassword } }`;

async function loginWith(
  username: string,
  password: string,
): Promise<{ token: string | null; message: string | null }> {
  const r = await s.gql<{ login: { token: string; user: { mustChangePassword: boolean } } | null }>(
    `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { mustChangePassword } } }`,
    { u: username, p: password },
  );
  return { token: r.data?.login?.token ?? null, message: r.errors?.[0]?.message ?? null };
}

async function newUser(username: string, role = 'CLERK'): Promise<{ row: UserRow; password: string }> {
  const r = await s.gql<SaveUsers>(
    SAVE,
    {
      input: { creates: [{ ref: 'n', values: { username, displayName: `测试${username}`, role, department: 'CS' } }] },
    },
    admin,
  );
  expect(r.data.saveUsers.errors).toEqual([]);
  const [row] = r.data.saveUsers.rows;
  const [revealed] = r.data.saveUsers.revealed;
  expect(revealed).toMatchObject({ id: row.id, label: `用户 ${username} 的一次性密码` });
  return { row, password: revealed.value };
}

describe('the user ledger', () => {
  it('creates a user with a one-time password shown once, which must be changed before anything else', async () => {
    const { row, password } = await newUser('zhangsan');
    expect(row).toMatchObject({
      username: 'zhangsan',
      role: 'CLERK',
      active: true,
      department: { code: 'CS' },
      mustChangePassword: true,
      lastLoginAt: null,
    });
    expect(password).toMatch(/^[A-Za-z2-9]{12}$/);
    // the password is nowhere to be read again: not in the list, not in the trail
    const listed = await s.gql<{ users: Page<Record<string, unknown>> }>(
      `{ users(filter: { username: { eq: "zhangsan" } }) { edges { node { id username } } } }`,
      {},
      admin,
    );
    expect(JSON.stringify(listed.data)).not.toContain(password);
    const trail: Array<{ v: string | null }> = await s.ds.query(
      `SELECT ${s.ds.driver.escape('newValue')} AS v FROM ${s.ds.driver.escape('audit_event')} WHERE ${s.ds.driver.escape('entity')} = 'user' AND ${s.ds.driver.escape('entityId')} = ?`,
      [row.id],
    );
    expect(trail.map((t) => t.v).join(' ')).not.toContain(password);

    const { token } = await loginWith('zhangsan', password);
    expect(token).not.toBeNull();
    expect((await s.gql<{ me: { mustChangePassword: boolean } }>(ME, {}, token)).data.me.mustChangePassword).toBe(true);
    const blocked = await s.gql(`{ complaints(first: 1) { totalCount } }`, {}, token);
    expect(blocked.errors?.[0].extensions.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(
      (await fetch(`${s.url}/export/customer.csv`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(403);

    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(current: $c, next: $n) }`;
    const weak = await s.gql(CHANGE, { c: password, n: 'password123' }, token);
    expect(weak.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'next' });
    const wrong = await s.gql(CHANGE, { c: 'not-the-password', n: '青山绿水2026长流' }, token);
    expect(wrong.errors?.[0].extensions).toMatchObject({ field: 'current' });
    expect((await s.gql(CHANGE, { c: password, n: '青山绿水2026长流' }, token)).data).toEqual({ changePassword: true });
    expect(
      (await s.gql<{ complaints: Page }>(`{ complaints(first: 1) { totalCount } }`, {}, token)).errors,
    ).toBeUndefined();
    expect((await loginWith('zhangsan', password)).token).toBeNull();
    expect((await loginWith('zhangsan', '青山绿水2026长流')).token).not.toBeNull();
    const after = await s.gql<{ users: Page<UserRow> }>(
      `{ users(filter: { username: { eq: "zhangsan" } }) { edges { node { lastLoginAt mustChangePassword } } } }`,
      {},
      admin,
    );
    expect(after.data.users.edges[0].node.mustChangePassword).toBe(false);
    expect(Date.parse(after.data.users.edges[0].node.lastLoginAt!)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('resets a password: the old sessions end and the new one-time password must be changed', async () => {
    const { row, password } = await newUser('lisi');
    const first = (await loginWith('lisi', password)).token!;
    await s.gql(
      `mutation($c: String!, $n: String!) { changePassword(current: $c, next: $n) }`,
      { c: password, n: '春江花月夜-1987' },
      first,
    );
    const reset = await s.gql<{ resetPassword: { username: string; password: string } }>(
      `mutation($id: Int!) { resetPassword(userId: $id) { username password } }`,
      { id: row.id },
      admin,
    );
    expect(reset.data.resetPassword.username).toBe('lisi');
    // the session ended says why, for the sign-in page
    expect((await s.gql(ME, {}, first)).errors?.[0]).toMatchObject({
      message: '您的密码已被管理员重置，请用新的一次性密码登录',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await loginWith('lisi', '春江花月夜-1987')).token).toBeNull();
    const again = (await loginWith('lisi', reset.data.resetPassword.password)).token!;
    expect((await s.gql<{ me: { mustChangePassword: boolean } }>(ME, {}, again)).data.me.mustChangePassword).toBe(true);
    expect(
      (await s.gql(`mutation { resetPassword(userId: 1) { password } }`, {}, await s.login('clerk'))).errors?.[0]
        .extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('deactivating a user ends their sessions at once; the last administrator cannot go', async () => {
    const { row, password } = await newUser('wangwu');
    const token = (await loginWith('wangwu', password)).token!;
    const off = await s.gql<SaveUsers>(
      SAVE,
      { input: { updates: [{ id: row.id, version: row.version, values: { active: false } }] } },
      admin,
    );
    expect(off.data.saveUsers.ok).toBe(true);
    expect((await s.gql(ME, {}, token)).errors?.[0]).toMatchObject({
      message: '账号已停用，请联系系统管理员',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    // told why at sign-in — but only with the right password; a wrong one answers as for any name
    expect(await loginWith('wangwu', password)).toEqual({ token: null, message: '账号已停用，请联系系统管理员' });
    expect((await loginWith('wangwu', 'not-the-password')).message).toBe('用户名或密码错误');

    const me = await s.gql<{ users: Page<UserRow> }>(
      `{ users(filter: { role: { eq: ADMIN } }) { edges { node { id version } } } }`,
      {},
      admin,
    );
    const admins = me.data.users.edges.map((e) => e.node);
    expect(admins).toHaveLength(1);
    const last = await s.gql<SaveUsers>(
      SAVE,
      { input: { updates: [{ id: admins[0].id, version: admins[0].version, values: { role: 'CLERK' } }] } },
      admin,
    );
    expect(last.errors?.[0].extensions).toMatchObject({ field: 'active', reason: 'LAST_ADMIN' });
    expect((await s.gql<{ me: { username: string } }>(ME, {}, admin)).data.me.username).toBe('admin'); // nothing written
  });

  it('refuses a bad user name and a duplicate, and is for administrators only', async () => {
    const bad = await s.gql<SaveUsers>(
      SAVE,
      {
        input: {
          creates: [
            { ref: 'a', values: { username: '张 三', displayName: '张三', role: 'CLERK' } },
            { ref: 'b', values: { username: 'clerk', displayName: '重复', role: 'CLERK' } },
          ],
        },
      },
      admin,
    );
    expect(bad.data.saveUsers.errors.map((e) => `${e.row}.${e.field}`).sort()).toEqual(['a.username', 'b.username']);
    expect(
      (await s.gql(`{ users(first: 1) { totalCount } }`, {}, await s.login('manager'))).errors?.[0].extensions.code,
    ).toBe('FORBIDDEN');
  });

  it('keeps the user ledger reconciled with its trail', async () => {
    const r = await s.gql<{ reconcileLedger: { checked: number; differing: number } }>(
      `{ reconcileLedger(ledger: "user") { checked differing } }`,
      {},
      admin,
    );
    expect(r.data.reconcileLedger.checked).toBeGreaterThan(7);
    expect(r.data.reconcileLedger.differing).toBe(0);
  });
});

describe('migration 0009 on users from before the user ledger', () => {
  let old: TestServer;
  beforeAll(async () => {
    old = await startTestServer({ demo: false });
    const q = (n: string) => old.ds.driver.escape(n);
    const applied = async () =>
      ((await old.ds.query(`SELECT ${q('name')} AS name FROM ${q('migrations')}`)) as Array<{ name: string }>).map(
        (m) => m.name,
      );
    while ((await applied()).some((n) => n.startsWith('UserLedger')))
      await old.ds.undoLastMigration({ transaction: 'each' });
    const { hashPassword } = await import('../server/src/modules/user/password.js');
    await old.ds.query(
      `INSERT INTO ${q('app_user')} (${['username', 'displayName', 'passwordHash', 'role', 'departmentId', 'active', 'failedLogins'].map(q).join(', ')}) VALUES (?, ?, ?, ?, NULL, ?, 0)`,
      ['oldadmin', '老管理员', await hashPassword('旧系统的管理员密码-2019'), 'ADMIN', 1],
    );
    await old.ds.runMigrations({ transaction: 'each' });
  });
  afterAll(async () => old?.close());

  it('keeps them signing in as before, lists them in the ledger and puts them in the trail', async () => {
    const r = await old.gql<{ login: { token: string; user: { mustChangePassword: boolean } } }>(
      `mutation { login(username: "oldadmin", password: "旧系统的管理员密码-2019") { token user { mustChangePassword } } }`,
    );
    expect(r.data.login.user.mustChangePassword).toBe(false);
    const token = r.data.login.token;
    const users = await old.gql<{
      users: Page<{ username: string; displayName: string; role: string; active: boolean; version: number }>;
    }>(`{ users { edges { node { username displayName role active version } } } }`, {}, token);
    expect(users.data.users.edges.map((e) => e.node)).toEqual([
      { username: 'oldadmin', displayName: '老管理员', role: 'ADMIN', active: true, version: 1 },
    ]);
    const rec = await old.gql<{ reconcileLedger: { differing: number } }>(
      `{ reconcileLedger(ledger: "user") { differing } }`,
      {},
      token,
    );
    expect(rec.data.reconcileLedger.differing).toBe(0);
  });
});
