import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { findFreePort } from './temporal/dev-server.ts';
import { createTestDatabase, type TestDatabase } from '../test/database.ts';
import { rootDir } from './config.ts';

// `npm start`'s own entry point, run by Node itself (not through vitest's module loader, which forgives imports
// that Node refuses), against this run's database and Temporal: it must come up, serve, and stop cleanly.
let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

// Alone, and as one node of several (events, revocations and buckets through Redis, as docker-compose.yml runs it).
it.each([
  { shape: 'alone', env: {} },
  { shape: 'with REDIS_URL', env: { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' } },
])('starts the product with node api/src/main.ts ($shape), answers /readyz and /graphql, and stops on SIGTERM', async ({ env }) => {
  const port = await findFreePort();
  const child = spawn(process.execPath, [`${rootDir}api/src/main.ts`], {
    env: { ...process.env, DATABASE_URL: db.url, TEMPORAL_ADDRESS: inject('temporalAddress'), TEMPORAL_TASK_QUEUE: `main-${port}`, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  try {
    const base = `http://127.0.0.1:${port}`;
    const deadline = Date.now() + 150_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`main.ts exited with ${child.exitCode}: ${stderr}`);
      if ((await fetch(`${base}/readyz`).catch(() => null))?.ok) break;
      if (Date.now() > deadline) throw new Error(`not ready in time: ${stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const answer = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await answer.json()).toEqual({ data: { __typename: 'Query' }, extensions: expect.anything() });
  } finally {
    child.kill('SIGTERM');
  }
  expect(await exited).toBe(0);
}, 180_000);
