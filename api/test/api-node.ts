// Another api node for tests that need two: the API as `npm start` serves it (createApp + startApiServer) without
// the worker, schedules or dev servers, on the database, Redis and Temporal given in DATABASE_URL, REDIS_URL and
// TEMPORAL_ADDRESS; PRESENCE_* and the other settings from the environment as in production. Lives until killed.
// Prints one JSON line once it listens: { "url": <its base URL> }. Started by harness.ts's startApiProcess.
import { createApp } from '../src/app.ts';
import { startApiServer } from '../src/server.ts';

const { DATABASE_URL, REDIS_URL, TEMPORAL_ADDRESS } = process.env;
if (!DATABASE_URL || !REDIS_URL || !TEMPORAL_ADDRESS) throw new Error('api-node.ts needs DATABASE_URL, REDIS_URL and TEMPORAL_ADDRESS');

const { app } = await createApp({
  databaseUrl: DATABASE_URL,
  redisUrl: REDIS_URL,
  temporalAddress: TEMPORAL_ADDRESS,
  temporalNamespace: 'default',
  taskQueue: process.env.TEMPORAL_TASK_QUEUE ?? 'inbox',
  publicUrl: 'http://inbox.test',
  // The first node applied them.
  migrate: false,
});
const api = await startApiServer(app, { host: '127.0.0.1', port: 0 });
console.log(JSON.stringify({ url: api.url }));
