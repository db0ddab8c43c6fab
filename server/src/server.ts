import fs from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { DEMO_USERS, findDemoPasswords, loadDemoData } from '../../seeds/demo-data.js';
import { createApp, type Lifecycle } from './app.js';
import { createDataSource } from './core/db/data-source.js';
import { beat, heartbeatJob, ReadRouter } from './core/db/read-router.js';
import { forgetRequestsJob } from './core/db/transaction.js';
import { auditKeyOf } from './core/audit/audit-key.js';
import { checkpointJob, TrailTampered } from './core/audit/checkpoint.js';
import { runIfLeased, startJobs, type ScheduledJob } from './core/jobs/scheduler.js';
import { composeApp } from './composition.js';
import { approvalLimits } from './modules/complaint/complaint.rules.js';
import type { AppConfig } from './config.js';
import { isEmptyDatabase, openDatabase } from './database.js';
import { withMigrationLock } from './core/db/instance-lock.js';
import { createLogger } from './api/http/logger.js';
import { hashPassword } from './modules/user/password.js';
import { createUser } from './modules/user/user-accounts.js';

const here = path.dirname(fileURLToPath(import.meta.url));

export class StartupRefused extends Error {}

export interface Running {
  server: Server;
  ds: DataSource;
  url: string;
  stop(): Promise<void>;
}

/** Listens, or rejects with a message naming the address when the port is taken or not allowed. */
function listen(app: (req: never, res: never) => void, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer(app as never);
    server.once('error', (e: NodeJS.ErrnoException) => {
      // name the variable that is wrong: the port when it is taken or reserved, the host when it is no address of this machine
      const message =
        e.code === 'EADDRINUSE'
          ? `端口 ${port} 已被占用 (already in use); set PORT to a free port`
          : e.code === 'EACCES'
            ? `端口 ${port} 无权使用 (permission denied); set PORT to a port above 1023`
            : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN'
              ? `地址 ${host} 不是本机的地址 (not an address of this machine); set HOST to 127.0.0.1, 0.0.0.0 or one of this machine's addresses`
              : `无法监听 (${e.code ?? e.message}); check HOST and PORT`;
      reject(new StartupRefused(`cannot listen on ${host}:${port}: ${message}`));
    });
    server.listen(port, host, () => resolve(server));
  });
}

/**
 * A database with no user gets the demo story (when asked; in production its users get
 * ADMIN_PASSWORD, never "demo") or else the first administrator, "admin" with ADMIN_PASSWORD.
 */
async function fillEmptyDatabase(ds: DataSource, config: AppConfig, log: (line: string) => void): Promise<void> {
  if (!(await isEmptyDatabase(ds))) return;
  if ((config.production || !config.demoData) && !config.adminPassword) {
    throw new StartupRefused(
      'refusing to start: the database has no user; set ADMIN_PASSWORD (at least 10 characters, not a common password) to create the administrator "admin"',
    );
  }
  if (config.demoData) {
    const t = Date.now();
    const summary = await loadDemoData(ds, new Date(), config.production ? config.adminPassword! : undefined);
    log(`demo data loaded in ${Date.now() - t} ms: ${summary}`);
    return;
  }
  await createUser(
    ds,
    { username: 'admin', displayName: '系统管理员', role: 'ADMIN' },
    await hashPassword(config.adminPassword!),
  );
  log('created the administrator "admin" with the password from ADMIN_PASSWORD');
}

/** How often the running server signs the audit chain head (exports sign it too). */
const CHECKPOINT_MINUTES = 10;
/** How often the primary's heartbeat is written and each replica's lag read. */
const HEARTBEAT_MS = 1000;

/** The replicas' data sources (no migrations: they follow the primary's); the router connects them, so one that is down does not stop the start. */
function replicaSources(config: AppConfig): DataSource[] {
  return config.replicaUrls.map((url) =>
    createDataSource({ databaseUrl: url, sqliteFile: '', entities: [], migrations: [] }),
  );
}

/** Stops taking requests, lets those in flight finish (cut after `timeoutMs`), then closes the rest. */
async function drain(server: Server, timeoutMs: number): Promise<void> {
  const closed = new Promise((r) => server.close(r));
  // a kept-alive connection whose request was in flight goes idle when it is answered: close it then
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  const cut = setTimeout(() => server.closeAllConnections(), timeoutMs);
  await closed;
  clearInterval(idle);
  clearTimeout(cut);
}

/** config → database (migrated, demo data or first administrator on first start) → app → listen. */
/**
 * DATA_DIR holds what the instance writes for itself (the SQLite file, the generated audit key): when
 * it needs either, the directory must be writable, or the start is refused naming the variable — not
 * an EACCES from deep inside (a container whose /app is read-only, as it should be).
 */
