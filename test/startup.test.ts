import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/src/config.js';
import { runCli } from '../server/src/cli.js';
import { startServer, StartupRefused } from '../server/src/server.js';

/** Runs the program as main.ts does, with the given environment; answers its exit code and error output. */
async function runMain(env: Record<string, string>): Promise<{ exitCode: number | null; stderr: string }> {
  let exitCode: number | null = null;
  let stderr = '';
  const running = await runCli({
    env: { ...env, LOG_LEVEL: 'silent' },
    exit: (c) => (exitCode = c),
    error: (l) => (stderr += `${l}\n`),
    log: () => undefined,
  });
  await running?.stop();
  return { exitCode, stderr };
}

describe('configuration', () => {
  it('has defaults and names a bad variable', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      databaseUrl: null,
      production: false,
      sessionTtlHours: 12,
      demoData: true,
    });
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x/y' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'prod' })).toThrow(/NODE_ENV/);
    expect(() => loadConfig({ DEMO_DATA: 'yes' })).toThrow(/DEMO_DATA/);
    expect(() => loadConfig({ SESSION_TTL_HOURS: '0' })).toThrow(/SESSION_TTL_HOURS/);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/);
  });
  it('loads demo data only in development unless asked, and refuses a weak ADMIN_PASSWORD', () => {
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'on' }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'off' }).demoData).toBe(false);
    for (const weak of ['demo', 'admin12345', 'password123', 'short'])
      expect(() => loadConfig({ ADMIN_PASSWORD: weak })).toThrow(/ADMIN_PASSWORD/);
    expect(loadConfig({ ADMIN_PASSWORD: '售后台账-上线-2026' }).adminPassword).toBe('售后台账-上线-2026');
  });
});

