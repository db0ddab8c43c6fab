import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError, loadConfig } from '../server/src/config.js';

type Service = { environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; image?: string; build?: string; command?: string[]; volumes?: string[] };

/** docker-compose.yml as compose reads it: anchors and `<<` merge keys resolved. */
function compose(): { services: Record<string, Service> } {
  return parse(fs.readFileSync('docker-compose.yml', 'utf8'), { merge: true });
}

/** An app service's environment, with ${VAR:-default} and ${VAR:?error} resolved against `shell`. */
function composeAppEnv(shell: Record<string, string>, service = 'app1'): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, raw] of Object.entries(compose().services[service].environment ?? {})) {
    env[name] = String(raw).replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_all, v: string, op?: string, arg?: string) => {
      if (shell[v]) return shell[v];
      if (op === '?') throw new Error(`compose refuses to start: ${arg}`);
      return op === '-' ? (arg ?? '') : '';
    });
  }
  return env;
}

/** The ENV lines of the Dockerfile's final stage. */
function dockerfileEnv(): Record<string, string> {
  const text = fs.readFileSync('Dockerfile', 'utf8');
  const final = text.slice(text.lastIndexOf('\nFROM '));
  return Object.fromEntries([...final.matchAll(/^ENV (.*)$/gm)].flatMap((m) => m[1].split(/\s+/).map((kv) => kv.split('=') as [string, string])));
}

describe('deployment defaults', () => {
  it('the image runs in production mode', () => {
    const env = dockerfileEnv();
    expect(env.NODE_ENV).toBe('production');
    const c = loadConfig(env);
    expect(c.production).toBe(true);
    expect(c.demoData).toBe(false);
  });

  it('compose needs ADMIN_PASSWORD, refuses a weak one, and loads no demo data unless asked', () => {
    expect(() => composeAppEnv({})).toThrow(/ADMIN_PASSWORD/);
    expect(() => loadConfig(composeAppEnv({ ADMIN_PASSWORD: 'admin123' }))).toThrow(ConfigError);
    const c = loadConfig(composeAppEnv({ ADMIN_PASSWORD: 'Xk7-售后-上线-2026' }));
    expect(c).toMatchObject({ production: true, demoData: false, adminPassword: 'Xk7-售后-上线-2026', host: '0.0.0.0' });
    expect(c.databaseUrl).toMatch(/^mysql:\/\//);
    expect(loadConfig(composeAppEnv({ ADMIN_PASSWORD: 'Xk7-售后-上线-2026', DEMO_DATA: 'on' })).demoData).toBe(true);
  });

  it('compose runs two app instances behind nginx on a primary with a replica, started one after the other', () => {
    const { services } = compose();
    expect(Object.keys(services).sort()).toEqual(['app1', 'app2', 'db', 'db-replica', 'lb']);
    for (const app of ['app1', 'app2']) {
      const c = loadConfig(composeAppEnv({ ADMIN_PASSWORD: 'Xk7-售后-上线-2026' }, app));
      expect(c.databaseUrl).toMatch(/@db:3306\/serviceledger$/);
      expect(c.replicaUrls).toEqual([expect.stringMatching(/@db-replica:3306\/serviceledger$/)]);
      expect(c.production).toBe(true);
    }
    expect(services.app2.depends_on?.app1.condition).toBe('service_healthy');
    expect(services.db.command).toEqual(expect.arrayContaining(['--log-bin', '--binlog-format=ROW']));
    expect(services['db-replica'].environment?.MARIADB_MASTER_HOST).toBe('db');
    const nginx = fs.readFileSync('deploy/nginx.conf', 'utf8');
    expect(nginx).toMatch(/server app1:4000/);
    expect(nginx).toMatch(/server app2:4000/);
    expect(nginx).toMatch(/proxy_next_upstream error/);
    expect(services.lb.volumes).toContain('./deploy/nginx.conf:/etc/nginx/conf.d/default.conf:ro');
  });
});
