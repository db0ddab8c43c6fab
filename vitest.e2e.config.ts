import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { graphql: 'graphql/index.js' } },
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    // one simulated clock for the demo data, the in-process server and the tests (TEST_NOW)
    setupFiles: ['test/setup/simulated-clock.ts'],
    // the demo data generated once and copied into each file's database (test/helpers/demo-template.ts)
    globalSetup: ['test/setup/demo-template.setup.ts'],
    pool: 'forks',
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
