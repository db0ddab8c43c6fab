import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADMIN_PASSWORD = 'cluster-Test-2026!';
export const AUDIT_KEY = 'c1'.repeat(32);

/** A MariaDB primary and replica of our own (scripts/replica-pair.sh), on their own ports and data directories. */
export interface Pair {
  primaryUrl: string;
  replicaUrl: string;
  /** SQL on the replica (STOP SLAVE SQL_THREAD…). */
  onReplica(sql: string): Promise<unknown>;
  onPrimary<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export async function startPair(): Promise<Pair> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-pair-'));
  const out = execFileSync('bash', [path.join(root, 'scripts/replica-pair.sh'), 'start', dir], {
    encoding: 'utf8',
    env: { ...process.env, PAIR_PRIMARY_PORT: '3326', PAIR_REPLICA_PORT: '3327' },
  });
  const vars = Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => l.split(/=(.*)/s).slice(0, 2)),
  );
  const primary = mysql.createPool({ uri: vars.PRIMARY_URL, connectionLimit: 4, timezone: 'Z' });
  const replica = await mysql.createConnection({
    uri: vars.REPLICA_URL.replace(/\/serviceledger$/, '/'),
    timezone: 'Z',
  });
  return {
    primaryUrl: vars.PRIMARY_URL,
    replicaUrl: vars.REPLICA_URL,
    onReplica: (sql) => replica.query(sql),
    onPrimary: async (sql, params = []) => (await primary.query(sql, params))[0] as never,
    async stop() {
      await primary.end();
      await replica.end();
      execFileSync('bash', [path.join(root, 'scripts/replica-pair.sh'), 'stop', dir]);
    },
  };
}

/** A three-node Galera cluster of our own (scripts/galera-cluster.sh, ports 3336–3338). */
export interface Galera {
  /** Every node, as the app takes it. */
  url: string;
  nodeUrls: string[];
  kill(node: number): void;
  /** The node rejoins (by IST when the others still hold what it missed); resolves once it is synced. */
  restart(node: number): Promise<void>;
  onNode<T = Record<string, unknown>>(node: number, sql: string, params?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export function startGalera(): Galera {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-galera-'));
  const script = path.join(root, 'scripts/galera-cluster.sh');
  const out = execFileSync('bash', [script, 'start', dir], { encoding: 'utf8' });
  const vars = Object.fromEntries(
    out
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => l.split(/=(.*)/s).slice(0, 2)),
  );
  const nodeUrls = [vars.NODE1_URL, vars.NODE2_URL, vars.NODE3_URL];
  return {
    url: vars.CLUSTER_URL,
    nodeUrls,
    kill: (n) => void execFileSync('bash', [script, 'kill', String(n), dir]),
    restart: async (n) => void (await promisify(execFile)('bash', [script, 'restart', String(n), dir])),
    async onNode(n, sql, params = []) {
      const c = await mysql.createConnection({ uri: nodeUrls[n - 1], timezone: 'Z' });
      try {
        return (await c.query(sql, params))[0] as never;
      } finally {
        await c.end();
      }
    },
    async stop() {
      execFileSync('bash', [script, 'stop', dir]);
    },
  };
}

/** One app instance: the built server in its own process, as production runs it. */
export interface Instance {
  name: string;
  url: string;
  process: ChildProcess;
  output(): string;
  /** SIGTERM (drains) or SIGKILL; resolves when the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

export async function startInstance(
  name: string,
  port: number,
  pair: { primaryUrl: string; replicaUrl?: string },
  env: Record<string, string> = {},
): Promise<Instance> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `sl-${name}-`));
  const child = spawn(process.execPath, [path.join(root, 'dist/server/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      DATABASE_URL: pair.primaryUrl,
      ...(pair.replicaUrl ? { DATABASE_REPLICA_URLS: pair.replicaUrl } : {}),
      ADMIN_PASSWORD,
      AUDIT_KEY,
      DEMO_DATA: 'on',
      LOG_LEVEL: 'warn',
      REPLICA_MAX_LAG_SECONDS: '5',
      READ_YOUR_WRITES_SECONDS: '5',
      ESCALATION_EVERY_MINUTES: '0.05',
      SHUTDOWN_TIMEOUT_SECONDS: '20',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (d: Buffer) => (text += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (text += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start:\n${text}`)), 60_000);
    child.stdout!.on('data', () => text.includes('ServiceLedger') && (clearTimeout(timer), resolve()));
    void exited.then((code) => (clearTimeout(timer), reject(new Error(`${name} exited ${code}:\n${text}`))));
  });
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    process: child,
    output: () => text,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal);
      return exited;
    },
  };
}

export interface Answer {
  status: number;
  body: { data?: any; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

/** One request on its own connection (no keep-alive): a refused connection rejects with its code; an answer is an answer. */
export function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Answer> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/graphql`,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            reject(new Error(`not JSON (HTTP ${res.statusCode}): ${text.slice(0, 200)}`));
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export async function getJson(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { headers: { connection: 'close' } });
  return { status: res.status, body: await res.json() };
}

export async function login(url: string, username: string): Promise<string> {
  const a = await post(url, 'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }', {
    u: username,
    p: ADMIN_PASSWORD,
  });
  if (!a.body.data?.login) throw new Error(`login ${username}: ${JSON.stringify(a.body.errors)}`);
  return a.body.data.login.token;
}

export async function until(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 30_000,
  everyMs = 200,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A new complaint as a clerk saves it (one row of a batch save), told apart by its description. */
export const complaintRow = (ref: string, description: string) => ({
  ref,
  values: {
    receivedAt: '2026-11-20T10:00:00+08:00',
    channel: 'HOTLINE',
    customer: 'C0001',
    kind: 'APPEAL',
    description,
    handlingScope: 'DEPARTMENT',
  },
});
