import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { OperatorRow } from './operators/operator.entity.ts';
import type { ProjectRow } from './projects/project.entity.ts';
import type { PubSub } from './pubsub/pubsub.ts';
import type { Outbox } from './pubsub/outbox.ts';
import type { Loaders } from './graphql/loaders.ts';
import type { JobQueue } from './audience/client-job-queue.ts';
import type { BroadcastQueue } from './broadcasts/broadcast-queue.ts';
import type { ProcessRunner } from './processes/process-runner.ts';
import type { DeliveryQueue } from './messages/delivery-queue.ts';
import type { Scheduler } from './scheduled/scheduler.ts';
import type { WorkerMonitor } from './messages/delivery-health.ts';
import type { Files } from './files/files.ts';
import type { Channels } from './channels/channels.ts';
import type { InboundRunner } from './channels/inbound/inbound-runner.ts';
import type { Buckets } from './limits/buckets.ts';
import type { Limits } from './limits/limits.ts';
import type { PresenceSettings } from './operators/presence-settings.ts';
import type { CostBucket } from './limits/throttle.ts';
import type { ViewerCache } from './auth/viewer-cache.ts';
import type { Webhooks } from './webhooks/webhooks.ts';
import { unauthenticated } from './graphql/errors.ts';

/**
 * An operator's session or a project API token (then `operator` is null); `expiresAt` null never expires. `cached`:
 * remembered from an earlier request (auth/viewer-cache.ts), its rows maybe a few seconds old.
 */
export type Viewer = { project: ProjectRow; operator: OperatorRow | null; tokenId: string; expiresAt: Date | null; cached?: boolean };

/** A web chat visitor: one client channel of one project, and nothing else. */
export type Visitor = { clientChannelId: string };

/** What lives as long as the process: shared by every request, subscription and activity. */
export type App = {
  orm: MikroORM;
  pubsub: PubSub;
  /** Publishes the events writes announce in their transactions (pubsub/outbox.ts). */
  outbox: Outbox;
  deliveryQueue: DeliveryQueue;
  /** The scheduled messages' workflows (scheduled/scheduler.ts). */
  scheduler: Scheduler;
  /** Whether a worker polls the task queue (delivery-health.ts). */
  workers: WorkerMonitor;
  jobs: JobQueue;
  broadcasts: BroadcastQueue;
  /** The business processes' run workflows (processes/process-runner.ts). */
  processes: ProcessRunner;
  publicUrl: string;
  files: Files;
  /** The messenger drivers, their secrets' key and the webhook address (channels/channels.ts). */
  channels: Channels;
  /** Inbound events processed, and the listening channels' listeners (channels/inbound/inbound-runner.ts). */
  inbound: InboundRunner;
  /** What callers may ask and how often (limits/limits.ts), and the throttle buckets that count it. */
  limits: Limits;
  buckets: Buckets;
  /** How long operators' presence leases run and how often api nodes renew them (operators/presence-settings.ts). */
  presence: PresenceSettings;
  /** Who bearer tokens are, for a few seconds (auth/viewer-cache.ts). */
  viewers: ViewerCache;
  /** Outgoing webhooks: which event types each project takes, the settings, the hand-over to Temporal (webhooks/webhooks.ts). */
  webhooks: Webhooks;
  /** The gateway's GraphQL endpoint as browsers reach it (`Query.gateway`); null when none runs in front. */
  gatewayUrl: string | null;
};

export type Context = {
  app: App;
  /** This request's own EntityManager fork. */
  em: EntityManager;
  viewer: Viewer | null;
  visitor: Visitor | null;
  loaders: Loaders;
  /** The caller's network address (behind TRUST_PROXY_HOPS proxies, from X-Forwarded-For). */
  address: string;
  /** The throttle bucket the caller's operations drain (limits/throttle.ts). */
  costBucket: CostBucket;
};

export function requireViewer(context: Context): Viewer {
  if (!context.viewer) throw unauthenticated();
  return context.viewer;
}

export function requireVisitor(context: Context): Visitor {
  if (!context.visitor) throw unauthenticated();
  return context.visitor;
}