describe('start-up failures are reported, not hidden', () => {
  it('names a busy port and starts nothing', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-port-'));
    const lines: string[] = [];
    const started = startServer(loadConfig({ PORT: String(port), DATA_DIR: dataDir }), (l) => lines.push(l));
    await expect(started).rejects.toThrow(StartupRefused);
    await expect(started).rejects.toThrow(new RegExp(`${port}.*(已被占用|in use)`));
    expect(lines.join('\n')).not.toMatch(/ready|demo logins/);
    blocker.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('names HOST, not PORT, when the host is no address of this machine', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-host-'));
    const started = startServer(
      loadConfig({ PORT: '0', HOST: '999.1.1.1', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }),
      () => undefined,
    );
    await expect(started).rejects.toThrow(/999\.1\.1\.1.*set HOST/);
    await expect(started).rejects.not.toThrow(/set PORT/);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('exits non-zero with the message when run as the program', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as net.AddressInfo).port;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-port-'));
    const { exitCode, stderr } = await runMain({ PORT: String(port), DATA_DIR: dataDir });
    expect(exitCode).not.toBe(0);
    expect(stderr).toContain(String(port));
    expect(stderr).not.toMatch(/\n\s+at /);
    blocker.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('first start in production', () => {
  it('needs ADMIN_PASSWORD on an empty database, then creates only the administrator', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-prod-'));
    const base = { PORT: '0', DATA_DIR: dataDir, NODE_ENV: 'production', LOG_LEVEL: 'silent' };
    await expect(startServer(loadConfig(base), () => undefined)).rejects.toThrow(/ADMIN_PASSWORD/);
    const lines: string[] = [];
    const run = await startServer(
      loadConfig({ ...base, ADMIN_PASSWORD: 'Xk7-售后-上线-2026', SESSION_TTL_HOURS: '2' }),
      (l) => lines.push(l),
    );
    expect(lines.join('\n')).toMatch(/administrator "admin"/);
    expect(lines.join('\n')).not.toMatch(/demo/);
    expect(Number((await run.ds.query('SELECT COUNT(*) AS n FROM customer'))[0].n)).toBe(0);
    const login = async (p: string) =>
      (await fetch(`${run.url}graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($p: String!) { login(username: "admin", password: $p) { user { role } } }',
          variables: { p },
        }),
      }).then((r) => r.json())) as { data: { login: { user: { role: string } } } | null };
    expect((await login('Xk7-售后-上线-2026')).data?.login.user.role).toBe('ADMIN');
    expect((await login('demo')).data).toBeNull();
    // SESSION_TTL_HOURS reaches the login: the session lives 2 hours
    const [session] = await run.ds.query('SELECT createdAt, expiresAt FROM user_session');
    const hours =
      (Date.parse(`${String(session.expiresAt).replace(' ', 'T')}Z`) -
        Date.parse(`${String(session.createdAt).replace(' ', 'T')}Z`)) /
      3600_000;
    expect(hours).toBeCloseTo(2, 5);
    await run.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it.runIf(process.env.TEST_DB === 'mysql')(
    'does the same on an empty MySQL database: the administrator only, no demo data',
    async () => {
      const server = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
      const name = `sl_prod_${Date.now().toString(36)}`;
      const admin = await mysql.createConnection(server);
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-prod-mysql-'));
      try {
        const run = await startServer(
          loadConfig({
            PORT: '0',
            DATA_DIR: dataDir,
            NODE_ENV: 'production',
            LOG_LEVEL: 'silent',
            DATABASE_URL: `${server}/${name}`,
            ADMIN_PASSWORD: 'Xk7-售后-上线-2026',
          }),
          () => undefined,
        );
        try {
          const users: Array<{ username: string; role: string }> = await run.ds.query(
            'SELECT username, role FROM app_user',
          );
          expect(users).toEqual([{ username: 'admin', role: 'ADMIN' }]);
          expect(Number((await run.ds.query('SELECT COUNT(*) AS n FROM complaint'))[0].n)).toBe(0);
        } finally {
          await run.stop();
        }
      } finally {
        await admin.query(`DROP DATABASE \`${name}\``);
        await admin.end();
        fs.rmSync(dataDir, { recursive: true, force: true });
      }
    },
  );

  it('loads the demo story when asked, with the administrator password instead of "demo"', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-prod-demo-'));
    const run = await startServer(
      loadConfig({
        PORT: '0',
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        DEMO_DATA: 'on',
        ADMIN_PASSWORD: 'Xk7-售后-上线-2026',
        LOG_LEVEL: 'silent',
      }),
      () => undefined,
    );
    expect(Number((await run.ds.query('SELECT COUNT(*) AS n FROM customer'))[0].n)).toBe(40);
    await run.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('start-up (SQLite file under DATA_DIR)', () => {
  it('creates and fills the database on first start only, keeps changes across a restart, and refuses production with demo passwords', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-start-'));
    const lines: string[] = [];
    const config = { ...loadConfig({ PORT: '0', DATA_DIR: dataDir }) };
    let run = await startServer(config, (l) => lines.push(l));
    expect(fs.existsSync(path.join(dataDir, 'service-ledger.sqlite'))).toBe(true);
    expect(lines.join('\n')).toMatch(/demo data loaded/);
    expect(lines.join('\n')).toMatch(/clerk \(CLERK\)/);
    const health = await (await fetch(`${run.url}healthz`)).json();
    expect(health).toEqual({ status: 'ok', database: 'sqlite' });
    await run.ds.query(`UPDATE customer SET name = '重启后仍在' WHERE code = 'C0001'`);
    await run.stop();

    lines.length = 0;
    run = await startServer(config, (l) => lines.push(l));
    expect(lines.join('\n')).not.toMatch(/demo data loaded/);
    expect((await run.ds.query(`SELECT name FROM customer WHERE code = 'C0001'`))[0].name).toBe('重启后仍在');
    await run.stop();

    await expect(startServer({ ...config, production: true }, () => undefined)).rejects.toThrow(StartupRefused);
    fs.rmSync(dataDir, { recursive: true, force: true });
  });
});
