/**
 * `npm run bench -- --galera`: saves and workflow steps per second on one MariaDB server against the
 * three-node Galera cluster (scripts/galera-cluster.sh), with the transactions the database refused
 * and the app ran again. Four setups, each with eight clerks saving a complaint and acknowledging
 * every third for SECONDS:
 *   1. one server, one instance            — the baseline
 *   2. the cluster, one instance            — what synchronous replication costs a commit
 *   3. the cluster, two instances, one node — the product's routing (every instance on the first node)
 *   4. the cluster, two instances, two nodes — writes spread, to see what the audit trail's one head
 *      and the number sequences cost when nodes certify against each other
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import { SERVER_NODE_FLAGS } from './node-flags.js';
import { nextPort } from './ports.js';
import { median, round, type Figure } from './stats.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SECONDS = Number(process.env.GALERA_BENCH_SECONDS ?? 15);
const PASSWORD = 'galera-Bench-2026!';
const KEY = 'b7'.repeat(32);

interface App {
  url: string;
  child: ChildProcess;
}

async function startApp(databaseUrl: string, demo: boolean): Promise<App> {
  const port = await nextPort();
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, 'dist/server/src/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'sl-gbench-')),
      DATABASE_URL: databaseUrl,
      ADMIN_PASSWORD: PASSWORD,
      AUDIT_KEY: KEY,
      DEMO_DATA: demo ? 'on' : 'off',
      LOG_LEVEL: 'warn',
      ESCALATION_EVERY_MINUTES: '0',
      INSPECTION_PLAN_EVERY_HOURS: '0',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stderr!.on('data', (d: Buffer) => (out += d));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => String(d).includes('ServiceLedger') && resolve());
    child.once('exit', (c) => reject(new Error(`server exited ${c}: ${out.slice(-500)}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

async function gql(url: string, query: string, variables: object, token?: string): Promise<any> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

const SAVE = `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) { ok saved { id version } } }`;
const ACK = `mutation($id: Int!, $version: Int!) { acknowledgeComplaint(id: $id, version: $version) { id } }`;
const LOGIN = `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`;

/** Eight clerks spread over the apps for SECONDS: saves and steps acknowledged, latencies, refusals. */
async function load(apps: App[]): Promise<{ saves: number; steps: number; refused: number; p50: number; p95: number }> {
  const end = Date.now() + SECONDS * 1000;
  const times: number[] = [];
  let saves = 0;
  let steps = 0;
  let refused = 0;
  const clerk = async (app: App, i: number) => {
    const signIn = await gql(app.url, LOGIN, { u: 'clerk', p: PASSWORD });
    const token = signIn.data?.login?.token as string | undefined;
    if (!token) {
      refused++;
      console.error(`  clerk ${i} could not sign in: ${JSON.stringify(signIn.errors).slice(0, 300)}`);
      return;
    }
    for (let n = 1; Date.now() < end; n++) {
      const start = performance.now();
      const r = await gql(
        app.url,
        SAVE,
        {
          input: {
            creates: [
              {
                ref: 'x',
                values: {
                  receivedAt: new Date(Date.now() - 3_600_000).toISOString(),
                  channel: 'HOTLINE',
                  customer: 'C0001',
                  kind: 'APPEAL',
                  description: `bench-${i}-${n}`,
                  handlingScope: 'DEPARTMENT',
                },
              },
            ],
          },
        },
        token,
      ).catch(() => null);
      const s = r?.data?.saveComplaints;
      if (!s?.ok) {
        refused++;
        continue;
      }
      times.push(performance.now() - start);
      saves++;
      if (n % 3 === 0) {
        const k = await gql(app.url, ACK, { id: s.saved[0].id, version: s.saved[0].version }, token).catch(() => null);
        if (k?.data?.acknowledgeComplaint) steps++;
        else refused++;
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, (_, i) => clerk(apps[i % apps.length], i)));
  times.sort((a, b) => a - b);
  return {
    saves,
    steps,
    refused,
    p50: round(median(times), 1),
    p95: round(times[Math.floor(times.length * 0.95)] ?? 0, 1),
  };
}

const retried = async (apps: App[]) => {
  const all = await Promise.all(
    apps.map(async (a) => ((await (await fetch(`${a.url}/readyz`)).json()) as any).transactions.retried),
  );
  return all.reduce((n: number, r: Record<string, number>) => n + (r.conflict ?? 0) + (r.lostNode ?? 0), 0);
};

export async function galeraBench(add: (f: Figure) => void): Promise<void> {
  const script = path.join(root, 'scripts/galera-cluster.sh');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-gbench-cluster-'));
  const single = process.env.DATABASE_URL || 'mysql://root@127.0.0.1:3306/serviceledger_galera_baseline';
  const admin = await mysql.createConnection(single.replace(/\/[^/]+$/, '/'));
  const dbName = single.replace(/^.*\//, '');
  await admin.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
  await admin.query(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const out = execFileSync('bash', [script, 'start', dir], { encoding: 'utf8' });
  const cluster = /CLUSTER_URL=(\S+)/.exec(out)![1];
  const hosts = /@([^/]+)\//.exec(cluster)![1].split(',');
  const spreadUrl = cluster.replace(hosts.join(','), [hosts[1], hosts[0], hosts[2]].join(','));
  const setups: Array<{ name: string; urls: string[] }> = [
    { name: '1. one server, one instance', urls: [single] },
    { name: '2. cluster, one instance', urls: [cluster] },
    { name: '3. cluster, two instances on one node', urls: [cluster, cluster] },
    { name: '4. cluster, two instances on two nodes', urls: [cluster, spreadUrl] },
  ];
  const results: Record<string, number> = {};
  try {
    let loaded = new Set<string>();
    for (const s of setups) {
      const apps: App[] = [];
      for (const url of s.urls) {
        const db = url === single ? 'single' : 'cluster';
        apps.push(await startApp(url, !loaded.has(db)));
        loaded = new Set([...loaded, db]);
      }
      try {
        const r = await load(apps);
        const perSecond = round(r.saves / SECONDS, 1);
        results[s.name] = perSecond;
        add({
          name: `G${s.name}: saves`,
          value: perSecond,
          unit: 'saves/s',
          target: '—',
          pass: null,
          note: `${round(r.steps / SECONDS, 1)} steps/s; p50 ${r.p50} ms, p95 ${r.p95} ms; refused ${r.refused}; transactions run again ${await retried(apps)}`,
        });
      } finally {
        for (const a of apps) a.child.kill();
      }
    }
  } finally {
    execFileSync('bash', [script, 'stop', dir]);
    await admin.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
    await admin.end();
  }
  add({
    name: 'G. cluster ÷ one server (one instance)',
    value: round(results[setups[1].name] / results[setups[0].name]),
    unit: '×',
    target: '—',
    pass: null,
  });
  add({
    name: 'G. writes on two nodes ÷ on one node (two instances)',
    value: round(results[setups[3].name] / results[setups[2].name]),
    unit: '×',
    target: '—',
    pass: null,
  });
}
