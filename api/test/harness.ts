// An API as a test file sees it: its own fresh database, the run's real Temporal server (with a task queue of
// its own, so workers of parallel files never take each other's tasks), a real HTTP and WebSocket server.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { createApp } from '../src/app.ts';
import { once } from '../src/lib/once.ts';
import type { Drivers } from '../src/channels/drivers/drivers.ts';
import type { App } from '../src/context.ts';
import type { FilesOptions } from '../src/files/files.ts';
import type { Limits } from '../src/limits/limits.ts';
import { presenceSqlTag } from '../src/operators/presence-lease.service.ts';
import { dispatcherSqlTag } from '../src/scheduled/scheduled-message.service.ts';
import { sweepSqlTag } from '../src/pubsub/outbox.ts';
import type { PresenceSettings } from '../src/operators/presence-settings.ts';
import { seedDemoProject } from '../src/seed/seed.ts';
import { startApiServer } from '../src/server.ts';
import { startWorker } from '../../workflows/src/worker.ts';
import { createTestDatabase } from './database.ts';
import type { WebhookSettings } from '../src/webhooks/webhook-settings.ts';

export type GraphQLResult<T = Record<string, unknown>> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[]; extensions?: Record<string, unknown> };

export async function startTestApi(
  options: {
    worker?: boolean;
    drivers?: (app: App) => Drivers;
    /** Starts the inbound runner: listening channels poll, left-over inbound events are swept. */
    listeners?: boolean;
    /** Platforms call this api's own address (`/hooks/…`): channels take webhooks instead of polling. */
    webhooks?: boolean;
    files?: FilesOptions;
    limits?: Partial<Limits>;
    redisUrl?: string;
    presence?: Partial<PresenceSettings>;
    scheduledTimerGraceMs?: number;
    /** How often the outbox's sweep runs (pubsub/outbox.ts); unset: as in production. */
    outboxSweepMs?: number;
    processStepsPerHistory?: number;
    /** Whether the worker fires due scheduled messages in batches (on by default). */
    dueDispatcher?: boolean;
    /** Outgoing webhooks' settings (webhooks/webhook-settings.ts): tests allow their local receiver and shorten the waits. */
    outgoingWebhooks?: Partial<WebhookSettings>;
  } = {},
) {
  const db = await createTestDatabase();
  // Uploaded files go to a folder of this file's own, removed at the end.
  const filesDir = await mkdtemp(join(tmpdir(), 'inbox-files-'));
  const queries: string[] = [];
  const taskQueue = `test-${randomBytes(6).toString('hex')}`;
  const channelSecretsKey = randomBytes(32).toString('hex');
  const { app, close } = await createApp({
    databaseUrl: db.url,
    temporalAddress: inject('temporalAddress'),
    temporalNamespace: 'default',
    taskQueue,
    publicUrl: 'http://inbox.test',
    orm: { onQuery: (sql) => queries.push(sql) },
    files: { dir: filesDir, secret: randomBytes(32).toString('hex'), ...options.files },
    limits: options.limits,
    redisUrl: options.redisUrl,
    presence: options.presence,
    scheduledTimerGraceMs: options.scheduledTimerGraceMs,
    outboxSweepMs: options.outboxSweepMs,
    processStepsPerHistory: options.processStepsPerHistory,
    webhooks: options.outgoingWebhooks,
    channels: { drivers: options.drivers, secretsKey: channelSecretsKey, webhookBaseUrl: null },
  });
  const worker =
    options.worker === false
      ? null
      : await startWorker(app, { address: inject('temporalAddress'), namespace: 'default', taskQueue, dueDispatcher: options.dueDispatcher });
  let api = await startApiServer(app, { host: '127.0.0.1', port: 0 });
  if (options.webhooks) app.channels.webhookBaseUrl = api.url;
  if (options.listeners) app.inbound.start();
  let serverDown: Promise<void> | null = null;
  const sockets: WsClient[] = [];

  /** The whole answer: status, headers and body (with `extensions.cost`). */
  async function request<T = Record<string, any>>(query: string, variables: object = {}, authorization?: string, headers: Record<string, string> = {}) {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResult<T> & { extensions?: Record<string, any> } };
  }

  /** Data and errors only: the limits' `extensions.cost` is left out (see `request` for all of it). */
  async function gql<T = Record<string, any>>(query: string, variables: object = {}, authorization?: string) {
    const { data, errors } = (await request<T>(query, variables, authorization)).body;
    return (errors ? { data, errors } : { data }) as GraphQLResult<T>;
  }

  return {
    app,
    taskQueue,
    channelSecretsKey,
    url: api.url,
    /** This file's own database, for a second api process to share. */
    databaseUrl: db.url,
    gql,
    request,
    queries,
    /** The SQL statements `work` runs (not the presence leases' renewals and sweeps, which run on timers beside it). */
    async countQueries(work: () => Promise<unknown>) {
      const before = queries.length;
      await work();
      // Timers of their own (presence leases, the due dispatcher) may run meanwhile: not the request's statements.
      const background = [presenceSqlTag, dispatcherSqlTag, sweepSqlTag];
      return queries.slice(before).filter((line) => !background.some((tag) => line.startsWith(tag)) && /\b(select|insert|update|delete)\b/i.test(line)).length;
    },
    async seed(options: Parameters<typeof seedDemoProject>[1] = {}) {
      return seedDemoProject(app.orm.em.fork(), { clients: 5, ...options });
    },
    async login(email: string, password: string) {
      const result = await gql<{ login: { token: string | null } }>(
        'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token userErrors { code } } }',
        { email, password },
      );
      const token = result.data?.login.token;
      if (!token) throw new Error(`login failed for ${email}: ${JSON.stringify(result)}`);
      return `Bearer ${token}`;
    },
    /** A graphql-ws client; `connectionParams` as the inbox or the widget sends them. */
    socket(connectionParams: Record<string, unknown> = {}) {
      const client = createClient({ url: api.url.replace('http', 'ws') + '/graphql', webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
      sockets.push(client);
      return client;
    },
    /**
     * A graphql-ws client that connects now and stays connected without a subscription, as an open inbox tab; to
     * this api or another node's `url`. Resolves once the server acknowledged it. `dispose()` closes it.
     */
    async connect(connectionParams: Record<string, unknown>, url = api.url) {
      let acknowledged!: () => void;
      let refused!: (reason: unknown) => void;
      const connected = new Promise<void>((resolve, reject) => ((acknowledged = resolve), (refused = reject)));
      const client = createClient({
        url: url.replace('http', 'ws') + '/graphql',
        webSocketImpl: WebSocket,
        connectionParams,
        retryAttempts: 0,
        lazy: false,
        onNonLazyError: () => {},
        on: { connected: () => acknowledged(), closed: (event) => refused(event) },
      });
      sockets.push(client);
      await connected;
      return client;
    },
    /**
     * Stops the HTTP and WebSocket server the way a deploy or crash of the api does (sockets closed, connections
     * refused), keeping the database, the worker and the app's state; `startServer` brings it back on the same port.
     */
    async stopServer() {
      serverDown ??= api.stop();
      await serverDown;
    },
    async startServer() {
      if (!serverDown) return;
      await serverDown;
      api = await startApiServer(app, { host: '127.0.0.1', port: api.port });
      serverDown = null;
    },
    stop: once(async () => {
      await Promise.all(sockets.map((socket) => socket.dispose()));
      await api.stop();
      await worker?.stop();
      await close();
      await db.drop();
      await rm(filesDir, { recursive: true, force: true });
    }),
  };
}

export type TestApi = Awaited<ReturnType<typeof startTestApi>>;

/** Collects a subscription's results; `next(n)` waits until n have arrived. */
export function collect<T = Record<string, any>>(client: WsClient, query: string, variables: Record<string, unknown> = {}) {
  const received: GraphQLResult<T>[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  let failure: unknown = null;
  let completed = false;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        received.push(value as GraphQLResult<T>);
        for (const waiter of waiters.filter((w) => received.length >= w.count)) waiter.resolve();
      },
      error: (error) => {
        failure = error;
        for (const waiter of waiters) waiter.resolve();
      },
      complete: () => {
        completed = true;
      },
    },
  );
  return {
    received,
    get failure() {
      return failure;
    },
    get completed() {
      return completed;
    },
    dispose,
    async next(count: number, timeoutMs = 10_000) {
      if (received.length < count && !failure) {
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`timed out waiting for ${count} events, got ${received.length}`)), timeoutMs);
          waiters.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
        });
      }
      return received;
    },
  };
}

