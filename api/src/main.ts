// `npm start`: the whole product on one machine. Unset DATABASE_URL / TEMPORAL_ADDRESS mean an embedded
// PostgreSQL and a local Temporal dev server, both keeping their data under .data/.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { createApp } from './app.ts';
import { config, startDatabase } from './config.ts';
import { hasAnyProject, seedDemoProject, demoLogins, demoWidgetKey } from './seed/seed.ts';
import { startApiServer } from './server.ts';
import { startTemporalDevServer } from './temporal/dev-server.ts';
import { buildWebIfStale } from './web-build.ts';
import { keepSchedules } from '../../workflows/src/maintenance/contract.ts';
import { startWorker } from '../../workflows/src/worker.ts';

const stops: { name: string; stop: () => Promise<unknown> }[] = [];
let stopping = false;

async function shutdown(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  // In reverse order of start: HTTP and WebSockets drain first, the database stops last.
  for (const { name, stop } of stops.reverse()) {
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`${name}: timed out after 15 s`)), 15_000).unref());
    await Promise.race([stop(), timeout]).catch((e: unknown) => console.error('[shutdown]', e instanceof Error ? e.message : e));
  }
  console.log('Stopped.');
  process.exit(exitCode);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

try {
  mkdirSync(config.dataDir, { recursive: true });
  await buildWebIfStale();

  const database = await startDatabase();
  stops.push({ name: 'PostgreSQL', stop: database.stop });

  let temporalAddress = config.temporalAddress;
  if (!temporalAddress) {
    console.log('Starting the local Temporal dev server…');
    const temporal = await startTemporalDevServer({
      dbFile: `${config.dataDir}/temporal.sqlite`,
      port: config.temporalDevServerPort,
      uiPort: config.temporalUiPort,
      namespace: config.temporalNamespace,
    });
    stops.push({ name: 'Temporal dev server', stop: temporal.stop });
    temporalAddress = temporal.address;
  }

  const localHost = config.host === '0.0.0.0' ? '127.0.0.1' : config.host;
  const publicUrl = config.publicUrl ?? `http://${localHost}:${config.port}`;
  const gatewayUrl = config.gatewayPublicUrl ?? (config.gateway ? `http://${localHost}:${config.gatewayPort}/graphql` : null);
  const { app, temporal, close } = await createApp({
    databaseUrl: database.url,
    temporalAddress,
    temporalNamespace: config.temporalNamespace,
    taskQueue: config.temporalTaskQueue,
    redisUrl: config.redisUrl,
    publicUrl,
    gatewayUrl,
    // The gateway started below opens its trunks to this api with a secret of this run's (unless one is given).
    ...(config.gateway ? { limits: { trunkSecret: process.env.GATEWAY_TRUNK_SECRET || randomBytes(32).toString('hex') } } : {}),
  });
  stops.push({ name: 'connections', stop: close });

  if (config.seedDemo && !(await hasAnyProject(app.orm.em.fork()))) {
    console.log('Empty database: creating the demo project…');
    await seedDemoProject(app.orm.em.fork());
  }

  stops.push({ name: 'schedules', stop: keepSchedules(temporal, { taskQueue: config.temporalTaskQueue }) });

  if (process.env.RUN_WORKER !== '0') {
    const worker = await startWorker(app, {
      address: temporalAddress,
      namespace: config.temporalNamespace,
      taskQueue: config.temporalTaskQueue,
      onFatal: () => void shutdown('The Temporal worker failed', 1),
    });
    stops.push({ name: 'worker', stop: worker.stop });
  }

  const api = await startApiServer(app, {
    host: config.host,
    port: config.port,
    readiness: async () => {
      await app.orm.em.fork().getConnection().execute('select 1');
      return true;
    },
  });
  stops.push({ name: 'API server', stop: api.stop });
  // Messengers: stored inbound events processed, polling channels listened to (stopped with the connections).
  app.inbound.start();

  // GATEWAY=1: Hive Gateway in front of this api (and, with ORDERS_EXAMPLE=1, the example orders subgraph).
  let gatewayLine = '';
  if (config.gateway) {
    // Loaded only when asked for: an api node alone never loads the gateway.
    const { startGateway } = await import('../../gateway/gateway.ts');
    const { startOrdersServer } = await import('../../examples/orders/server.ts');
    const orders = config.ordersExample ? await startOrdersServer({ host: config.host, port: config.ordersPort }) : null;
    if (orders) stops.push({ name: 'orders example', stop: orders.stop });
    // The inbox's own pages call it too (the card's orders), from the inbox's origin.
    const limits = { ...app.limits, corsOrigins: [...app.limits.corsOrigins, new URL(publicUrl).origin] };
    const gateway = await startGateway({ host: config.host, port: config.gatewayPort, limits, subgraphUrls: { inbox: `${api.url}/graphql`, ...(orders ? { orders: orders.url } : {}) } });
    stops.push({ name: 'gateway', stop: gateway.stop });
    gatewayLine = `\n  Gateway    ${gateway.url}/graphql   (the supergraph${orders ? `, orders at ${orders.url}` : ''})`;
  }

  console.log(`
  Inbox      ${publicUrl}/
  Widget     ${publicUrl}/widget/${demoWidgetKey}
  GraphQL    ${publicUrl}/graphql   (graphql-ws on the same path)
  GraphiQL   ${publicUrl}/graphiql${gatewayLine}
  Health     ${publicUrl}/healthz  ${publicUrl}/readyz
  Temporal   ${temporalAddress}${config.temporalAddress ? '' : `  (UI http://127.0.0.1:${config.temporalUiPort})`}

  Demo logins:
${demoLogins.map((l) => `    ${l.role.padEnd(9)} ${l.email.padEnd(20)} ${l.password}`).join('\n')}

  Ctrl+C stops everything.
`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await shutdown('Start-up failed', 1);
}
