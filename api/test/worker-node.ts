// A Temporal worker in its own process for tests that kill one mid-work (SIGKILL: no shutdown, activities cut
// off): the product's worker on the database and Temporal given in DATABASE_URL and TEMPORAL_ADDRESS, polling
// TEMPORAL_TASK_QUEUE. Prints one JSON line once it polls: { "ready": true }. Started by harness.ts's startWorkerProcess.
import { createApp } from '../src/app.ts';
import { createDrivers, type Drivers } from '../src/channels/drivers/drivers.ts';
import { startWorker } from '../../workflows/src/worker.ts';

const { DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_TASK_QUEUE } = process.env;
if (!DATABASE_URL || !TEMPORAL_ADDRESS || !TEMPORAL_TASK_QUEUE) throw new Error('worker-node.ts needs DATABASE_URL, TEMPORAL_ADDRESS and TEMPORAL_TASK_QUEUE');

const { app } = await createApp({
  databaseUrl: DATABASE_URL,
  redisUrl: process.env.REDIS_URL,
  temporalAddress: TEMPORAL_ADDRESS,
  temporalNamespace: 'default',
  taskQueue: TEMPORAL_TASK_QUEUE,
  publicUrl: 'http://inbox.test',
  migrate: false,
});
// SLOW_SEND_MS: each send takes that long, so that a kill lands inside a page of sends rather than between them.
const slowMs = Number(process.env.SLOW_SEND_MS ?? 0);
const drivers: Drivers = Object.fromEntries(
  Object.entries(createDrivers(app)).map(([kind, driver]) => [
    kind,
    slowMs ? { ...driver, send: async (message: Parameters<typeof driver.send>[0]) => (await new Promise((resolve) => setTimeout(resolve, slowMs)), driver.send(message)) } : driver,
  ]),
);
await startWorker(app, { address: TEMPORAL_ADDRESS, namespace: 'default', taskQueue: TEMPORAL_TASK_QUEUE }, drivers);
console.log(JSON.stringify({ ready: true }));
