import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type EntitySchema, type Logger, type MixedList } from 'typeorm';
import { clusterDriver, clusterHosts, firstHostUrl } from './cluster-pool.js';

export type DbKind = 'sqlite' | 'mysql';

export interface DataSourceOptions {
  databaseUrl: string | null;
  /** SQLite file (ignored for MySQL); ':memory:' allowed in tests. */
  sqliteFile: string;
  entities: EntitySchema[];
  migrations: MixedList<Function>;
  logger?: Logger;
  /** See ClusterPoolOptions.failbackAfterMs. */
  clusterFailbackSeconds?: number;
}

/** Builds (does not initialise) the TypeORM data source for SQLite or MySQL/MariaDB. */
export function createDataSource(opts: DataSourceOptions): DataSource {
  const common = {
    entities: opts.entities,
    migrations: opts.migrations,
    migrationsRun: false,
    synchronize: false,
    logging: opts.logger ? (['query', 'error'] as const) : (['error'] as const),
    logger: opts.logger,
  };
  if (opts.databaseUrl) {
    // several hosts: a Galera cluster, the work going to one healthy node at a time (cluster-pool.ts)
    const hosts = clusterHosts(opts.databaseUrl);
    return new DataSource({
      ...common,
      logging: opts.logger ? ['query', 'error'] : ['error'],
      type: 'mysql',
      url: hosts ? firstHostUrl(opts.databaseUrl) : opts.databaseUrl,
      ...(hosts
        ? {
            driver: clusterDriver(hosts, {
              checkEveryMs: 1000,
              failbackAfterMs: (opts.clusterFailbackSeconds ?? 30) * 1000,
            }),
          }
        : {}),
      timezone: 'Z',
      charset: 'utf8mb4_unicode_ci',
      supportBigNumbers: true,
      bigNumberStrings: false,
      extra: { connectionLimit: 20 },
    });
  }
  if (opts.sqliteFile !== ':memory:') fs.mkdirSync(path.dirname(opts.sqliteFile), { recursive: true });
  return new DataSource({
    ...common,
    logging: opts.logger ? ['query', 'error'] : ['error'],
    type: 'better-sqlite3',
    database: opts.sqliteFile,
    prepareDatabase: (db: { pragma: (s: string) => unknown }) => {
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
      db.pragma('foreign_keys = ON');
    },
  });
}

export function dbKind(ds: DataSource): DbKind {
  return ds.options.type === 'mysql' ? 'mysql' : 'sqlite';
}
