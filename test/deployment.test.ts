import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../server/src/config.js';

/** The app service's environment in docker-compose.yml, with ${VAR:-default} and ${VAR:?error} resolved against `shell`. */
function composeAppEnv(shell: Record<string, string>): Record<string, string> {
  const text = fs.readFileSync('docker-compose.yml', 'utf8');
  const app = text.slice(text.indexOf('\n  app:'));
  const block = app.slice(app.indexOf('environment:'), app.indexOf('\n    ports:'));
  const env: Record<string, string> = {};
  for (const m of block.matchAll(/^ {6}(\w+): (.*)$/gm)) {
    env[m[1]] = m[2].replace(/^"|"$/g, '').replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_all, name: string, op?: string, arg?: string) => {
      const v = shell[name];
      if (v) return v;
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
});
