import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError, loadConfig } from '../server/src/config.js';
import { clusterHosts } from '../server/src/core/db/cluster-pool.js';

type Service = {
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  image?: string;
  build?: string;
  command?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
};
const STRONG = { ADMIN_PASSWORD: 'Xk7-售后-上线-2026', AUDIT_KEY: 'a'.repeat(64) };

/** docker-compose.yml as compose reads it: anchors and `<<` merge keys resolved. */
function compose(file = 'docker-compose.yml'): { services: Record<string, Service> } {
  return parse(fs.readFileSync(file, 'utf8'), { merge: true });
}

/** An app service's environment, with ${VAR:-default} and ${VAR:?error} resolved against `shell`. */
function composeAppEnv(shell: Record<string, string>, service = 'app1', file?: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, raw] of Object.entries(compose(file).services[service].environment ?? {})) {
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
  return Object.fromEntries(
    [...final.matchAll(/^ENV (.*)$/gm)].flatMap((m) =>
      m[1].split(/\s+/).map((kv) => kv.split('=') as [string, string]),
    ),
  );
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
    expect(() => composeAppEnv({ AUDIT_KEY: STRONG.AUDIT_KEY })).toThrow(/ADMIN_PASSWORD/);
    expect(() => loadConfig(composeAppEnv({ ADMIN_PASSWORD: 'admin123', AUDIT_KEY: STRONG.AUDIT_KEY }))).toThrow(
      ConfigError,
    );
    const c = loadConfig(composeAppEnv(STRONG));
    expect(c).toMatchObject({
      production: true,
      demoData: false,
      adminPassword: 'Xk7-售后-上线-2026',
      host: '0.0.0.0',
    });
    expect(c.databaseUrl).toMatch(/^mysql:\/\//);
    expect(loadConfig(composeAppEnv({ ...STRONG, DEMO_DATA: 'on' })).demoData).toBe(true);
  });

  it('compose runs two app instances behind nginx on a primary with a replica, started one after the other', () => {
    const { services } = compose();
    expect(Object.keys(services).sort()).toEqual(['app1', 'app2', 'db', 'db-replica', 'lb']);
    for (const app of ['app1', 'app2']) {
      const c = loadConfig(composeAppEnv(STRONG, app));
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

  it('compose needs one AUDIT_KEY for every instance: none generates its own', () => {
    expect(() => composeAppEnv({ ADMIN_PASSWORD: STRONG.ADMIN_PASSWORD })).toThrow(/AUDIT_KEY/);
    for (const app of ['app1', 'app2']) expect(loadConfig(composeAppEnv(STRONG, app)).auditKey).toBe(STRONG.AUDIT_KEY);
  });

  it('the image is built once and run twice; each instance writes only to its own volume, never to /app', () => {
    const { services } = compose();
    expect(services.app1.build).toBe('.');
    expect(services.app2.build).toBeUndefined();
    expect(services.app1.image).toBe(services.app2.image);
    const dataDir = dockerfileEnv().DATA_DIR;
    expect(dataDir).toBe('/var/lib/serviceledger');
    expect(services.app1.volumes).toEqual([`app1-data:${dataDir}`]);
    expect(services.app2.volumes).toEqual([`app2-data:${dataDir}`]);
    const docker = fs.readFileSync('Dockerfile', 'utf8');
    expect(docker).toMatch(/chown node:node \/var\/lib\/serviceledger/);
    expect(docker).toMatch(/USER node/);
    expect(docker).toMatch(/HEALTHCHECK[^\n]*--start-period=/);
    // the current Node LTS in the image (engines says what CI proves)
    for (const from of docker.matchAll(/^FROM node:(\d+)/gm)) expect(Number(from[1])).toBeGreaterThanOrEqual(22);
  });

  it("the replica's health check ends on --replication, the test MariaDB's healthcheck.sh runs last", () => {
    const test = compose().services['db-replica'].healthcheck!.test;
    expect(test.at(-1)).toBe('--replication');
    expect(test).toEqual(expect.arrayContaining(['--replication_io', '--replication_sql']));
  });

  it('nginx takes bodies as large as the app does, so the app answers an oversized one with its own message', () => {
    const mb = (s: string) => Number(/(\d+)m/.exec(s)![1]);
    const nginx = mb(/client_max_body_size (\d+m)/.exec(fs.readFileSync('deploy/nginx.conf', 'utf8'))![1]);
    const importLimit = mb(
      /IMPORT_BODY_LIMIT = '(\d+mb)'/.exec(fs.readFileSync('server/src/api/http/ledger-files.router.ts', 'utf8'))![1],
    );
    const graphqlLimit = mb(/GRAPHQL_BODY_LIMIT = '(\d+mb)'/.exec(fs.readFileSync('server/src/app.ts', 'utf8'))![1]);
    expect(nginx).toBeGreaterThanOrEqual(Math.max(importLimit, graphqlLimit));
  });

  it('the Galera variant runs three synced nodes and two instances that name all three, founding the cluster once', () => {
    const file = 'deploy/docker-compose.galera.yml';
    const { services } = compose(file);
    expect(Object.keys(services).sort()).toEqual(['app1', 'app2', 'galera1', 'galera2', 'galera3', 'lb']);
    const cnf = fs.readFileSync('deploy/galera.cnf', 'utf8');
    expect(cnf).toMatch(/^wsrep_on = ON$/m);
    expect(cnf).toMatch(/^wsrep_cluster_address = gcomm:\/\/galera1,galera2,galera3$/m);
    expect(cnf).toMatch(/^innodb_autoinc_lock_mode = 2$/m);
    for (const n of [1, 2, 3]) {
      const node = services[`galera${n}`];
      expect(node.volumes).toContain('./galera.cnf:/etc/mysql/conf.d/galera.cnf:ro');
      expect(node.command).toEqual(expect.arrayContaining([`--wsrep-node-name=galera${n}`]));
      // healthy means synced with the cluster, so the next node and the apps wait for that
      expect(node.healthcheck!.test).toContain('--galera_online');
    }
    // only galera1, and only on an empty data directory, founds a new cluster
    const found = (services.galera1 as Service & { entrypoint: string[] }).entrypoint.join(' ');
    expect(found).toMatch(/if \[ -f \/var\/lib\/mysql\/grastate.dat \].*--wsrep-new-cluster/);
    expect(JSON.stringify([services.galera2, services.galera3])).not.toContain('wsrep-new-cluster');
    expect(services.galera2.depends_on?.galera1.condition).toBe('service_healthy');
    for (const app of ['app1', 'app2']) {
      const c = loadConfig(composeAppEnv(STRONG, app, file));
      expect(clusterHosts(c.databaseUrl!)).toEqual([
        { host: 'galera1', port: 3306 },
        { host: 'galera2', port: 3306 },
        { host: 'galera3', port: 3306 },
      ]);
      expect(c.auditKey).toBe(STRONG.AUDIT_KEY);
      expect(c.clusterFailbackSeconds).toBe(30);
    }
    expect(services.app2.depends_on?.app1.condition).toBe('service_healthy');
    expect(services.lb.volumes).toContain('./nginx.conf:/etc/nginx/conf.d/default.conf:ro');
    expect(() => composeAppEnv({ ADMIN_PASSWORD: STRONG.ADMIN_PASSWORD }, 'app1', file)).toThrow(/AUDIT_KEY/);
  });
});
