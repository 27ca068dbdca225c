import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Client as TemporalClient } from '@temporalio/client';
import { select } from '../db/rows.ts';
import { topics, type PubSub } from '../pubsub/pubsub.ts';
import { backgroundCalls } from '../temporal/background-calls.ts';
import { deliverWebhooks, deliverWebhooksWorkflowId, webhookQueuedSignal } from '../../../workflows/src/webhooks/contract.ts';
import type { WebhookEventType } from './webhook-types.ts';
import type { WebhookSettings } from './webhook-settings.ts';

/**
 * What every node keeps of outgoing webhooks: which event types each project's enabled endpoints take (so that a
 * write in a project without endpoints costs no statement), the settings, and the hand-over to Temporal.
 */
export type Webhooks = {
  settings: WebhookSettings;
  /** The types among `types` that some enabled endpoint of the project takes (from memory). */
  wanted(projectId: string, types: readonly WebhookEventType[]): WebhookEventType[];
  /** After a change of the project's endpoints: reloads them here and tells the other nodes. */
  changed(em: EntityManager, projectId: string): Promise<void>;
  /** Wakes (or starts) the workflow of an endpoint's ordering key, in the background: its deliveries are stored. */
  wake(endpointId: string, orderingKey: string): void;
  /** The same, now (the sweep: deliveries whose hand-over never reached Temporal). */
  handOver(endpointId: string, orderingKey: string): Promise<void>;
  /** Loads every project's types and follows other nodes' changes; answers the function that stops. */
  listen(orm: MikroORM, pubsub: PubSub): Promise<() => Promise<void>>;
  close(): Promise<void>;
};

type ChangedMessage = { projectId: string };

export function createWebhooks(client: TemporalClient, taskQueue: string, settings: WebhookSettings): Webhooks {
  const background = backgroundCalls('webhooks', 10);
  let byProject = new Map<string, Set<WebhookEventType>>();
  let pubsub: PubSub | null = null;

  const typesOf = (em: EntityManager, projectId?: string) =>
    select<{ projectId: string; types: WebhookEventType[] }>(
      em,
      `select project_id, array_agg(distinct t) as types from webhook_endpoint, unnest(event_types) t
        where enabled${projectId ? ' and project_id = ?' : ''} group by project_id`,
      projectId ? [projectId] : [],
    );
  const reload = async (em: EntityManager, projectId: string) => {
    const [row] = await typesOf(em, projectId);
    if (row) byProject.set(projectId, new Set(row.types));
    else byProject.delete(projectId);
  };

  const handOver = async (endpointId: string, orderingKey: string) => {
    await client.workflow.signalWithStart(deliverWebhooks, {
      taskQueue,
      workflowId: deliverWebhooksWorkflowId(endpointId, orderingKey),
      args: [endpointId, orderingKey],
      signal: webhookQueuedSignal,
      signalArgs: [],
    });
  };

  return {
    settings,
    wanted(projectId, types) {
      const taken = byProject.get(projectId);
      return taken ? types.filter((type) => taken.has(type)) : [];
    },
    async changed(em, projectId) {
      await reload(em, projectId);
      if (pubsub) await pubsub.publish(topics.webhookEndpoints, { projectId } satisfies ChangedMessage).catch((error: unknown) => console.error('[webhooks] publish failed', error));
    },
    wake(endpointId, orderingKey) {
      background.run(`wake the webhooks of ${endpointId}`, () => handOver(endpointId, orderingKey));
    },
    handOver,
    async listen(orm, bus) {
      pubsub = bus;
      const changes = await bus.subscribe<ChangedMessage>(topics.webhookEndpoints);
      byProject = new Map((await typesOf(orm.em.fork())).map((row) => [row.projectId, new Set(row.types)]));
      const done = (async () => {
        for await (const { projectId } of changes) await reload(orm.em.fork(), projectId);
      })().catch((error: unknown) => console.error('[webhooks] endpoint listener failed', error));
      return async () => {
        await changes.return?.();
        await done;
      };
    },
    close: () => background.close(),
  };
}
