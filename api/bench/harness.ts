// Shared setup of the benchmarks: a PostgreSQL server, a fresh database, Temporal, and the product started as its
// own process (`node api/src/main.ts`), so the load generator here does not share the server's event loop.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import pg from 'pg';
import { rootDir } from '../src/config.ts';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres.ts';
import { migrate, openOrm } from '../src/db/orm.ts';
import { seedDemoProject } from '../src/seed/seed.ts';
import { findFreePort, startTemporalDevServer } from '../src/temporal/dev-server.ts';
import { sleep, summarize } from './stats.ts';

export const cleanups: (() => Promise<unknown>)[] = [];

/** A process preloaded with heap-probe.ts (its heap read on SIGUSR2, its collector's pauses kept): its node flags and environment. */
export function probed() {
  const heapFile = join(tmpdir(), `bench-heap-${randomBytes(4).toString('hex')}.json`);
  cleanups.push(() => rm(heapFile, { force: true }));
  return { heapFile, nodeArgs: ['--expose-gc', '--import', `${rootDir}api/bench/heap-probe.ts`], env: { BENCH_HEAP_FILE: heapFile } };
}

/** The embedded PostgreSQL, as `npm start` runs it, unless BENCH_DATABASE_URL names another server. */
async function postgresAdminUrl(): Promise<{ url: string; source: string }> {
  if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, source: 'BENCH_DATABASE_URL' };
  const dir = await mkdtemp(join(tmpdir(), 'inbox-bench-pg-'));
  await chmod(dir, 0o755);
  const server = await startEmbeddedPostgres(dir, await findFreePort());
  cleanups.push(async () => {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  });
  return { url: Object.assign(new URL(server.url), { pathname: '/postgres' }).toString(), source: 'the embedded PostgreSQL' };
}

async function admin(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return (await client.query(sql).finally(() => client.end())).rows;
}

/** Which server a figure was measured on: its version and the locale its database was created with. */
export async function describeDatabase(url: string) {
  const [row] = await admin(url, `select current_setting('server_version') as version, datcollate as collate, datctype as ctype from pg_database where datname = current_database()`);
  return `PostgreSQL ${row.version}, locale ${row.collate === row.ctype ? row.collate : `${row.collate}/${row.ctype}`}`;
}

let temporalAddress: string | undefined = process.env.TEMPORAL_ADDRESS;

/**
 * A fresh database seeded with `clients` clients, and the product serving it. `prepare` adds to the seeded data
 * before the statistics are gathered and the product starts.
 */
/**
 * Every limit applies in the benchmarks, but the throttle's buckets are opened wide unless `throttle` is set: the
 * latency and throughput figures load one session (and start visitors from one address) back to back, far past
 * what the buckets give a person.
 */
const wide = '1000000000';
const openThrottle = {
  THROTTLE_CAPACITY: wide,
  THROTTLE_RESTORE_RATE: wide,
  THROTTLE_ANONYMOUS_CAPACITY: wide,
  THROTTLE_ANONYMOUS_RESTORE_RATE: wide,
  WIDGET_STARTS_PER_ADDRESS_PER_MINUTE: wide,
  WIDGET_STARTS_PER_CHANNEL_PER_MINUTE: wide,
  // The inbox part opens its 1,000 subscriptions with one session.
  WS_MAX_SOCKETS_PER_TOKEN: wide,
};

export async function startProduct(
  seed: Parameters<typeof seedDemoProject>[1],
  options: { prepare?: (em: EntityManager) => Promise<unknown>; throttle?: boolean; env?: Record<string, string>; temporalAddress?: string; nodeArgs?: string[] } = {},
) {
  if (options.temporalAddress) temporalAddress = options.temporalAddress;
  const { url: adminUrl, source } = await postgresAdminUrl();
  const database = `bench_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, `create database ${database}`);
  cleanups.push(() => admin(adminUrl, `drop database if exists ${database} with (force)`));
  const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
  console.log(`  PostgreSQL: ${source} (${new URL(adminUrl).host}; ${await describeDatabase(databaseUrl)}), fresh database ${database}`);
  if (!temporalAddress) {
    const temporal = await startTemporalDevServer({});
    cleanups.push(temporal.stop);
    temporalAddress = temporal.address;
  }

  const seeded = Date.now();
  const orm = await openOrm(databaseUrl);
  await migrate(orm);
  await seedDemoProject(orm.em.fork(), seed);
  if (options.prepare) await options.prepare(orm.em.fork());
  await orm.em.fork().getConnection().execute('vacuum analyze');
  await orm.close();
  console.log(`  seeded ${seed?.clients} clients in ${((Date.now() - seeded) / 1000).toFixed(1)} s; operation limits on, throttle ${options.throttle ? 'at its defaults' : 'opened wide'}`);

  const port = await findFreePort();
  const base = `http://127.0.0.1:${port}`;
  const spawnApi = (at = port, env: Record<string, string> = {}, nodeArgs = options.nodeArgs ?? []) =>
    // BENCH_API_ROOT: another checkout's API on the same data (a before/after comparison).
    spawn(process.execPath, [...nodeArgs, `${process.env.BENCH_API_ROOT ?? rootDir}api/src/main.ts`], {
      env: {
        ...process.env,
        ...(options.throttle ? {} : openThrottle),
        DATABASE_URL: databaseUrl,
        TEMPORAL_ADDRESS: temporalAddress,
        PORT: String(at),
        SEED_DEMO: '0',
        TEMPORAL_TASK_QUEUE: `bench-${database}`,
        ...options.env,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  let server = spawnApi();
  const stop = async () => {
    if (server.exitCode !== null || server.signalCode !== null) return;
    server.kill('SIGTERM');
    await new Promise((resolve) => server.once('exit', resolve));
  };
  cleanups.push(stop);
  const ready = async (at = base) => {
    for (let i = 0; !(await fetch(`${at}/readyz`).catch(() => null))?.ok; i++) {
      if (i > 600) throw new Error('the API did not become ready');
      await sleep(100);
    }
  };
  await ready();
  /** SIGKILL, as a crash: nothing is shut down. */
  const kill = () => server.kill('SIGKILL');
  /** The same API again, on the same port. */
  const restart = async () => {
    server = spawnApi();
    await ready();
  };
  /** Another api node on the same database (and Redis, with REDIS_URL), without a worker of its own: scale-out. */
  const another = async (nodeArgs: string[] = [], env: Record<string, string> = {}) => {
    const nodePort = await findFreePort();
    const node = spawnApi(nodePort, { RUN_WORKER: '0', ...env }, nodeArgs);
    cleanups.push(async () => {
      if (node.exitCode !== null || node.signalCode !== null) return;
      node.kill('SIGTERM');
      await new Promise((resolve) => node.once('exit', resolve));
    });
    await ready(`http://127.0.0.1:${nodePort}`);
    return { base: `http://127.0.0.1:${nodePort}`, pid: () => node.pid! };
  };
  return { base, stop, kill, restart, another, pid: () => server.pid!, databaseUrl, temporalAddress: temporalAddress!, taskQueue: `bench-${database}` };
}

export async function gql(base: string, query: string, variables: object = {}, authorization?: string) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function login(base: string, email = 'anna@demo.test', password = 'demo-operator') {
  const data = await gql(base, 'mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token } }', { e: email, p: password });
  return `Bearer ${data.login.token}`;
}

/** Times `n` sequential runs of `work` after 20 warm-up runs. */
export async function timed(n: number, work: () => Promise<unknown>) {
  for (let i = 0; i < 20; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return summarize(samples);
}
