import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { startServer, StartupRefused } from './server.js';

try {
  const running = await startServer(loadConfig());
  const stop = () => running.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (e) {
  console.error(e instanceof ConfigError ? `configuration error: ${e.message}` : e instanceof StartupRefused ? e.message : e);
  process.exit(1);
}
