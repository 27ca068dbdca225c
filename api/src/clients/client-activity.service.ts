import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../context.ts';
import { newId } from '../db/ids.ts';
import { select } from '../db/rows.ts';
import { publishInboxEvent, topics, type ClientEventMessage } from '../pubsub/pubsub.ts';
import type { ClientActivityType } from './client-activity.entity.ts';

export type ActivityInput = { type: ClientActivityType; summary: string; data?: Record<string, unknown> };

/** Appends one change to a client's history (inside the caller's transaction); answers its id. */
export async function recordClientActivity(
  em: EntityManager,
  client: { id: string; projectId: string },
  actorId: string | null,
  activity: ActivityInput,
) {
  const id = newId();
  await em.execute('insert into client_activity (id, project_id, client_id, type, actor_id, summary, data, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)', [
    id,
    client.projectId,
    client.id,
    activity.type,
    actorId,
    activity.summary,
    JSON.stringify(activity.data ?? {}),
    new Date(),
  ]);
  return id;
}

/**
 * Tells everyone a client changed, after the change committed: the card's subscribers (client topic) and the
 * inbox and timelines of the client's conversations (the activity, if any, appears in their timelines).
 */
export async function publishClientChanged(app: App, em: EntityManager, client: { id: string; projectId: string }, activityId?: string) {
  const event: ClientEventMessage = { clientId: client.id, ...(activityId ? { activityId } : {}) };
  await app.pubsub.publish(topics.client(client.id), event).catch((error: unknown) => console.error('[pubsub] publish failed', event, error));
  const conversations = await select<{ id: string }>(em, 'select id from conversation where client_id = ?', [client.id]);
  await Promise.all(
    conversations.map(({ id }) => publishInboxEvent(app.pubsub, client.projectId, { kind: 'CONVERSATION_UPDATED', conversationId: id, activityId })),
  );
}
