import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { isEmptyDatabase, openDatabase } from './database.js';
import { sessionSettings } from './modules/user/auth.resolver.js';
import { findDemoPasswords, loadDemoData, DEMO_USERS } from '../../seeds/demo-data.js';

const here = path.dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  sessionSettings.ttlHours = config.sessionTtlHours;
  const ds = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  if (config.demoData && (await isEmptyDatabase(ds))) {
    const t = Date.now();
    const summary = await loadDemoData(ds);
    console.log(`demo data loaded in ${Date.now() - t} ms: ${summary}`);
  }
  if (config.production && (await findDemoPasswords(ds)).length) {
    console.error(`refusing to start: NODE_ENV=production and these users still have the demo password: ${(await findDemoPasswords(ds)).join(', ')}`);
    process.exit(1);
  }
  const { app } = await createApp(ds, { production: config.production, clientDir: path.resolve(here, '../../client') });
  const server = app.listen(config.port, config.host, () => {
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : config.port;
    console.log(`ServiceLedger 售后服务台账 on http://${config.host}:${port}/  (database: ${config.databaseUrl ? 'MySQL' : path.join(config.dataDir, 'service-ledger.sqlite')}, ready in ${Date.now() - started} ms)`);
    if (!config.production) console.log(`demo logins (password "demo"): ${DEMO_USERS.map((u) => `${u.username} (${u.role})`).join(', ')}`);
  });
  const stop = () => server.close(() => ds.destroy().then(() => process.exit(0)));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e) => {
  console.error(e instanceof ConfigError ? `configuration error: ${e.message}` : e);
  process.exit(1);
});
