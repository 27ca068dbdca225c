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

/** Runs main.ts with `env` until /readyz answers, then `use(base)`; stops it with SIGTERM and answers its exit code. */
async function runMain(env: Record<string, string | undefined>, use: (base: string) => Promise<void>) {
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
    await use(base);
  } finally {
    child.kill('SIGTERM');
  }
  return exited;
}

const post = async (url: string, query: string, headers: Record<string, string> = {}) =>
  (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) })).json() as Promise<{ data?: any; errors?: unknown }>;

// Alone, and as one node of several (events, revocations and buckets through Redis, as docker-compose.yml runs it).
it.each([
  { shape: 'alone', env: {} },
  { shape: 'with REDIS_URL', env: { REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' } },
])('starts the product with node api/src/main.ts ($shape), answers /readyz and /graphql, and stops on SIGTERM', async ({ env }) => {
  const exitCode = await runMain(env, async (base) => {
    expect(await post(`${base}/graphql`, '{ __typename }')).toEqual({ data: { __typename: 'Query' }, extensions: expect.anything() });
  });
  expect(exitCode).toBe(0);
}, 180_000);

it('with GATEWAY=1 ORDERS_EXAMPLE=1, names the gateway it runs to the web app and lets the inbox’s pages call it', async () => {
  const [gatewayPort, ordersPort] = [await findFreePort(), await findFreePort()];
  const exitCode = await runMain({ GATEWAY: '1', GATEWAY_PORT: String(gatewayPort), ORDERS_EXAMPLE: '1', ORDERS_PORT: String(ordersPort) }, async (base) => {
    const gatewayUrl = `http://127.0.0.1:${gatewayPort}/graphql`;
    const login = await post(`${base}/graphql`, 'mutation { login(input: { email: "owner@demo.test", password: "demo-owner" }) { token } }');
    const authorization = `Bearer ${login.data.login.token as string}`;
    expect((await post(`${base}/graphql`, '{ gateway { url } }', { authorization })).data).toEqual({ gateway: { url: gatewayUrl } });
    // The inbox's pages are of its own origin: the gateway answers their preflight, and the client's orders.
    const preflight = await fetch(gatewayUrl, { method: 'OPTIONS', headers: { origin: base, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    expect(preflight.headers.get('access-control-allow-origin')).toBe(base);
    const orders = await post(gatewayUrl, '{ conversations(first: 1) { edges { node { client { orders { number } } } } } }', { authorization, origin: base });
    expect(orders.errors).toBeUndefined();
    expect(orders.data.conversations.edges[0].node.client.orders.length).toBeGreaterThan(0);
  });
  expect(exitCode).toBe(0);
}, 180_000);