function checkDataDir(config: AppConfig): void {
  if (config.databaseUrl && config.auditKey) return;
  try {
    fs.mkdirSync(config.dataDir, { recursive: true });
    fs.accessSync(config.dataDir, fs.constants.W_OK);
  } catch {
    const what = config.databaseUrl
      ? 'the generated audit key (or set AUDIT_KEY)'
      : 'the SQLite database and the audit key';
    throw new StartupRefused(
      `refusing to start: DATA_DIR ${config.dataDir} is not writable; it holds ${what}. Set DATA_DIR to a writable directory (a volume in a container)`,
    );
  }
}

export async function startServer(config: AppConfig, log: (line: string) => void = console.log): Promise<Running> {
  const started = Date.now();
  checkDataDir(config);
  const ds = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    auditKey: config.auditKey ?? undefined,
    production: config.production,
    clusterFailbackSeconds: config.clusterFailbackSeconds,
  });
  let server: Server;
  let apollo: Awaited<ReturnType<typeof createApp>>['apollo'] | null = null;
  const lifecycle: Lifecycle = { draining: false };
  let router: ReadRouter | null = null;
  try {
    // a fresh heartbeat before the first lag check: the row may be as old as the last start
    if (config.databaseUrl) await beat(ds);
    const replicas = replicaSources(config);
    router = new ReadRouter(
      ds,
      replicas.map((r, i) => ({ name: config.replicaUrls[i].replace(/\/\/[^@]*@/, '//'), ds: r })),
      { maxLagSeconds: config.replicaMaxLagSeconds, readYourWritesSeconds: config.readYourWritesSeconds },
    );
    await router.start(HEARTBEAT_MS, (e) => log(`replica check failed: ${(e as Error).message}`));
    // one instance fills a fresh database; the others, started with it, find it filled
    await withMigrationLock(ds, () => fillEmptyDatabase(ds, config, log));
    if (config.production) {
      const weak = await findDemoPasswords(ds);
      if (weak.length)
        throw new StartupRefused(
          `refusing to start: NODE_ENV=production and these users still have the demo password: ${weak.join(', ')}`,
        );
    }
    const built = await createApp(ds, {
      production: config.production,
      sessionTtlHours: config.sessionTtlHours,
      clientDir: path.resolve(here, '../../client'),
      logger: createLogger(config.logLevel),
      readRouter: router,
      lifecycle,
      hsts: config.hsts,
      attachmentLimits: {
        maxFileBytes: config.attachmentMaxFileMb * 1048576,
        maxRecordBytes: config.attachmentMaxRecordMb * 1048576,
      },
    });
    apollo = built.apollo;
    server = await listen(built.app, config.port, config.host);
  } catch (e) {
    await apollo?.stop();
    await router?.stop();
    await ds.destroy();
    throw e;
  }
  if (config.production && auditKeyOf(ds).source === 'generated') {
    log(
      `warning: AUDIT_KEY is not set; generated a checkpoint signing key in ${path.join(config.dataDir, 'audit.key')}. Keep it off the database server and back it up: without it old checkpoints cannot be checked`,
    );
  }
  approvalLimits.claim = config.claimApprovalLimit;
  // scheduled work runs on one instance at a time, whichever holds the job's lease
  const jobs: ScheduledJob[] = [checkpointJob(CHECKPOINT_MINUTES)];
  if (config.databaseUrl) jobs.push(heartbeatJob(HEARTBEAT_MS));
  jobs.push(forgetRequestsJob(3_600_000));
  jobs.push(...composeApp().jobs(config));
  const jobFailed = (job: string, e: unknown) => {
    // a broken trail is an incident, not a hiccup: said at error level, and /readyz and the auditor's home show it
    if (e instanceof TrailTampered)
      console.error(
        JSON.stringify({ level: 'error', job, seq: e.seq, msg: `audit trail broken, nothing signed: ${e.message}` }),
      );
    else log(`${job} failed: ${(e as Error).message}`);
  };
  // the first checkpoint run at once: entries written before a stop are vouched for (or their break reported) without waiting an interval
  await runIfLeased(ds, jobs[0]).catch((e) => jobFailed(jobs[0].name, e));
  const stopJobs = startJobs(ds, jobs, jobFailed);
  const addr = server.address();
  const url = `http://${config.host}:${typeof addr === 'object' && addr ? addr.port : config.port}/`;
  log(
    `ServiceLedger 售后服务台账 on ${url}  (database: ${config.databaseUrl ? 'MySQL' : path.join(config.dataDir, 'service-ledger.sqlite')}, ready in ${Date.now() - started} ms)`,
  );
  if (!config.production && config.demoData)
    log(`demo logins (password "demo"): ${DEMO_USERS.map((u) => `${u.username} (${u.role})`).join(', ')}`);
  return {
    server,
    ds,
    url,
    async stop() {
      lifecycle.draining = true;
      stopJobs();
      await drain(server, config.shutdownTimeoutSeconds * 1000);
      await apollo!.stop();
      await router!.stop();
      await ds.destroy();
    },
  };
}
