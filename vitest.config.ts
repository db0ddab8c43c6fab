import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// graphql must resolve to one copy, or type-graphql and Apollo see two realms.
export default defineConfig({
  resolve: { alias: { graphql: 'graphql/index.js', '@common': fileURLToPath(new URL('./common', import.meta.url)) } },
  test: {
    include: [
      'server/src/**/*.spec.ts',
      'common/**/*.spec.ts',
      'seeds/**/*.spec.ts',
      'client/src/**/*.spec.ts',
      'test/**/*.test.ts',
    ],
    exclude: ['test/e2e/**', 'test/cluster/**'],
    environment: 'node',
    // one simulated clock for the demo data, the in-process server and the tests (TEST_NOW)
    setupFiles: ['test/setup/simulated-clock.ts'],
    // the demo data generated once and copied into each file's database (test/helpers/demo-template.ts)
    globalSetup: ['test/setup/demo-template.setup.ts'],
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // every test file owns its database (a temp SQLite file or a uniquely named MariaDB schema)
    fileParallelism: true,
    maxWorkers: 2,
  },
});