/** Polls until `check` returns a truthy value (for effects that arrive through Temporal). */
export async function eventually<T>(check: () => Promise<T | null | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Lets a subscription reach the server before the test publishes. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

/** A connection's nodes, in order. */
export const nodes = <T = any>(connection: { edges: { node: T }[] }) => connection.edges.map((edge) => edge.node);

const apiNodeScript = fileURLToPath(new URL('./api-node.ts', import.meta.url));
const workerNodeScript = fileURLToPath(new URL('./worker-node.ts', import.meta.url));

/**
 * A second api node in its own process (api/test/api-node.ts), sharing `api`'s database and the given Redis; `env`
 * adds settings (PRESENCE_*…). Resolves once it listens. `kill()` sends SIGKILL: no clean close of anything.
 */
export async function startApiProcess(api: TestApi, redisUrl: string, env: Record<string, string> = {}) {
  const filesDir = await mkdtemp(join(tmpdir(), 'inbox-node-files-'));
  const child = spawn(process.execPath, [apiNodeScript], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: api.databaseUrl,
      REDIS_URL: redisUrl,
      TEMPORAL_ADDRESS: inject('temporalAddress'),
      TEMPORAL_TASK_QUEUE: api.taskQueue,
      FILES_DIR: filesDir,
      FILES_SECRET: randomBytes(32).toString('hex'),
      ...env,
    },
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('{"url"'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code, signal) => reject(new Error(`the api node exited (${code ?? signal}) before listening:\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  return {
    url,
    /** SIGKILL, as the OOM killer or a lost machine would: resolves once the process is gone. */
    async kill() {
      child.kill('SIGKILL');
      await exited;
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

/**
 * A worker in its own process (api/test/worker-node.ts) on `api`'s database and task queue; resolves once it polls.
 * `kill()` sends SIGKILL, as a crash would: activities in flight are cut off where they are.
 */
export async function startWorkerProcess(api: TestApi, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [workerNodeScript], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, DATABASE_URL: api.databaseUrl, TEMPORAL_ADDRESS: inject('temporalAddress'), TEMPORAL_TASK_QUEUE: api.taskQueue, CHANNEL_SECRETS_KEY: api.channelSecretsKey, ...env },
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('{"ready":true}')) resolve();
    });
    child.once('exit', (code, signal) => reject(new Error(`the worker exited (${code ?? signal}) before polling:\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve())));
  return {
    /** Its process id: Temporal names the worker `<pid>@<host>` in the histories. */
    pid: child.pid!,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
