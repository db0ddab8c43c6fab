import type { Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { DEMO_USERS, findDemoPasswords, loadDemoData } from '../../seeds/demo-data.js';
import { createApp } from './app.js';
import type { AppConfig } from './config.js';
import { isEmptyDatabase, openDatabase } from './database.js';
import { sessionSettings } from './modules/user/auth.resolver.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export class StartupRefused extends Error {}

export interface Running {
  server: Server;
  ds: DataSource;
  url: string;
  stop(): Promise<void>;
}

/** config → database (migrated, demo data on first start) → app → listen. */
export async function startServer(config: AppConfig, log: (line: string) => void = console.log): Promise<Running> {
  const started = Date.now();
  sessionSettings.ttlHours = config.sessionTtlHours;
  const ds = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    if (config.demoData && (await isEmptyDatabase(ds))) {
      const t = Date.now();
      const summary = await loadDemoData(ds);
      log(`demo data loaded in ${Date.now() - t} ms: ${summary}`);
    }
    if (config.production) {
      const weak = await findDemoPasswords(ds);
      if (weak.length) throw new StartupRefused(`refusing to start: NODE_ENV=production and these users still have the demo password: ${weak.join(', ')}`);
    }
  } catch (e) {
    await ds.destroy();
    throw e;
  }
  const { app, apollo } = await createApp(ds, { production: config.production, clientDir: path.resolve(here, '../../client') });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
  });
  const addr = server.address();
  const url = `http://${config.host}:${typeof addr === 'object' && addr ? addr.port : config.port}/`;
  log(`ServiceLedger 售后服务台账 on ${url}  (database: ${config.databaseUrl ? 'MySQL' : path.join(config.dataDir, 'service-ledger.sqlite')}, ready in ${Date.now() - started} ms)`);
  if (!config.production) log(`demo logins (password "demo"): ${DEMO_USERS.map((u) => `${u.username} (${u.role})`).join(', ')}`);
  return {
    server,
    ds,
    url,
    async stop() {
      await new Promise((r) => server.close(r));
      await apollo.stop();
      await ds.destroy();
    },
  };
}
