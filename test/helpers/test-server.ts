import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { Writable } from 'node:stream';
import { createApp } from '../../server/src/app.js';
import { createLogger } from '../../server/src/api/http/logger.js';
import { QueryCounter } from '../../server/src/core/db/query-counter.js';
import { openDatabase } from '../../server/src/database.js';
import { loadDemoData } from '../../seeds/demo-data.js';
import { DEFAULT_TEST_NOW, isClockPinned } from '../setup/simulated-clock.js';
import { copySchema, copySqlite, demoTemplate } from './demo-template.js';

/** Which database the integration tests run on: TEST_DB=mysql uses MariaDB/MySQL at TEST_MYSQL_URL. */
export const TEST_DB = process.env.TEST_DB === 'mysql' ? 'mysql' : 'sqlite';
export const MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';

export interface GqlError {
  message: string;
  extensions: { code?: string; field?: string; reason?: string; [key: string]: unknown };
}

export interface GqlAnswer<T> {
  data: T;
  errors: GqlError[] | undefined;
  status: number;
}

export interface TestServer {
  url: string;
  ds: DataSource;
  counter: QueryCounter;
  /** The request log's lines so far (parsed JSON). */
  logs: Array<Record<string, unknown>>;
  /** The raw text written to the log. */
  logText(): string;
  /** A second app instance on the same database (own connection pool), as behind a load balancer. */
  twin(opts?: { execution?: 'compiled' | 'standard' }): Promise<{ url: string; close(): Promise<void> }>;
  /** Posts a GraphQL request; `T` is the shape of `data` the test reads. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GqlAnswer<T>>;
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

/** A real server on a fresh, uniquely named database (SQLite temp file or a MariaDB schema), with the demo data. */
export async function startTestServer(
  opts: { demo?: boolean; clientDir?: string; production?: boolean } = {},
): Promise<TestServer> {
  const name = `sl_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  let databaseUrl: string | null = null;
  let tmpDir: string | null = null;
  const template =
    opts.demo !== false && !isClockPinned() ? demoTemplate(process.env.TEST_NOW || DEFAULT_TEST_NOW) : null;
  if (TEST_DB === 'mysql') {
    const admin = await mysql.createConnection(MYSQL_URL);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await admin.end();
    databaseUrl = `${MYSQL_URL}/${name}`;
    if (template) await copySchema(MYSQL_URL, template.source, name);
  } else {
    tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-test-'));
  }
  const counter = new QueryCounter();
  const sqliteFile = tmpDir ? path.join(tmpDir, 'test.sqlite') : undefined;
  if (template && tmpDir && sqliteFile) copySqlite(template, sqliteFile, tmpDir);
  const ds = await openDatabase({ databaseUrl, dataDir: tmpDir ?? os.tmpdir(), sqliteFile, logger: counter });
  if (opts.demo !== false && !template) await loadDemoData(ds);
  let logText = '';
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      logText += String(chunk);
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  const serve = async (source: DataSource, execution?: 'compiled' | 'standard') => {
    const { app, apollo } = await createApp(source, {
      execution,
      production: opts.production ?? false,
      clientDir: opts.clientDir,
      logger: createLogger('info', sink),
    });
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    // the test's fetch shares this process: after a blocking step (a spreadsheet program run with
    // execSync) it reuses a kept-alive socket before either side's idle timer has run, and the server's
    // 5 s timer then closes it under the request (ECONNRESET); the client's own, shorter timer decides
    server.keepAliveTimeout = 120_000;
    const addr = server.address();
    const url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
    return {
      url,
      close: async () => {
        await new Promise((r) => server.close(r));
        await apollo.stop();
      },
    };
  };
  const main = await serve(ds);
  const url = main.url;
  const tokens = new Map<string, string>();
  const twins: Array<() => Promise<void>> = [];

  const gql = async <T>(
    query: string,
    variables: Record<string, unknown> = {},
    token: string | null = null,
  ): Promise<GqlAnswer<T>> => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data: T; errors: GqlError[] | undefined };
    return { ...body, status: res.status };
  };

  return {
    url,
    ds,
    counter,
    logs,
    logText: () => logText,
    async twin(twinOpts = {}) {
      const other = await openDatabase({ databaseUrl, dataDir: tmpDir ?? os.tmpdir(), sqliteFile });
      const served = await serve(other, twinOpts.execution);
      const close = async () => {
        await served.close();
        if (other.isInitialized) await other.destroy();
      };
      twins.push(close);
      return { url: served.url, close };
    },
    gql,
    async login(username, password = 'demo') {
      const cached = tokens.get(username);
      if (cached && password === 'demo') return cached;
      const res = await gql<{ login: { token: string } | null }>(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        { u: username, p: password },
      );
      if (!res.data?.login) throw new Error(`login ${username} failed: ${JSON.stringify(res.errors)}`);
      tokens.set(username, res.data.login.token);
      return res.data.login.token;
    },
    async close() {
      for (const t of twins) await t();
      await main.close();
      await ds.destroy();
      if (TEST_DB === 'mysql') {
        const admin = await mysql.createConnection(MYSQL_URL);
        await admin.query(`DROP DATABASE \`${name}\``);
        await admin.end();
      } else if (tmpDir) fs.rmSync(tmpDir, { recursive: true, force: true });
    },
  };
}
