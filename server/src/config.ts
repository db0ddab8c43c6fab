import path from 'node:path';

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
}

export class ConfigError extends Error {}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
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
  const demo = (env.DEMO_DATA ?? 'auto').toLowerCase();
  if (!['auto', 'off'].includes(demo)) throw new ConfigError(`DEMO_DATA must be auto or off, got "${env.DEMO_DATA}"`);
  return {
    port: intVar(env, 'PORT', 4000, 0, 65535),
    host: env.HOST?.trim() || '127.0.0.1',
    databaseUrl,
    dataDir: path.resolve(env.DATA_DIR?.trim() || './data'),
    production: nodeEnv === 'production',
    sessionTtlHours: intVar(env, 'SESSION_TTL_HOURS', 12, 1, 24 * 30),
    demoData: demo === 'auto',
  };
}
