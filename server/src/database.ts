import path from 'node:path';
import type { DataSource, Logger } from 'typeorm';
import { attachAuditKey, resolveAuditKey } from './core/audit/audit-key.js';
import { checkSigningKey } from './core/audit/checkpoint.js';
import { seedOfficialCalendar } from './core/calendar/calendar.store.js';
import { createDataSource } from './core/db/data-source.js';
import { inTransaction } from './core/db/transaction.js';
import { lockSqliteFile, withMigrationLock } from './core/db/instance-lock.js';
import { migrations } from './migrations/index.js';

export interface OpenOptions {
  databaseUrl: string | null;
  dataDir: string;
  /** Overrides the SQLite file (tests use ':memory:' or a temp file). */
  sqliteFile?: string;
  logger?: Logger;
  /** On a cluster (several hosts in the URL): how long a returning node must stay synced before work goes back to it. */
  clusterFailbackSeconds?: number;
  /** The checkpoint signing key (AUDIT_KEY); unset → the key file in dataDir, created on first start. */
  auditKey?: string;
  /** Production refuses to start with another key than the one that signed the trail; otherwise the instance signs nothing. */
  production?: boolean;
}

/** Connects, runs pending migrations and makes sure the official calendar is loaded. */
export async function openDatabase(opts: OpenOptions): Promise<DataSource> {
  const ds = createDataSource({
    databaseUrl: opts.databaseUrl,
    sqliteFile: opts.sqliteFile ?? path.join(opts.dataDir, 'service-ledger.sqlite'),
    entities: [],
    migrations,
    logger: opts.logger,
    clusterFailbackSeconds: opts.clusterFailbackSeconds,
  });
  attachAuditKey(ds, resolveAuditKey(opts.dataDir, opts.auditKey ?? process.env.AUDIT_KEY));
  const sqliteFile = opts.databaseUrl ? null : (opts.sqliteFile ?? path.join(opts.dataDir, 'service-ledger.sqlite'));
  const unlock = sqliteFile && sqliteFile !== ':memory:' ? lockSqliteFile(sqliteFile) : null;
  if (unlock) {
    const destroy = ds.destroy.bind(ds);
    ds.destroy = async () => {
      await destroy();
      unlock();
    };
  }
  try {
    await ds.initialize();
    // instances started together migrate one after the other
    await withMigrationLock(ds, () => ds.runMigrations({ transaction: 'each' }));
  } catch (e) {
    unlock?.();
    throw e;
  }
  const wrongKey = await checkSigningKey(ds, opts.production ?? false).catch(async (e) => {
    await ds.destroy();
    throw e;
  });
  if (wrongKey) console.error(`${wrongKey}. This instance will not sign checkpoints or exports.`);
  const year = new Date().getFullYear();
  await withMigrationLock(ds, () => inTransaction(ds, (em) => seedOfficialCalendar(em, 2020, year + 1)));
  return ds;
}

export async function isEmptyDatabase(ds: DataSource): Promise<boolean> {
  const rows: Array<{ n: number }> = await ds.query(`SELECT COUNT(*) AS n FROM ${ds.driver.escape('app_user')}`);
  return Number(rows[0].n) === 0;
}
