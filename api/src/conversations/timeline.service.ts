import type { EntityManager } from '@mikro-orm/postgresql';
import type { Page } from '../graphql/connection.ts';
import { keysetConnection } from '../graphql/connection.ts';
import type { Loaders } from '../graphql/loaders.ts';

type Entry = { id: string; item: 'MESSAGE' | 'EVENT' | 'COMMENT' | 'ACTIVITY'; createdAt: Date };

/**
 * A conversation's timeline, newest first: its messages, system events, comments and its client's history (tags,
 * stages, owner…) interleaved by time. One keyset page over the four tables (each read through its own
 * (conversation or client, created_at, id) index), then the rows by loader.
 */
export async function timeline(em: EntityManager, loaders: Loaders, conversation: { id: string; clientId: string }, page: Page) {
  const entries = await keysetConnection<Entry>(
    em,
    {
      from: `(select id, 'MESSAGE' as item, created_at from message where conversation_id = ?
              union all select id, 'EVENT', created_at from conversation_event where conversation_id = ?
              union all select id, 'COMMENT', created_at from comment where conversation_id = ?
              union all select id, 'ACTIVITY', created_at from client_activity where client_id = ?) as entry`,
      where: 'true',
      params: [conversation.id, conversation.id, conversation.id, conversation.clientId],
      column: 'created_at',
      at: (entry) => entry.createdAt,
    },
    page,
  );
  const edges = await Promise.all(
    entries.edges.map(async ({ node, cursor }) => ({
      cursor,
      node: (await { MESSAGE: loaders.message, EVENT: loaders.conversationEvent, COMMENT: loaders.comment, ACTIVITY: loaders.clientActivity }[node.item].load(node.id))!,
    })),
  );
  return { edges, pageInfo: entries.pageInfo };
}
