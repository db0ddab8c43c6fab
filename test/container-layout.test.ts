import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * The container as the Dockerfile lays it out, without Docker: the built app under a root-owned,
 * read-only /app, run as an unprivileged user (nobody, as the image's `node`), with the image's
 * environment and its DATA_DIR the only place it may write. It must start and serve; the same
 * without a writable DATA_DIR must refuse to start naming the variable.
 */
// (SQLite inside; the MariaDB pass has nothing to add)
const asRoot = process.getuid?.() === 0 && process.env.TEST_DB !== 'mysql';
const NOBODY = 65534;
let root: string;

/** The final stage's ENV lines. */
function imageEnv(): Record<string, string> {
  const text = fs.readFileSync('Dockerfile', 'utf8');
  const final = text.slice(text.lastIndexOf('\nFROM '));
  return Object.fromEntries(
    [...final.matchAll(/^ENV (.*)$/gm)].flatMap((m) =>
      m[1].split(/\s+/).map((kv) => kv.split('=') as [string, string]),
    ),
  );
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });

/** Runs the image's command as nobody in <root>/app; answers when /readyz says ready, or with what it printed when it exits. */
async function runImage(env: Record<string, string>): Promise<{ ready: boolean; output: string; stop(): void }> {
  const port = await freePort();
  const child = spawn(
    'setpriv',
    [`--reuid=${NOBODY}`, `--regid=${NOBODY}`, '--clear-groups', '--', process.execPath, 'dist/server/src/main.js'],
    {
      cwd: path.join(root, 'app'),
      env: {
        PATH: process.env.PATH!,
        HOME: '/nonexistent',
        ...imageEnv(),
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        ...env,
      },
    },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) break;
    const ok = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { ready: true, output, stop: () => child.kill('SIGTERM') };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  await exited;
  return { ready: false, output, stop: () => undefined };
}

/**
 * Every path below `dir`, not descending into symbolic links: Node 20's recursive readdir follows the
 * node_modules link, and changing modes there took the execute bit off the project's own binaries
 * (tsx, graphql-codegen) while tests running beside this one spawned them.
 */
function under(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() && !e.isSymbolicLink() ? [p, ...under(p)] : [p];
  });
}

beforeAll(() => {
  if (!asRoot) return;
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-image-'));
  fs.chmodSync(root, 0o755);
  const app = path.join(root, 'app');
  fs.mkdirSync(app);
  fs.cpSync('dist', path.join(app, 'dist'), { recursive: true });
  fs.copyFileSync('package.json', path.join(app, 'package.json'));
  fs.symlinkSync(path.resolve('node_modules'), path.join(app, 'node_modules'));
  // /app: root's, read and execute only
  for (const p of [app, ...under(app)]) {
    const st = fs.lstatSync(p);
    if (!st.isSymbolicLink()) fs.chmodSync(p, st.isDirectory() ? 0o555 : 0o444);
  }
  const data = path.join(root, 'var/lib/serviceledger');
  fs.mkdirSync(data, { recursive: true });
  fs.chownSync(data, NOBODY, NOBODY);
});
afterAll(() => {
  if (root) {
    for (const p of [root, ...under(root)]) {
      try {
        if (!fs.lstatSync(p).isSymbolicLink()) fs.chmodSync(p, 0o755);
      } catch {
        /* already gone */
      }
    }
    fs.rmSync(root, { recursive: true, force: true });
  }
});

describe('the container layout', () => {
  it.runIf(asRoot)(
    'starts and serves as an unprivileged user with /app read-only, writing only to its DATA_DIR',
    async () => {
      const data = path.join(root, 'var/lib/serviceledger');
      const run = await runImage({ DATA_DIR: data, ADMIN_PASSWORD: 'Xk7-售后-上线-2026' });
      try {
        expect(run.ready, run.output).toBe(true);
      } finally {
        run.stop();
      }
      // what it wrote is in DATA_DIR: the database and the generated key, owned by the app's user
      expect(fs.readdirSync(data)).toEqual(expect.arrayContaining(['service-ledger.sqlite', 'audit.key']));
      expect(fs.statSync(path.join(data, 'audit.key')).uid).toBe(NOBODY);
    },
    120_000,
  );

  it.runIf(asRoot)(
    'refuses to start, naming DATA_DIR, when it may not write there',
    async () => {
      const run = await runImage({ DATA_DIR: path.join(root, 'app', 'data'), ADMIN_PASSWORD: 'Xk7-售后-上线-2026' });
      expect(run.ready).toBe(false);
      expect(run.output).toMatch(/DATA_DIR .*app\/data is not writable/);
      expect(run.output).not.toMatch(/\n\s+at /);
    },
    120_000,
  );
});
