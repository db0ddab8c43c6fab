import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../server/src/database.js';
import { loadDemoData } from '../seeds/demo-data.js';
import { TEST_DB } from './helpers/test-server.js';

const MYSQL_URL = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
/** One moment for both loads (the tests' simulated now, an hour back): the same story to the second. */
const NOW = new Date(Date.now() - 3_600_000);
const TABLES = [
  'customer',
  'service_archive',
  'complaint',
  'return_order',
  'rework_order',
  'material_line',
  'material_requisition',
  'requisition_line',
  'reward_penalty_notice',
  'routine_inspection',
  'callback',
  'satisfaction_survey',
  'audit_event',
];

/** What the demo story holds: rows per table, and the numbers and states of its orders. */
async function fingerprint(ds: DataSource): Promise<Record<string, unknown>> {
  const q = (x: string) => ds.driver.escape(x);
  const out: Record<string, unknown> = {};
  for (const t of TABLES) out[t] = Number((await ds.query(`SELECT COUNT(*) AS n FROM ${q(t)}`))[0].n);
  const reworks: Array<{ no: string; status: string }> = await ds.query(
    `SELECT ${q('reworkNo')} AS no, ${q('status')} AS status FROM ${q('rework_order')} ORDER BY ${q('id')}`,
  );
  out.reworks = reworks.map((r) => `${r.no}:${r.status}`).join(',');
  const surveys: Array<{ c: number; s: number }> = await ds.query(
    `SELECT ${q('customerId')} AS c, ${q('rawScore')} AS s FROM ${q('satisfaction_survey')} ORDER BY ${q('id')}`,
  );
  out.surveys = surveys.map((r) => `${r.c}:${Number(r.s)}`).join(',');
  return out;
}

// needs both engines, so it runs in the MariaDB pass (TEST_DB=mysql), where CI has both
describe.skipIf(TEST_DB !== 'mysql')('demo data', () => {
  it('is the same story on SQLite and on MySQL/MariaDB', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-demo-'));
    const lite = await openDatabase({ databaseUrl: null, dataDir: dir });
    const name = `sl_demo_${Date.now().toString(36)}`;
    const admin = await mysql.createConnection(MYSQL_URL);
    await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const my = await openDatabase({ databaseUrl: `${MYSQL_URL}/${name}`, dataDir: dir });
    try {
      const [a, b] = [await loadDemoData(lite, NOW), await loadDemoData(my, NOW)];
      expect(b).toBe(a);
      expect(await fingerprint(my)).toEqual(await fingerprint(lite));
    } finally {
      await lite.destroy();
      await my.destroy();
      await admin.query(`DROP DATABASE \`${name}\``);
      await admin.end();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
