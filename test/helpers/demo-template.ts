import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';

/**
 * The demo data, generated once per test run and copied into each test file's fresh database.
 * Generating it runs every save through the ledger engine and signs the trail (≈ 5 s on SQLite,
 * ≈ 10 s on MariaDB, twice that with two files at once); a copy takes a fraction of a second. The
 * copy is what a fresh generation would give: every process's clock starts at the same TEST_NOW
 * (test/setup/simulated-clock.ts), and the signing key travels with the copy.
 */
export interface DemoTemplate {
  kind: 'sqlite' | 'mysql';
  /** SQLite: the template's file; MariaDB: its schema. */
  source: string;
  /** The directory holding the audit.key the template's trail is signed with. */
  keyDir: string;
  /** The simulated clock's start it was generated on. */
  clock: string;
}

export const TEMPLATE_ENV = 'SL_TEST_DEMO_TEMPLATE';

/** The run's template, when one was made and this file's clock and key are the ones it was made with. */
export function demoTemplate(clockStart: string | undefined): DemoTemplate | null {
  const text = process.env[TEMPLATE_ENV];
  if (!text || process.env.AUDIT_KEY) return null;
  const t = JSON.parse(text) as DemoTemplate;
  return t.clock === clockStart ? t : null;
}

/** Copies every table of the template schema, rows and auto-increment counters, into `target`. */
export async function copySchema(url: string, source: string, target: string): Promise<void> {
  const c = await mysql.createConnection(url);
  try {
    await c.query('SET FOREIGN_KEY_CHECKS = 0');
    const [tables] = await c.query<mysql.RowDataPacket[]>(
      'SELECT TABLE_NAME AS t, AUTO_INCREMENT AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = ?',
      [source, 'BASE TABLE'],
    );
    for (const { t, n } of tables) {
      await c.query(`CREATE TABLE \`${target}\`.\`${t}\` LIKE \`${source}\`.\`${t}\``);
      await c.query(`INSERT INTO \`${target}\`.\`${t}\` SELECT * FROM \`${source}\`.\`${t}\``);
      if (n) await c.query(`ALTER TABLE \`${target}\`.\`${t}\` AUTO_INCREMENT = ${Number(n)}`);
    }
  } finally {
    await c.end();
  }
}

/** Copies the SQLite template and its key into a test's own directory. */
export function copySqlite(t: DemoTemplate, file: string, dir: string): void {
  fs.copyFileSync(t.source, file);
  fs.copyFileSync(path.join(t.keyDir, 'audit.key'), path.join(dir, 'audit.key'));
}

export const templateKeyDir = (kind: 'sqlite' | 'mysql', dir: string) => (kind === 'mysql' ? os.tmpdir() : dir);
