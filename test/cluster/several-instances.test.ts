/**
 * Two app instances on one MariaDB primary with one replica, all started here from what is installed
 * (scripts/replica-pair.sh): what a company that outgrows one machine runs behind a load balancer.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../server/src/core/audit/audit-trail.js';
import { openDatabase } from '../../server/src/database.js';
import {
  AUDIT_KEY,
  getJson,
  login,
  post,
  startInstance,
  startPair,
  until,
  type Instance,
  type Pair,
  complaintRow,
} from './cluster-harness.js';

let pair: Pair;
let a: Instance;
let b: Instance;
const PORT_A = 4711;
const PORT_B = 4712;

beforeAll(async () => {
  pair = await startPair();
  // the first start migrates and loads the demo story; the second finds them done
  a = await startInstance('a', PORT_A, pair);
  b = await startInstance('b', PORT_B, pair);
  for (const i of [a, b])
    await until(
      `${i.name} to read from the replica`,
      async () => (await getJson(`${i.url}/readyz`)).body.replicas?.[0]?.inUse === true,
    );
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await pair?.stop();
});

const SAVE = `mutation($input: SaveComplaintInput!) { saveComplaints(input: $input) { ok errors { field message } saved { id } } }`;
const FIND = `query($d: String!) { complaints(first: 50, filter: { description: { contains: $d } }) { edges { node { id description } } } }`;
const complaint = complaintRow;
const found = async (url: string, token: string, marker: string) =>
  ((await post(url, FIND, { d: marker }, token)).body.data?.complaints.edges ?? []).length;

describe('several instances on one primary with a replica', () => {
  it('writes through A and reads them through B at once', async () => {
    const clerk = await login(a.url, 'clerk');
    const saved = await post(a.url, SAVE, { input: { creates: [complaint('x', '集群 写A读B')] } }, clerk);
    expect(saved.body.data.saveComplaints.ok).toBe(true);
    expect(await found(b.url, clerk, '写A读B')).toBe(1);
  });

  it('refuses a logged-out token on the other instance within 1 s', async () => {
    const clerk = await login(a.url, 'clerk');
    expect((await post(b.url, '{ me { username } }', {}, clerk)).body.data.me.username).toBe('clerk');
    expect((await post(a.url, 'mutation { logout }', {}, clerk)).body.data.logout).toBe(true);
    const loggedOut = Date.now();
    const after = await post(b.url, '{ me { username } }', {}, clerk);
    expect(Date.now() - loggedOut).toBeLessThan(1000);
    expect(after.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const write = await post(b.url, SAVE, { input: { creates: [complaint('y', '集群 已退出')] } }, clerk);
    expect(write.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reports the database, migrations and the replica lag on /readyz', async () => {
    const ready = await getJson(`${b.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ready', database: 'ok', migrations: 'ok' });
    expect(ready.body.replicas).toHaveLength(1);
    expect(ready.body.replicas[0]).toMatchObject({ inUse: true });
    expect(ready.body.replicas[0].lagSeconds).toBeLessThan(3);
  });

  it('starts with a replica that is down, reports it and reads from the one that is up', async () => {
    const c = await startInstance('c', PORT_B + 1, pair, {
      DATABASE_REPLICA_URLS: `${pair.replicaUrl},mysql://root@127.0.0.1:3399/serviceledger`,
    });
    try {
      await until(
        'c to read from the replica that is up',
        async () => (await getJson(`${c.url}/readyz`)).body.replicas?.[0]?.inUse === true,
      );
      const ready = await getJson(`${c.url}/readyz`);
      expect(ready.status).toBe(200);
      expect(ready.body.replicas[1]).toMatchObject({
        name: 'mysql://127.0.0.1:3399/serviceledger',
        inUse: false,
        lagSeconds: null,
      });
      expect(ready.body.replicas[1].error).toBeTruthy();
      const clerk = await login(c.url, 'clerk');
      expect(await found(c.url, clerk, '写A读B')).toBe(1);
    } finally {
      await c.stop();
    }
  });

  it('keeps a clerk on the primary after a save while the replica stands still, and skips a replica that falls behind', async () => {
    const clerk = await login(a.url, 'clerk');
    const quality = await login(b.url, 'quality');
    await pair.onReplica('STOP SLAVE SQL_THREAD');
    try {
      const saved = await post(a.url, SAVE, { input: { creates: [complaint('z', '集群 副本停住')] } }, clerk);
      expect(saved.body.data.saveComplaints.ok).toBe(true);
      // the clerk, on either instance, reads the primary: the save does not vanish
      expect(await found(b.url, clerk, '副本停住')).toBe(1);
      expect(await found(a.url, clerk, '副本停住')).toBe(1);
      // someone who did not write reads the replica, which has not applied it: lists do go to the replica
      expect(await found(b.url, quality, '副本停住')).toBe(0);
      // once the replica is further behind than REPLICA_MAX_LAG_SECONDS it gets no reads
      await until(
        'the replica to be skipped',
        async () => (await getJson(`${b.url}/readyz`)).body.replicas[0].inUse === false,
        20_000,
      );
      expect(await found(b.url, quality, '副本停住')).toBe(1);
    } finally {
      await pair.onReplica('START SLAVE SQL_THREAD');
    }
    await until(
      'the replica to catch up',
      async () => (await getJson(`${b.url}/readyz`)).body.replicas[0].inUse === true,
      20_000,
    );
  });

  it('runs the escalation on one instance at a time', async () => {
    const runs = async () =>
      Number(
        (await pair.onPrimary<{ runs: number }>("SELECT runs FROM job_lease WHERE name = 'complaint-escalation'"))[0]
          ?.runs ?? 0,
      );
    await until('a first escalation run', async () => (await runs()) > 0, 20_000);
    const before = await runs();
    const started = Date.now();
    await new Promise((r) => setTimeout(r, 12_000));
    const ticks = (Date.now() - started) / 3000;
    const ran = (await runs()) - before;
    // every 3 s on both instances: one runner makes ≈ 4 runs here, two would make ≈ 8
    expect(ran).toBeGreaterThanOrEqual(Math.floor(ticks) - 1);
    expect(ran).toBeLessThanOrEqual(Math.ceil(ticks) + 1);
    const twice = await pair.onPrimary(
      "SELECT entityId, field, COUNT(*) AS n FROM audit_event WHERE action = 'AUTO_ESCALATE' GROUP BY entityId, field HAVING COUNT(*) > 1",
    );
    expect(twice).toEqual([]);
    expect(
      (await pair.onPrimary<{ n: number }>("SELECT COUNT(*) AS n FROM audit_event WHERE action = 'AUTO_ESCALATE'"))[0]
        .n,
    ).toBeGreaterThan(0);
  }, 60_000);
});

/** Clerks saving without pause, each save on its own connection, to A and B in turn; a refused connection is retried on the other instance. */
function writeLoad(instances: () => Instance[], tokens: Map<string, string>, marker: string) {
  const accepted: Array<{ ref: string; ids: number[] }> = [];
  const failed: string[] = [];
  const cut: Array<{ ref: string; phase: string }> = []; // sent, but the connection broke before an answer
  let stop = false;
  let phase = 'rolling';
  let n = 0;
  const worker = async (w: number) => {
    while (!stop) {
      const ref = `${marker}-${w}-${n++}`;
      const input = { creates: [1, 2, 3, 4, 5].map((i) => complaint(`${ref}-${i}`, `${ref} 批`)) };
      for (let attempt = 0; attempt < 20; attempt++) {
        const list = instances();
        const target = list[(w + attempt) % list.length];
        try {
          const res = await post(target.url, SAVE, { input }, tokens.get(target.name));
          const out = res.body.data?.saveComplaints;
          if (res.status === 200 && out?.ok) accepted.push({ ref, ids: out.saved.map((s: { id: number }) => s.id) });
          else
            failed.push(
              `${target.name} HTTP ${res.status}: ${JSON.stringify(res.body.errors ?? out?.errors).slice(0, 200)}`,
            );
          break;
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'ECONNREFUSED') continue; // not accepted: that instance is not listening
          cut.push({ ref, phase });
          break;
        }
      }
    }
  };
  const running = Promise.all([0, 1, 2, 3].map(worker));
  return {
    accepted,
    failed,
    cut,
    killing() {
      phase = 'kill';
    },
    async finish() {
      stop = true;
      await running;
    },
  };
}

