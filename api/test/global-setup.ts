// Runs once per `vitest run`: one Temporal dev server and one PostgreSQL server for every test file.
// Test files read them with `inject('temporalAddress')` / `inject('postgresAdminUrl')` (see ./database.ts).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { findFreePort, startTemporalDevServer } from '../src/temporal/dev-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** host:port of a Temporal frontend with the "default" namespace. */
    temporalAddress: string;
    /** URL of a PostgreSQL superuser connection; create databases from it, do not use it for tests directly. */
    postgresAdminUrl: string;
  }
}

const LOCAL_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => {});
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function startPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  // TEST_DATABASE_URL: a superuser URL to use; `embedded` forces a throwaway embedded server.
  const fromEnv = process.env.TEST_DATABASE_URL;
  if (fromEnv && fromEnv !== 'embedded') return { url: fromEnv, stop: async () => {} };
  if (!fromEnv && (await canConnect(LOCAL_POSTGRES_URL))) return { url: LOCAL_POSTGRES_URL, stop: async () => {} };

  console.log('[global-setup] starting an embedded PostgreSQL (none reachable at 127.0.0.1:5432)');
  const dir = await mkdtemp(join(tmpdir(), 'inbox-test-pg-'));
  // When running as root, PostgreSQL runs as the `postgres` user, which must be able to reach the data dir.
  await chmod(dir, 0o755);
  // Throwaway data: trade durability for speed.
  const speed = ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  const server = await startEmbeddedPostgres(dir, await findFreePort(), speed);
  const url = new URL(server.url);
  url.pathname = '/postgres';
  return {
    url: url.toString(),
    stop: async () => {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function startTemporal(): Promise<{ address: string; stop: () => Promise<void> }> {
  const fromEnv = process.env.TEMPORAL_ADDRESS;
  if (fromEnv) return { address: fromEnv, stop: async () => {} };
  const server = await startTemporalDevServer({});
  return { address: server.address, stop: server.stop };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const [temporal, postgres] = await Promise.allSettled([startTemporal(), startPostgres()]);
  if (temporal.status === 'rejected' || postgres.status === 'rejected') {
    if (temporal.status === 'fulfilled') await temporal.value.stop();
    if (postgres.status === 'fulfilled') await postgres.value.stop();
    throw temporal.status === 'rejected' ? temporal.reason : (postgres as PromiseRejectedResult).reason;
  }
  project.provide('temporalAddress', temporal.value.address);
  project.provide('postgresAdminUrl', postgres.value.url);
  console.log(`[global-setup] Temporal at ${temporal.value.address}, PostgreSQL ready (${((Date.now() - started) / 1000).toFixed(1)} s)`);

  return async () => {
    await Promise.allSettled([temporal.value.stop(), postgres.value.stop()]);
  };
}
