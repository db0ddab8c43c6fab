/**
 * Where the scale data set goes: a MySQL/MariaDB database named by a URL, or the embedded SQLite file
 * in a data directory (what `npm start` runs on). Both take the same rows; values are turned into what
 * each stores (SQLite: UTC 'YYYY-MM-DD HH:MM:SS.SSS' text and 0/1).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import mysql from 'mysql2/promise';
import { sqliteDateTime } from '../server/src/core/db/sql-value.js';

/** A scale database: `url` for MySQL/MariaDB, or null for the SQLite file in `dataDir`. */
export interface BenchDb {
  url: string | null;
  dataDir: string;
}

export const sqliteFileOf = (db: BenchDb) => path.join(db.dataDir, 'service-ledger.sqlite');
export const describeDb = (db: BenchDb) => (db.url ? db.url.replace(/\/\/[^@]*@/, '//') : `sqlite ${sqliteFileOf(db)}`);

/** Plain SQL against a scale database, outside the app: loading rows and reading them back raw. */
export interface RawDb {
  readonly kind: 'mysql' | 'sqlite';
  rows(sql: string, params?: unknown[]): Promise<Array<Record<string, any>>>;
  insert(table: string, columns: string[], rows: unknown[][]): Promise<void>;
  end(): Promise<void>;
}

const sqliteValue = (v: unknown) => (v instanceof Date ? sqliteDateTime(v) : typeof v === 'boolean' ? (v ? 1 : 0) : v);

function mysqlRaw(url: string, connections: number): RawDb {
  const pool = mysql.createPool({ uri: url, connectionLimit: connections, timezone: 'Z', charset: 'utf8mb4' });
  return {
    kind: 'mysql',
    async rows(sql, params = []) {
      return (await pool.query(sql, params))[0] as Array<Record<string, any>>;
    },
    async insert(table, columns, rows) {
      await pool.query(`INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES ?`, [rows]);
    },
    end: () => pool.end(),
  };
}

function sqliteRaw(file: string): RawDb {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => statements.get(sql) ?? statements.set(sql, db.prepare(sql)).get(sql)!;
  return {
    kind: 'sqlite',
    async rows(sql, params = []) {
      const st = prepared(sql);
      const values = params.map(sqliteValue);
      if (st.reader) return st.all(...values) as Array<Record<string, any>>;
      st.run(...values);
      return [];
    },
    async insert(table, columns, rows) {
      const st = prepared(
        `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      db.transaction(() => {
        for (const row of rows) st.run(...row.map(sqliteValue));
      })();
    },
    async end() {
      db.close();
    },
  };
}

/** Opens raw access to a scale database (`connections`: the MySQL pool size). */
export function openRaw(db: BenchDb, connections = 4): RawDb {
  return db.url ? mysqlRaw(db.url, connections) : sqliteRaw(sqliteFileOf(db));
}

/** Drops and re-creates the database (MySQL), or removes the SQLite file. */
export async function recreate(db: BenchDb): Promise<void> {
  if (!db.url) {
    fs.mkdirSync(db.dataDir, { recursive: true });
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(sqliteFileOf(db) + suffix, { force: true });
    return;
  }
  const dbName = new URL(db.url).pathname.slice(1);
  const admin = await mysql.createConnection(db.url.slice(0, db.url.lastIndexOf('/')));
  await admin.query(`DROP DATABASE IF EXISTS \`${dbName}\``);
  await admin.query(`CREATE DATABASE \`${dbName}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.end();
}
