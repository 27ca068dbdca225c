import type { EntityManager } from '@mikro-orm/postgresql';
import type { ClientsChangedMessage } from '../clients/client-activity.service.ts';
import { newId } from '../db/ids.ts';
import { select, selectOne } from '../db/rows.ts';
import type { InboxEventMessage, TaskEventMessage } from '../pubsub/pubsub.ts';
import type { RunEvent } from '../processes/process-runs.service.ts';
import type { Webhooks } from './webhooks.ts';
import { bodyTypes, type WebhookEventType } from './webhook-types.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { webhookData } from './webhook-data.ts';

// The one place outgoing webhooks hear of writes: the events every write announces with its commit (pubsub/outbox.ts),
// as the outbox drains them. An event whose types no enabled endpoint of the project takes (known from memory,
// webhooks.ts) costs nothing more; otherwise its rows are read once, a delivery is stored per endpoint, in the drain's
// transaction (so exactly once), and the endpoint's ordered workflow is woken after it commits.

/** An event a webhook may be about: its type, the key its deliveries are ordered by, and what `data` is read from. */
export type WebhookEvent = { type: WebhookEventType; orderingKey: string; source: WebhookSource };
export type WebhookSource =
  | { kind: 'message'; id: string }
  | { kind: 'conversation'; id: string; eventId?: string | undefined }
  | { kind: 'client'; id: string }
  | { kind: 'deal'; activityId: string }
  | { kind: 'task'; id: string; clientId: string; change: TaskEventMessage['kind'] }
  | { kind: 'run'; id: string };

type Candidates = { projectId: string; types: readonly WebhookEventType[]; events: (em: EntityManager, wanted: readonly WebhookEventType[]) => Promise<WebhookEvent[]> };

const conversationKey = (id: string) => `conversation-${id}`;
const clientKey = (id: string) => `client-${id}`;
const dealTypes = ['DEAL_CREATED', 'DEAL_STAGE_CHANGED', 'DEAL_WON', 'DEAL_LOST', 'DEAL_REOPENED'];

/** What a published event may become, by its topic; null for topics webhooks do not follow. */
function candidatesOf(topic: string, message: object): Candidates | null {
  const [prefix, projectId] = topic.split(':') as [string, string | undefined];
  if (prefix === 'inbox' && projectId) {
    const event = message as InboxEventMessage;
    const key = conversationKey(event.conversationId);
    const message_ = (type: WebhookEventType): WebhookEvent[] => (event.messageId ? [{ type, orderingKey: key, source: { kind: 'message', id: event.messageId } }] : []);
    const conversation = (type: WebhookEventType): WebhookEvent => ({ type, orderingKey: key, source: { kind: 'conversation', id: event.conversationId, eventId: event.eventId } });
    switch (event.kind) {
      case 'CONVERSATION_CREATED':
        return { projectId, types: ['CONVERSATION_CREATED', 'MESSAGE_CREATED'], events: async (_, wanted) => [conversation('CONVERSATION_CREATED'), ...message_('MESSAGE_CREATED')].filter(({ type }) => wanted.includes(type)) };
      case 'MESSAGE_ADDED':
        return { projectId, types: ['MESSAGE_CREATED'], events: async () => message_('MESSAGE_CREATED') };
      case 'MESSAGE_STATUS_CHANGED':
        return { projectId, types: ['MESSAGE_STATUS_CHANGED'], events: async () => message_('MESSAGE_STATUS_CHANGED') };
      case 'CONVERSATION_UPDATED':
        // A client's change reaches its conversations too: webhooks hear it once, as client.changed.
        if (event.activityId) return null;
        return {
          projectId,
          types: ['CONVERSATION_UPDATED', 'CONVERSATION_CLOSED'],
          events: async (em, wanted) => {
            const closed = event.eventId && wanted.includes('CONVERSATION_CLOSED')
              ? !!(await selectOne(em, `select 1 from conversation_event where id = ? and type = 'CLOSED'`, [event.eventId]))
              : false;
            return [conversation('CONVERSATION_UPDATED'), ...(closed ? [conversation('CONVERSATION_CLOSED')] : [])].filter(({ type }) => wanted.includes(type));
          },
        };
    }
  }
  if (prefix === 'clients' && projectId) {
    const event = message as ClientsChangedMessage;
    const created = new Set(event.createdIds ?? []);
    return {
      projectId,
      types: ['CLIENT_CREATED', 'CLIENT_CHANGED', 'DEAL_MOVED'],
      events: async (em, wanted) => {
        const clients = event.clientIds.map((id): WebhookEvent => ({ type: created.has(id) ? 'CLIENT_CREATED' : 'CLIENT_CHANGED', orderingKey: clientKey(id), source: { kind: 'client', id } }));
        const deals = wanted.includes('DEAL_MOVED') && event.activityIds?.length
          ? await select<{ id: string; clientId: string }>(em, 'select id, client_id from client_activity where id in (?) and type in (?)', [event.activityIds, dealTypes])
          : [];
        return [...clients, ...deals.map((activity): WebhookEvent => ({ type: 'DEAL_MOVED', orderingKey: clientKey(activity.clientId), source: { kind: 'deal', activityId: activity.id } }))].filter(
          ({ type }) => wanted.includes(type),
        );
      },
    };
  }
  if (prefix === 'tasks' && projectId) {
    const event = message as TaskEventMessage;
    const source = { kind: 'task', id: event.taskId, clientId: event.clientId, change: event.kind } as const;
    return { projectId, types: ['TASK_CHANGED'], events: async () => [{ type: 'TASK_CHANGED', orderingKey: clientKey(event.clientId), source }] };
  }
  if (prefix === 'client-runs') {
    const event = message as RunEvent;
    return { projectId: event.projectId, types: ['PROCESS_RUN_CHANGED'], events: async () => [{ type: 'PROCESS_RUN_CHANGED', orderingKey: clientKey(event.clientId), source: { kind: 'run', id: event.runId } }] };
  }
  return null;
}

