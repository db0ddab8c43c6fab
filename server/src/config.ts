import path from 'node:path';
import { passwordProblem } from './modules/user/password-policy.js';

/** Validated runtime configuration; every variable is listed in README.md. */
export interface AppConfig {
  port: number;
  host: string;
  /** Unset → embedded SQLite file under dataDir. */
  databaseUrl: string | null;
  dataDir: string;
  production: boolean;
  sessionTtlHours: number;
  /** Load the demo data set when the database is empty. */
  demoData: boolean;
  /** Password of the first administrator, created on an empty database (required there unless demo data is loaded). */
  adminPassword: string | null;
  /** pino level of the request log. */
  logLevel: string;
  /** Signs the audit chain's checkpoints; unset → a key file generated in dataDir. */
  auditKey: string | null;
  /** How often complaints are checked for automatic escalation (minutes; 0 = never). */
  escalationEveryMinutes: number;
  /** How often the wider inspection plan (big accounts, design life) is brought up to date (hours; 0 = never). */
  inspectionPlanEveryHours: number;
  /** A cluster of similar complaints: this many of one model and cause … */
  escalationClusterSize: number;
  /** … within this many days. */
  escalationClusterDays: number;
  /** Claims above this amount (¥) need the general manager's office's approval. */
  claimApprovalLimit: number;
  /** Read replicas of the MySQL primary (DATABASE_REPLICA_URLS, comma-separated). */
  replicaUrls: string[];
  /** On a cluster, a node that comes back gets the work again once it has stayed synced this many seconds. */
  clusterFailbackSeconds: number;
  /** A replica further behind than this many seconds gets no reads until it catches up. */
  replicaMaxLagSeconds: number;
  /** After a session writes, its reads stay on the primary this many seconds. */
  readYourWritesSeconds: number;
  /** On SIGTERM, how long requests in flight may take before their connections are cut. */
  shutdownTimeoutSeconds: number;
  /** The site is served over TLS (by nginx): send Strict-Transport-Security. */
  hsts: boolean;
  /** One attached file may weigh at most this many MB (ATTACHMENT_MAX_FILE_MB). */
  attachmentMaxFileMb: number;
  /** All of one row's live attachments together (ATTACHMENT_MAX_RECORD_MB). */
  attachmentMaxRecordMb: number;
}

export class ConfigError extends Error {}

function boolVar(env: NodeJS.ProcessEnv, name: string): boolean {
  const v = (env[name] ?? '').trim().toLowerCase();
  if (['', '0', 'false', 'off', 'no'].includes(v)) return false;
  if (['1', 'true', 'on', 'yes'].includes(v)) return true;
  throw new ConfigError(`${name} must be 1 or 0, got "${env[name]}"`);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}

function numberVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || (n !== 0 && n < min) || n > max)
    throw new ConfigError(`${name} must be 0 or a number from ${min} to ${max}, got "${raw}"`);
  return n;
}

function replicaUrls(env: NodeJS.ProcessEnv, databaseUrl: string | null): string[] {
  const urls = (env.DATABASE_REPLICA_URLS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (urls.length && !databaseUrl)
    throw new ConfigError('DATABASE_REPLICA_URLS needs DATABASE_URL (replicas are of a MySQL primary)');
  const bad = urls.find((u) => !/^mysql:\/\/[^/]+\/[^/?]+/.test(u));
  if (bad)
    throw new ConfigError(
      `DATABASE_REPLICA_URLS: each must look like mysql://user:pass@host:3306/dbname, got "${bad}"`,
    );
  return urls;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const databaseUrl = env.DATABASE_URL?.trim() || null;
  if (databaseUrl && !/^mysql:\/\/[^/]+\/[^/?]+/.test(databaseUrl)) {
    throw new ConfigError(`DATABASE_URL must look like mysql://user:pass@host:3306/dbname, got "${databaseUrl}"`);
  }
  const nodeEnv = env.NODE_ENV ?? 'development';
  if (!['development', 'production', 'test'].includes(nodeEnv)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got "${nodeEnv}"`);
  }
  const production = nodeEnv === 'production';
  const demo = (env.DEMO_DATA ?? 'auto').toLowerCase();
  if (!['auto', 'on', 'off'].includes(demo))
    throw new ConfigError(`DEMO_DATA must be auto, on or off, got "${env.DEMO_DATA}"`);
  const adminPassword = env.ADMIN_PASSWORD || null;
  const weak = adminPassword === null ? null : passwordProblem(adminPassword, 'admin');
  if (weak) throw new ConfigError(`ADMIN_PASSWORD is too weak: ${weak}`);
  if (env.AUDIT_KEY?.trim() && env.AUDIT_KEY.trim().length < 32)
    throw new ConfigError('AUDIT_KEY must be at least 32 characters (64 hex digits recommended: openssl rand -hex 32)');
  const logLevel = (env.LOG_LEVEL ?? 'info').toLowerCase();
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${env.LOG_LEVEL}"`);
  return {
    port: intVar(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR?.trim() || './data'),
    production,
    sessionTtlHours: intVar(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    // auto: demo data for a developer's first start, never in production unless asked with `on`
    demoData: demo === 'on' || (demo === 'auto' && !production),
    adminPassword,
    logLevel,
    auditKey: env.AUDIT_KEY?.trim() || null,
    escalationEveryMinutes: numberVar(env, 'ESCALATION_EVERY_MINUTES', 5, 0.01, 24 * 60),
    inspectionPlanEveryHours: intVar(env, 'INSPECTION_PLAN_EVERY_HOURS', 24, 0, 24 * 7),
    escalationClusterSize: intVar(env, 'ESCALATION_CLUSTER_SIZE', 3, 2, 1000),
    escalationClusterDays: intVar(env, 'ESCALATION_CLUSTER_DAYS', 30, 1, 365),
    claimApprovalLimit: intVar(env, 'CLAIM_APPROVAL_LIMIT', 10_000, 0, 100_000_000),
    replicaUrls: replicaUrls(env, databaseUrl),
    clusterFailbackSeconds: intVar(env, 'DATABASE_FAILBACK_SECONDS', 30, 0, 86_400),
    replicaMaxLagSeconds: intVar(env, 'REPLICA_MAX_LAG_SECONDS', 10, 1, 3600),
    readYourWritesSeconds: intVar(env, 'READ_YOUR_WRITES_SECONDS', 5, 1, 600),
    shutdownTimeoutSeconds: intVar(env, 'SHUTDOWN_TIMEOUT_SECONDS', 30, 1, 600),
    hsts: boolVar(env, 'HSTS'),
    attachmentMaxFileMb: intVar(env, 'ATTACHMENT_MAX_FILE_MB', 64, 1, 1024),
    attachmentMaxRecordMb: intVar(env, 'ATTACHMENT_MAX_RECORD_MB', 256, 1, 10240),
  };
}
