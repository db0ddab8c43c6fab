import { ConfigError, loadConfig } from './config.js';
import { startServer, StartupRefused, type Running } from './server.js';
import { DatabaseInUseError } from './core/db/instance-lock.js';

export interface ProcessLike {
  env: NodeJS.ProcessEnv;
  exit(code: number): void;
  error(line: string): void;
  log?(line: string): void;
  on?(signal: 'SIGINT' | 'SIGTERM', handler: () => void): void;
}

/**
 * The program: configuration → server. A refused start (bad variable, busy port, missing
 * administrator password) prints one line saying why and exits 1; anything else exits 1 too.
 */
export async function runCli(proc: ProcessLike): Promise<Running | null> {
  try {
    const running = await startServer(loadConfig(proc.env), proc.log);
    let stopping = false;
    // the first signal drains (requests in flight finish, a batch save commits or rolls back whole); a second one exits at once
    const stop = () => {
      if (stopping) return proc.exit(1);
      stopping = true;
      proc.log?.('shutting down: finishing the requests in flight');
      void running.stop().then(
        () => proc.exit(0),
        (e) => {
          proc.error(`shutdown failed: ${e instanceof Error ? e.message : String(e)}`);
          proc.exit(1);
        },
      );
    };
    proc.on?.('SIGINT', stop);
    proc.on?.('SIGTERM', stop);
    return running;
  } catch (e) {
    if (e instanceof ConfigError) proc.error(`configuration error: ${e.message}`);
    else if (e instanceof StartupRefused || e instanceof DatabaseInUseError) proc.error(e.message);
    else proc.error(`start-up failed: ${e instanceof Error ? e.message : String(e)}`);
    proc.exit(1);
    return null;
  }
}