describe('restarts under a steady write load', () => {
  it('loses nothing and fails no accepted request through a rolling restart, and keeps the chain whole when an instance is killed', async () => {
    const tokens = new Map([
      ['a', await login(a.url, 'clerk')],
      ['b', await login(b.url, 'clerk')],
    ]);
    const load = writeLoad(() => [a, b], tokens, 'RR');
    const settle = () => new Promise((r) => setTimeout(r, 1500));
    await settle();
    // rolling restart: A drains and comes back, then B; the clients keep sending to the one draining
    // (refused connections go to the other, as a load balancer retries them)
    expect(await a.stop('SIGTERM')).toBe(0);
    a = await startInstance('a', PORT_A, pair);
    tokens.set('a', await login(a.url, 'clerk'));
    await settle();
    expect(await b.stop('SIGTERM')).toBe(0);
    b = await startInstance('b', PORT_B, pair);
    tokens.set('b', await login(b.url, 'clerk'));
    await settle();
    // and one instance killed outright mid-load
    load.killing();
    await b.stop('SIGKILL');
    await settle();
    await load.finish();
    b = await startInstance('b', PORT_B, pair);

    console.log(
      `rolling restart and kill: ${load.accepted.length} saves accepted, ${load.cut.length} cut by the kill, ${load.failed.length} failed`,
    );
    expect(load.failed).toEqual([]);
    // a draining instance answers what it accepted: only the kill may cut a request off
    expect(load.cut.filter((c) => c.phase === 'rolling')).toEqual([]);
    expect(load.accepted.length).toBeGreaterThan(20);
    // every accepted save is there, all five rows of it
    const rows = await pair.onPrimary<{ description: string }>(
      "SELECT description FROM complaint WHERE description LIKE 'RR-%'",
    );
    const perRef = new Map<string, number>();
    for (const r of rows) perRef.set(r.description.split(' ')[0], (perRef.get(r.description.split(' ')[0]) ?? 0) + 1);
    for (const s of load.accepted) expect(perRef.get(s.ref)).toBe(5);
    // a save cut by the kill either committed whole or not at all
    for (const { ref } of load.cut) expect([0, 5]).toContain(perRef.get(ref) ?? 0);
    expect([...perRef.values()].every((n) => n === 5)).toBe(true);

    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-verify-'));
    const ds = await openDatabase({ databaseUrl: pair.primaryUrl, dataDir, auditKey: AUDIT_KEY });
    try {
      const chain = await verifyAuditChain(ds);
      expect(chain.ok).toBe(true);
    } finally {
      await ds.destroy();
    }
  }, 180_000);

  it("the replica passes compose's health check, as MariaDB's healthcheck.sh runs it; it failed with the arguments compose had before", async () => {
    const { parse } = await import('yaml');
    const test = (
      parse(fs.readFileSync('docker-compose.yml', 'utf8'), { merge: true }) as {
        services: Record<string, { healthcheck: { test: string[] } }>;
      }
    ).services['db-replica'].healthcheck.test;
    const u = new URL(pair.replicaUrl);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-hc-'));
    const cnf = path.join(dir, 'client.cnf');
    fs.writeFileSync(
      cnf,
      `[client]\nhost=${u.hostname}\nport=${u.port}\nuser=${decodeURIComponent(u.username) || 'root'}\n${u.password ? `password=${decodeURIComponent(u.password)}\n` : ''}`,
    );
    const run = (args: string[]) =>
      spawnSync('bash', ['test/cluster/fixtures/mariadb-healthcheck.sh', `--defaults-extra-file=${cnf}`, ...args], {
        encoding: 'utf8',
      }).status;
    expect(test.slice(0, 2)).toEqual(['CMD', 'healthcheck.sh']);
    expect(run(test.slice(2))).toBe(0);
    expect(run(['--connect', '--replication_io', '--replication_sql'])).toBe(1); // what compose said before: never healthy
    // and it tells a replica whose SQL thread stopped
    await pair.onReplica('STOP SLAVE SQL_THREAD');
    try {
      expect(run(test.slice(2))).toBe(1);
    } finally {
      await pair.onReplica('START SLAVE SQL_THREAD');
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