/**
 * Stores, inside the outbox's drain (pubsub/outbox.ts), a delivery per enabled endpoint that takes each of a batch's
 * events: its body as it will be sent, `data` read now. Answers the endpoints' ordering keys to wake once it commits.
 */
export async function queueWebhookDeliveries(tx: EntityManager, webhooks: Webhooks, batch: readonly { topic: string; event: object }[]) {
  const byProject = new Map<string, WebhookEvent[]>();
  for (const { topic, event } of batch) {
    const candidates = candidatesOf(topic, event);
    const wanted = candidates ? webhooks.wanted(candidates.projectId, candidates.types) : [];
    if (!candidates || !wanted.length) continue;
    const events = await candidates.events(tx, wanted);
    byProject.set(candidates.projectId, [...(byProject.get(candidates.projectId) ?? []), ...events]);
  }
  const woken: [string, string][] = [];
  for (const [projectId, events] of byProject) woken.push(...(await queueWebhooks(tx, projectId, events)));
  return woken;
}

/** Stores a delivery per enabled endpoint of the project that takes each event (one statement); answers the [endpoint, ordering key] pairs. */
async function queueWebhooks(em: EntityManager, projectId: string, events: readonly WebhookEvent[]): Promise<[string, string][]> {
  if (!events.length) return [];
  const endpoints = await select<{ id: string; eventTypes: WebhookEventType[] }>(em, 'select id, event_types from webhook_endpoint where project_id = ? and enabled', [projectId]);
  const rows: unknown[][] = [];
  const woken = new Map<string, [string, string]>();
  const taken = events.map((event) => ({ event, takers: endpoints.filter((endpoint) => endpoint.eventTypes.includes(event.type)) })).filter(({ takers }) => takers.length);
  const data = await webhookData(em, taken.map(({ event }) => event.source));
  for (const [i, { event, takers }] of taken.entries()) {
    if (!data[i]) continue;
    const createdAt = new Date();
    const eventId = newId();
    const body = JSON.stringify({ id: eventId, type: bodyTypes[event.type], createdAt: createdAt.toISOString(), projectId: toGlobalId('Project', projectId), data: data[i] });
    for (const endpoint of takers) {
      rows.push([newId(), projectId, endpoint.id, eventId, bodyTypes[event.type], event.orderingKey, body, createdAt]);
      woken.set(`${endpoint.id} ${event.orderingKey}`, [endpoint.id, event.orderingKey]);
    }
  }
  if (rows.length) await insertDeliveries(em, rows);
  return [...woken.values()];
}

/** Deliveries as rows of [id, project, endpoint, event id, type, ordering key, body, created at], in one statement. */
export async function insertDeliveries(em: EntityManager, rows: readonly unknown[][]) {
  await em.execute(
    `insert into webhook_delivery (id, project_id, endpoint_id, event_id, type, ordering_key, body, created_at) values ${rows.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    rows.flat(),
  );
}
