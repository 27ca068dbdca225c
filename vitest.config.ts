import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 ships CommonJS and ESM copies; Node loads the CommonJS one for every importer, so tests must too,
    // or `instanceof GraphQLError` fails between our code and graphql-ws (the dual-package hazard).
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['api/**/*.test.ts', 'workflows/**/*.test.ts', 'web/**/*.test.ts', 'gateway/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'web/dist/**', '.data/**'],
    pool: 'forks',
    // CI has 2 cores: test files run in parallel, two at a time. Each file gets its own database.
    maxWorkers: 2,
    fileParallelism: true,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    // One Temporal dev server and one PostgreSQL server for the whole run, handed to files with inject().
    globalSetup: ['api/test/global-setup.ts'],
    reporters: ['default', './api/test/summary-reporter.ts'],
  },
});
