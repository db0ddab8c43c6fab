/**
 * Vitest global setup: the demo data generated once for the whole run (test/helpers/demo-template.ts),
 * on the tests' simulated clock, and removed at the end. SL_TEST_DEMO_TEMPLATE=0 turns it off.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { loadDemoData } from '../../seeds/demo-data.js';
import { openDatabase } from '../../server/src/database.js';
import { TEMPLATE_ENV, templateKeyDir, type DemoTemplate } from '../helpers/demo-template.js';
import { MYSQL_URL, TEST_DB } from '../helpers/test-server.js';
import { DEFAULT_TEST_NOW, installSimulatedClock } from './simulated-clock.js';

export async function setup(): Promise<(() => Promise<void>) | void> {
  if (process.env[TEMPLATE_ENV] === '0' || process.env.AUDIT_KEY) return;
  const clock = process.env.TEST_NOW || DEFAULT_TEST_NOW;
  // the simulated clock only while the data is generated: the runner keeps the real time
  const realDate = (globalThis as unknown as Record<symbol, DateConstructor>)[Symbol.for('serviceLedger.realDate')];
  installSimulatedClock(clock);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-template-'));
  const schema = `sl_tpl_${realDate.now().toString(36)}_${process.pid}`;
  let databaseUrl: string | null = null;
  try {
    if (TEST_DB === 'mysql') {
      const admin = await mysql.createConnection(MYSQL_URL);
      await admin.query(`CREATE DATABASE \`${schema}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      await admin.end();
      databaseUrl = `${MYSQL_URL}/${schema}`;
    }
    const sqliteFile = path.join(dir, 'test.sqlite');
    const ds = await openDatabase({ databaseUrl, dataDir: templateKeyDir(TEST_DB, dir), sqliteFile });
    await loadDemoData(ds);
    await ds.destroy();
    const t: DemoTemplate = {
      kind: TEST_DB,
      source: TEST_DB === 'mysql' ? schema : sqliteFile,
      keyDir: templateKeyDir(TEST_DB, dir),
      clock,
    };
    process.env[TEMPLATE_ENV] = JSON.stringify(t);
  } finally {
    globalThis.Date = realDate;
  }
  return async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    if (databaseUrl) {
      const admin = await mysql.createConnection(MYSQL_URL);
      await admin.query(`DROP DATABASE IF EXISTS \`${schema}\``);
      await admin.end();
    }
  };
}
