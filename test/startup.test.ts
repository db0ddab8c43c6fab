import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/src/config.js';
import { startServer, StartupRefused } from '../server/src/server.js';

describe('configuration', () => {
  it('has defaults and names a bad variable', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ port: 4000, host: '127.0.0.1', databaseUrl: null, production: false, sessionTtlHours: 12, demoData: true });
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x/y' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'prod' })).toThrow(/NODE_ENV/);
    expect(() => loadConfig({ DEMO_DATA: 'yes' })).toThrow(/DEMO_DATA/);
    expect(() => loadConfig({ SESSION_TTL_HOURS: '0' })).toThrow(/SESSION_TTL_HOURS/);
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
