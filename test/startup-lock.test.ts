import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { describe, expect, it } from 'vitest';
import { DatabaseInUseError } from '../server/src/core/db/instance-lock.js';
import { openDatabase } from '../server/src/database.js';
import { migrations } from '../server/src/migrations/index.js';
import { MYSQL_URL, TEST_DB } from './helpers/test-server.js';

/** Instances started together: on MySQL they migrate one after the other; the embedded SQLite file serves one process only. */
describe('starting several instances at once', () => {
  it.runIf(TEST_DB === 'sqlite')(
    'refuses a second process on one SQLite file with what to do instead, and takes over a file left by a process that died',
    async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-lock-'));
      const file = path.join(dir, 'service-ledger.sqlite');
      fs.writeFileSync(`${file}.pid`, String(process.ppid)); // another process that is alive
      const refused = await openDatabase({
        databaseUrl: null,
        dataDir: dir,
        sqliteFile: file,
        auditKey: 'k'.repeat(64),
      }).catch((e) => e);
      expect(refused).toBeInstanceOf(DatabaseInUseError);
      expect(refused.message).toContain(`另一个进程（pid ${process.ppid}）正在使用内置 SQLite 数据库`);
      expect(refused.message).toContain('DATABASE_URL');
      fs.writeFileSync(`${file}.pid`, '2147483646'); // a process that is gone
      const ds = await openDatabase({ databaseUrl: null, dataDir: dir, sqliteFile: file, auditKey: 'k'.repeat(64) });
      expect(fs.readFileSync(`${file}.pid`, 'utf8')).toBe(String(process.pid));
      await ds.destroy();
      expect(fs.existsSync(`${file}.pid`)).toBe(false);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );

  it.runIf(TEST_DB === 'mysql')(
    'three instances on a fresh MySQL database start at once: each migration runs once',
    async () => {
      const name = `sl_lock_${Date.now().toString(36)}`;
      const admin = await mysql.createConnection(MYSQL_URL);
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      try {
        const open = () =>
          openDatabase({ databaseUrl: `${MYSQL_URL}/${name}`, dataDir: os.tmpdir(), auditKey: 'k'.repeat(64) });
        const instances = await Promise.all([open(), open(), open()]);
        const [rows] = await admin.query(`SELECT name, COUNT(*) AS n FROM \`${name}\`.migrations GROUP BY name`);
        expect((rows as Array<{ n: number }>).length).toBe(migrations.length);
        expect((rows as Array<{ n: number }>).every((r) => Number(r.n) === 1)).toBe(true);
        await Promise.all(instances.map((d) => d.destroy()));
      } finally {
        await admin.query(`DROP DATABASE \`${name}\``);
        await admin.end();
      }
    },
    120_000,
  );
});
