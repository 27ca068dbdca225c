// `npm run worker`: the Temporal worker as its own process (the production shape; `npm start` runs one in-process).
// Needs DATABASE_URL and TEMPORAL_ADDRESS; REDIS_URL so that the API nodes see the status changes it publishes.
import { createApp } from '../../api/src/app.ts';
import { config } from '../../api/src/config.ts';
import { startWorker } from './worker.ts';

if (!config.databaseUrl || !config.temporalAddress) {
  console.error('The standalone worker needs DATABASE_URL and TEMPORAL_ADDRESS (npm start runs one in-process).');
  process.exit(1);
}
const options = { address: config.temporalAddress, namespace: config.temporalNamespace, taskQueue: config.temporalTaskQueue };
const exit = (code: number) => void worker.stop().finally(close).then(() => process.exit(code));
const { app, close } = await createApp({
  databaseUrl: config.databaseUrl,
  temporalAddress: config.temporalAddress,
  temporalNamespace: config.temporalNamespace,
  taskQueue: config.temporalTaskQueue,
  redisUrl: config.redisUrl,
  publicUrl: config.publicUrl ?? '',
  migrate: false,
});
const worker = await startWorker(app, { ...options, onFatal: () => exit(1) });
console.log(`Worker polling task queue "${options.taskQueue}" at ${options.address}.`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => exit(0));
}
