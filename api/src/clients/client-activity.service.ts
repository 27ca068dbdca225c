import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../db/ids.ts';
import { select } from '../db/rows.ts';
import { topics, type ClientEventMessage } from '../pubsub/pubsub.ts';
import { announce, inboxEvent, type Announcement } from '../pubsub/outbox.ts';
import type { CommentRow } from '../conversations/comment.entity.ts';
import type { Keyset } from '../graphql/connection.ts';
import type { ClientActivityRow, ClientActivityType } from './client-activity.entity.ts';

// A client's history and notes as keyset pages, newest first. `client` names its id in SQL: `?` with `params`, or a
// subquery (client-card.ts reads the card's first pages inside its own statement).
export const activityKeyset = (client: string, params: unknown[], types?: readonly ClientActivityType[] | null): Keyset<ClientActivityRow> => ({
  name: 'activity',
  from: 'client_activity',
  where: `client_id = ${client}${types?.length ? ' and type in (?)' : ''}`,
  params: [...params, ...(types?.length ? [types] : [])],
  column: 'created_at',
  at: (row) => row.createdAt,
});

export const notesKeyset = (client: string, params: unknown[]): Keyset<CommentRow> => ({
  name: 'notes',
  from: 'comment',
  where: `client_id = ${client} and deleted_at is null`,
  params,
  column: 'created_at',
  at: (row) => row.createdAt,
});

export type ActivityInput = { type: ClientActivityType; summary: string; data?: Record<string, unknown> };

/** Appends one change to a client's history (inside the caller's transaction); answers its id. */
export async function recordClientActivity(
  em: EntityManager,
  client: { id: string; projectId: string },
  actorId: string | null,
  activity: ActivityInput,
) {
  const insert = clientActivityInsert(client, actorId, activity);
  await em.execute(insert.sql, insert.params);
  return insert.id;
}

/**
 * A client's history entry as an `insert … select` and its parameters, for a statement that writes it together with
 * other rows (a `where` may follow, to write it only with them).
 */
export function clientActivityInsert(client: { id: string; projectId: string }, actorId: string | null, activity: ActivityInput) {
  const id = newId();
  return {
    id,
    sql: 'insert into client_activity (id, project_id, client_id, type, actor_id, summary, data, created_at) select ?::uuid, ?::uuid, ?::uuid, ?, ?::uuid, ?, ?::jsonb, ?::timestamptz',
    params: [id, client.projectId, client.id, activity.type, actorId, activity.summary, JSON.stringify(activity.data ?? {}), new Date()],
  };
}

/** A client changed (with the history entry recorded, if any), or made (`created`: it has no card open nor conversation yet). */
type ClientChange = { client: { id: string; projectId: string }; activityId?: string | undefined; created?: boolean };

/**
 * Tells everyone clients changed, with the changes (in their transaction: outbox.ts): the cards' subscribers (each
 * client's topic) and the inbox and timelines of the clients' conversations (the activity, if any, appears in their
 * timelines). One query finds every client's conversations, however many clients changed; new clients need none.
 */
export async function announceClientChanges(tx: EntityManager, changes: readonly ClientChange[]) {
  if (!changes.length) return;
  await announce(tx, ...clientChangeEvents(changes, await conversationsOf(tx, changes)));
}

/** The conversations of the changed clients (new ones have none). */
export async function conversationsOf(em: EntityManager, changes: readonly ClientChange[]) {
  const changed = changes.filter(({ created }) => !created);
  return changed.length
    ? select<{ id: string; clientId: string }>(em, 'select id, client_id from conversation where client_id in (?)', [[...new Set(changed.map(({ client }) => client.id))]])
    : [];
}

/** The events of clients' changes, given their conversations (`conversationsOf`). */
export function clientChangeEvents(changes: readonly ClientChange[], conversations: readonly { id: string; clientId: string }[]): Announcement[] {
  const changed = changes.filter(({ created }) => !created);
  const events = changed.flatMap(({ client, activityId }): Announcement[] => {
    const event: ClientEventMessage = { clientId: client.id, ...(activityId ? { activityId } : {}) };
    return [
      { topic: topics.client(client.id), event },
      ...conversations
        .filter((conversation) => conversation.clientId === client.id)
        .flatMap(({ id }) => inboxEvent(client.projectId, { kind: 'CONVERSATION_UPDATED', conversationId: id, activityId })),
    ];
  });
  // The Audience's rows and outgoing webhooks: one event per project with every client changed or made (a bulk
  // action's 500, an import's batch, at once).
  const byProject = Map.groupBy(changes, ({ client }) => client.projectId);
  const lists = [...byProject].map(([projectId, touched]): Announcement => {
    const activityIds = touched.flatMap(({ activityId }) => (activityId ? [activityId] : []));
    const createdIds = touched.flatMap(({ client, created }) => (created ? [client.id] : []));
    const event: ClientsChangedMessage = {
      clientIds: [...new Set(touched.map(({ client }) => client.id))],
      ...(activityIds.length ? { activityIds } : {}),
      ...(createdIds.length ? { createdIds } : {}),
    };
    return { topic: topics.clients(projectId), event };
  });
  return [...events, ...lists];
}

/**
 * The Audience's rows to reload; `activityIds` (the changes recorded) and `createdIds` (new clients: inbound, the
 * widget, a CSV import, a process test) tell outgoing webhooks what happened (webhooks/webhook-events.ts).
 */
export type ClientsChangedMessage = { clientIds: string[]; activityIds?: string[]; createdIds?: string[] };

export const announceClientChanged = (tx: EntityManager, client: { id: string; projectId: string }, activityId?: string) => announceClientChanges(tx, [{ client, activityId }]);
