import { Client as TemporalClient, Connection } from '@temporalio/client';
import { createViewerCache } from './auth/viewer-cache.ts';
import type { App } from './context.ts';
import { migrate, openOrm, type OrmOptions } from './db/orm.ts';
import { openFiles, type FilesOptions } from './files/files.ts';
import { openChannels, type ChannelsOptions } from './channels/channels.ts';
import { inboundRunner } from './channels/inbound/inbound-runner.ts';
import { temporalJobQueue } from './audience/client-job-queue.ts';
import { temporalBroadcastQueue } from './broadcasts/broadcast-queue.ts';
import { temporalProcessRunner } from './processes/process-runner.ts';
import { temporalDeliveryQueue } from './messages/delivery-queue.ts';
import { temporalScheduler } from './scheduled/scheduler.ts';
import { temporalWorkerMonitor } from './messages/delivery-health.ts';
import { createMemoryPubSub } from './pubsub/pubsub.ts';
import { createRedisPubSub } from './pubsub/redis-pubsub.ts';
import { createOutbox } from './pubsub/outbox.ts';
import { createMemoryBuckets, createRedisBuckets } from './limits/buckets.ts';
import { limitsFromEnv, type Limits } from './limits/limits.ts';
import { presenceSettings, type PresenceSettings } from './operators/presence-settings.ts';
import { createWebhooks } from './webhooks/webhooks.ts';
import { webhookSettings, type WebhookSettings } from './webhooks/webhook-settings.ts';

export type AppOptions = {
  databaseUrl: string;
  temporalAddress: string;
  temporalNamespace: string;
  taskQueue: string;
  redisUrl?: string;
  publicUrl: string;
  migrate?: boolean;
  orm?: OrmOptions;
  /** Unset: FILES_DIR, FILES_SECRET and FILE_MAX_BYTES from the environment. */
  files?: FilesOptions;
  /** Unset: the limits of the environment (limits/limits.ts); tests tighten some. */
  limits?: Partial<Limits>;
  /** Unset: PRESENCE_* from the environment; tests shorten them. */
  presence?: Partial<PresenceSettings>;
  /** How long past its due time a scheduled message's own timer fires (tests: 0, to test the timer alone). */
  scheduledTimerGraceMs?: number;
  /** Unset: the drivers, CHANNEL_SECRETS_KEY and PUBLIC_URL of the environment; tests point drivers at fakes. */
  channels?: ChannelsOptions;
  /** How long a token's viewer is remembered (auth/viewer-cache.ts); unset: AUTH_CACHE_MS or 5 s. */
  authCacheMs?: number;
  /** After how many blocks a process run continues as new (tests: a few, to see it happen). */
  processStepsPerHistory?: number;
  /** Unset: WEBHOOK* settings of the environment (webhooks/webhook-settings.ts); tests shorten the waits. */
  webhooks?: Partial<WebhookSettings>;
  /** How often each node publishes what another committed and never published (it stopped in between); unset: 5 s. */
  outboxSweepMs?: number;
  /** The gateway's GraphQL endpoint as browsers reach it, when one runs in front of this api (`Query.gateway`). */
  gatewayUrl?: string | null;
};

/** The process-wide parts: database, pub/sub and the Temporal client. `close()` releases them. */
export async function createApp(options: AppOptions) {
  const orm = await openOrm(options.databaseUrl, options.orm);
  if (options.migrate !== false) await migrate(orm);
  const pubsub = options.redisUrl ? createRedisPubSub(options.redisUrl) : createMemoryPubSub();
  // Throttle buckets are shared by every api node through Redis when there is one.
  const buckets = options.redisUrl ? createRedisBuckets(options.redisUrl) : createMemoryBuckets();
  // Lazy: the API serves (and stores messages as QUEUED) even while Temporal is unreachable.
  const connection = Connection.lazy({ address: options.temporalAddress });
  const temporal = new TemporalClient({ connection, namespace: options.temporalNamespace });
  const app = {
    orm,
    pubsub,
    deliveryQueue: temporalDeliveryQueue(temporal, options.taskQueue),
    scheduler: temporalScheduler(temporal, options.taskQueue, { timerGraceMs: options.scheduledTimerGraceMs }),
    workers: temporalWorkerMonitor(temporal, options.temporalNamespace, options.taskQueue),
    jobs: temporalJobQueue(temporal, options.taskQueue),
    broadcasts: temporalBroadcastQueue(temporal, options.taskQueue),
    processes: temporalProcessRunner(temporal, options.taskQueue, { stepsPerHistory: options.processStepsPerHistory }),
    publicUrl: options.publicUrl,
    files: await openFiles(options.files),
    limits: { ...limitsFromEnv(), ...options.limits },
    buckets,
    presence: presenceSettings(options.presence),
    viewers: createViewerCache(options.authCacheMs),
    webhooks: createWebhooks(temporal, options.taskQueue, webhookSettings(options.webhooks)),
    gatewayUrl: options.gatewayUrl ?? null,
  } as App;
  const stopViewerCache = await app.viewers.listen(pubsub);
  const stopWebhooks = await app.webhooks.listen(orm, pubsub);
  // Writes' events: logged, queued for outgoing webhooks and published as their transactions commit (pubsub/outbox.ts).
  app.outbox = createOutbox(orm, pubsub, () => app.webhooks, options.outboxSweepMs);
  app.channels = await openChannels(app, options.channels);
  app.inbound = inboundRunner(app);
  return {
    app,
    temporal,
    async close() {
      await app.inbound.stop();
      await stopViewerCache();
      await app.outbox.close();
      await stopWebhooks();
      // Their calls on the way to Temporal finish before its connection closes.
      await Promise.all([app.webhooks.close(), app.deliveryQueue.close(), app.scheduler.close(), app.processes.close()]);
      await connection.close();
      await pubsub.close();
      await buckets.close();
      await orm.close();
    },
  };
}
