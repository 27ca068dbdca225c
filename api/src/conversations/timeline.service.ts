import type { EntityManager } from '@mikro-orm/postgresql';
import { toRow } from '../db/rows.ts';
import type { Page } from '../graphql/connection.ts';
import { keysetConnection } from '../graphql/connection.ts';
import type { Loaders } from '../graphql/loaders.ts';

type Item = 'MESSAGE' | 'EVENT' | 'COMMENT' | 'ACTIVITY';
type Entry = { id: string; item: Item; createdAt: Date; row: Record<string, unknown> };

/**
 * A conversation's timeline, newest first: its messages, system events, comments and its client's history (tags,
 * stages, owner…) interleaved by time. One keyset page over the four tables (each read through its own
 * (conversation or client, created_at, id) index) that brings the rows along as JSON, so no second round trip
 * loads them; the loaders are primed with them for the resolvers below.
 */
export async function timeline(em: EntityManager, loaders: Loaders, conversation: { id: string; clientId: string }, page: Page) {
  const entries = await keysetConnection<Entry>(
    em,
    {
      name: 'timeline',
      from: `(select id, 'MESSAGE' as item, created_at, to_jsonb(m) - 'search' - 'dedupe_key' - 'sending_until' as row from message m where conversation_id = ?
              union all select id, 'EVENT', created_at, to_jsonb(e) from conversation_event e where conversation_id = ?
              union all select id, 'COMMENT', created_at, to_jsonb(c) from comment c where conversation_id = ?
              union all select id, 'ACTIVITY', created_at, to_jsonb(a) from client_activity a where client_id = ?) as entry`,
      where: 'true',
      params: [conversation.id, conversation.id, conversation.id, conversation.clientId],
      column: 'created_at',
      at: (entry) => entry.createdAt,
    },
    page,
  );
  const loaderOf = { MESSAGE: loaders.message, EVENT: loaders.conversationEvent, COMMENT: loaders.comment, ACTIVITY: loaders.clientActivity };
  const edges = entries.edges.map(({ node, cursor }) => {
    const row = toRow(node.row) as never;
    loaderOf[node.item].clear(node.id).prime(node.id, row);
    return { cursor, node: row };
  });
  return { ...entries, edges };
}
