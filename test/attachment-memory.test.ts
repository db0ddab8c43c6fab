import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generated } from './helpers/files.js';
import { MYSQL_URL, TEST_DB } from './helpers/test-server.js';

// A 50 MB attachment streamed through the built server in a process of its own, its resident memory
// read from /proc while the file goes in and comes back out: the server never holds the file.
const MAIN = path.resolve('dist/server/src/main.js');
let child: ChildProcess;
let url = '';
let dataDir = '';
let database = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
const rssOf = (pid: number) => {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) * 1024 : 0;
};

beforeAll(async () => {
  if (!fs.existsSync(MAIN)) throw new Error('npm run build:server first: this test runs the built server');
  const port = await freePort();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-attach-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH!,
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    DEMO_DATA: 'on',
    LOG_LEVEL: 'warn',
  };
  if (TEST_DB === 'mysql') {
    database = `sl_attach_${Date.now().toString(36)}`;
    const admin = await mysql.createConnection(MYSQL_URL);
    await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    env.DATABASE_URL = `${MYSQL_URL}/${database}`;
  }
  child = spawn(process.execPath, [MAIN], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 1200; i++) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${output}`);
    if (
      await fetch(`${url}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the server did not get ready: ${output}`);
}, 180_000);

afterAll(async () => {
  child?.kill('SIGTERM');
  if (child && child.exitCode === null) await new Promise((r) => child.once('exit', r));
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  if (database) {
    const admin = await mysql.createConnection(MYSQL_URL);
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.end();
  }
});

async function gql<T>(query: string, token?: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return ((await res.json()) as { data: T }).data;
}

describe('a 50 MB attachment through the built server', () => {
  it('goes in and comes out with the server’s resident memory growing by under 30 MB', async () => {
    const token = (
      await gql<{ login: { token: string } }>('mutation { login(username: "clerk", password: "demo") { token } }')
    ).login.token;
    const id = (
      await gql<{ complaints: { edges: Array<{ node: { id: number } }> } }>(
        '{ complaints(first: 1) { edges { node { id } } } }',
        token,
      )
    ).complaints.edges[0].node.id;
    const post = (body: ReadableStream<Uint8Array> | Uint8Array, name: string) =>
      fetch(`${url}/attachments/complaint/${id}?category=TEST_REPORT&name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
        body,
        ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
      } as RequestInit);
    // warmed up by a first file of the same size: the path's code loaded and the collector's pace
    // set, so what is measured is what one more 50 MB file costs, not the process's first growth
    const warm = generated(50 * 1048576);
    const first = rssOf(child.pid!);
    expect((await post(warm.body, '预热.txt')).status).toBe(201);
    const afterFirst = rssOf(child.pid!);
    await new Promise((r) => setTimeout(r, 300));
    const pid = child.pid!;
    const base = rssOf(pid);
    let peak = base;
    const sample = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 10);
    const started = Date.now();
    const file = generated(50 * 1048576);
    const res = await post(file.body, '检测记录-50MB.txt');
    const up = Date.now() - started;
    const peakUp = peak;
    const { attachment } = (await res.json()) as { attachment: { id: number; sha256: string } };
    expect(attachment.sha256).toBe(file.digest());
    const back = createHash('sha256');
    const downStart = Date.now();
    for await (const c of (
      await fetch(`${url}/attachments/${attachment.id}`, { headers: { authorization: `Bearer ${token}` } })
    ).body as unknown as AsyncIterable<Uint8Array>)
      back.update(c);
    const down = Date.now() - downStart;
    clearInterval(sample);
    expect(back.digest('hex')).toBe(attachment.sha256);
    const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
    console.log(
      `50 MB attachment on ${TEST_DB}: up ${up} ms (${mb((50 * 1048576 * 1000) / up)} MB/s), down ${down} ms; server RSS ${mb(base)} → peak ${mb(peak)} MB (+${mb(peak - base)}; +${mb(peakUp - base)} on the way in; the first file: +${mb(afterFirst - first)})`,
    );
    expect(peak - base).toBeLessThan(30 * 1048576);
  }, 180_000);
});
