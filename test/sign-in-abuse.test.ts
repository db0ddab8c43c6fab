import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/test-server.js';

const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;
const CHANGE = `mutation($c: String!, $n: String!) { changePassword(current: $c, next: $n) }`;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

const login = (u: string, p: string) => s.gql<{ login: { token: string } | null }>(LOGIN, { u, p });

describe('signing in under attack', () => {
  it('does not lock out the right password sent many times at once: only wrong passwords count', async () => {
    for (const n of [6, 12]) {
      const answers = await Promise.all(Array.from({ length: n }, () => login('quality', 'demo')));
      expect(answers.filter((a) => a.data?.login?.token).length, `${n} at once`).toBe(n);
    }
    // and parallel wrong guesses still stop at five checks: the right one after them is refused
    const guesses = await Promise.all(Array.from({ length: 12 }, (_, i) => login('pmc', `guess-${i}`)));
    expect(
      guesses.every((g) => ['UNAUTHENTICATED', 'TOO_MANY_ATTEMPTS'].includes(g.errors?.[0].extensions.code as string)),
    ).toBe(true);
    expect((await login('pmc', 'demo')).errors?.[0].message).toMatch(/尝试次数过多/);
  });

  it('answers a name nobody has exactly as a real one: the same message, the same lock, the same statements', async () => {
    for (let i = 0; i < 5; i++) {
      const [real, made] = [await login('production', `wrong-${i}`), await login('wangwu-nobody', `wrong-${i}`)];
      expect(made.errors?.[0].message).toBe(real.errors?.[0].message);
    }
    const [real, made] = [await login('production', 'demo'), await login('wangwu-nobody', 'demo')];
    expect(real.errors?.[0].message).toMatch(/尝试次数过多/);
    expect(made.errors?.[0].message).toBe(real.errors?.[0].message);
    // what the database is asked is the same for both, so their timing has nothing to tell either
    const statements = async (u: string) => {
      s.counter.reset();
      s.counter.keep = true;
      await login(u, 'wrong-again');
      s.counter.keep = false;
      return s.counter.statements.map((x) => x.replace(/\s+/g, ' '));
    };
    await statements('admin2-nobody'); // each name's first attempt makes its row, known or not
    await statements('auditor');
    expect(await statements('admin2-nobody')).toEqual(await statements('auditor'));
  });

  it('counts the current password of changePassword toward the same limit as signing in', async () => {
    const stolen = await s.login('manager');
    const owner = await s.login('manager');
    for (let i = 0; i < 5; i++) {
      const r = await s.gql(CHANGE, { c: `guess-${i}`, n: '长风破浪会有时-2027' }, stolen);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'current' });
    }
    const right = await s.gql(CHANGE, { c: 'demo', n: '长风破浪会有时-2027' }, stolen);
    expect(right.errors?.[0].message).toMatch(/尝试次数过多/);
    // nothing changed: the owner's session lives on, and the name is locked for sign-in too
    expect((await s.gql<{ me: { username: string } }>(`{ me { username } }`, {}, owner)).data.me.username).toBe(
      'manager',
    );
    expect((await login('manager', 'demo')).errors?.[0].message).toMatch(/尝试次数过多/);
  });
});

describe('sign-in cannot be used against others', () => {
  const from = async (client: string, u: string, p: string) => {
    const res = await fetch(`${s.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify({ query: LOGIN, variables: { u, p } }),
    });
    return {
      status: res.status,
      retryAfter: res.headers.get('retry-after'),
      body: (await res.json()) as {
        data?: { login: { token: string } | null };
        errors?: Array<{ message: string; extensions: { code: string } }>;
      },
    };
  };
  const ATTACKER = '203.0.113.9';
  const OFFICE = '198.51.100.7';

  it('five guesses from one address lock the name for that address only: the general manager still signs in from her desk', async () => {
    const t0 = performance.now();
    for (let i = 0; i < 5; i++)
      expect((await from(ATTACKER, 'manager', `guess-${i}`)).body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    // each wrong password answered later than the one before: 0.25 + 0.5 + 1 + 2 + 2 s
    expect(performance.now() - t0).toBeGreaterThan(5_000);
    const locked = await from(ATTACKER, 'manager', 'demo');
    expect(locked.status).toBe(429);
    expect(locked.body.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(locked.retryAfter)).toBeGreaterThan(800);
    expect((await from(OFFICE, 'manager', 'demo')).body.data?.login?.token).toBeTruthy();
  }, 30_000);

  it('the administrator sees the lock and lifts it, audited', async () => {
    // (this file's earlier guesses came from 127.0.0.1, which has sent twenty wrong passwords: locked for every name)
    expect((await from('127.0.0.1', 'admin', 'demo')).body.errors?.[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    const admin = (await from('198.51.100.20', 'admin', 'demo')).body.data!.login!.token;
    const locks = await s.gql<{ loginLocks: Array<{ subject: string; client: string; failed: number }> }>(
      `{ loginLocks { subject client failed lockedUntil } }`,
      {},
      admin,
    );
    expect(locks.data.loginLocks).toContainEqual(
      expect.objectContaining({ subject: 'manager', client: ATTACKER, failed: 5 }),
    );
    expect(locks.data.loginLocks).toContainEqual(expect.objectContaining({ subject: '', client: '127.0.0.1' }));
    const lifted = await s.gql<{ clearLoginLock: boolean }>(
      `mutation($s: String!, $c: String!) { clearLoginLock(subject: $s, client: $c) }`,
      { s: 'manager', c: ATTACKER },
      admin,
    );
    expect(lifted.data.clearLoginLock).toBe(true);
    expect((await from(ATTACKER, 'manager', 'demo')).body.data?.login?.token).toBeTruthy();
    const trail = await s.gql<{ auditEvents: { entries: Array<{ actionLabel: string; reason: string }> } }>(
      `{ auditEvents(first: 5, filter: { action: "CLEAR_LOGIN_LOCK" }) { entries { actionLabel reason } } }`,
      {},
      admin,
    );
    expect(trail.errors ?? trail.data.auditEvents.entries).toEqual([
      { actionLabel: '解除登录锁定', reason: `解除登录锁定：「manager」从 ${ATTACKER}` },
    ]);
  });
});
