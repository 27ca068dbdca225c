import type { EntityManager } from '@mikro-orm/postgresql';
import { toRow } from '../db/rows.ts';
import type { Keyset, Page } from '../graphql/connection.ts';
import { keysetConnection } from '../graphql/connection.ts';
import { pageKey, primedRead, type Loaders } from '../graphql/loaders.ts';

type Item = 'MESSAGE' | 'EVENT' | 'COMMENT' | 'ACTIVITY';
export type TimelineEntry = { id: string; item: Item; createdAt: Date; row: Record<string, unknown> };

/**
 * A conversation's timeline as a keyset page over the four tables (each read through its own (conversation or
 * client, created_at, id) index), bringing the rows along as JSON. `conversation` and `client` name the ids in
 * SQL: `?` with `params`, or subqueries (conversation-with-timeline.ts reads the first page with the conversation).
 */
export const timelineKeyset = (conversation: string, client: string, params: unknown[]): Keyset<TimelineEntry> => ({
  name: 'timeline',
  from: `(select id, 'MESSAGE' as item, created_at, to_jsonb(m) - 'search' - 'dedupe_key' - 'sending_until' as row from message m where conversation_id = ${conversation}
          union all select id, 'EVENT', created_at, to_jsonb(e) from conversation_event e where conversation_id = ${conversation}
          union all select id, 'COMMENT', created_at, to_jsonb(c) from comment c where conversation_id = ${conversation}
          union all select id, 'ACTIVITY', created_at, to_jsonb(a) from client_activity a where client_id = ${client}) as entry`,
  where: 'true',
  params,
  column: 'created_at',
  at: (entry) => entry.createdAt,
});

/**
 * A conversation's timeline, newest first: its messages, system events, comments and its client's history (tags,
 * stages, owner…) interleaved by time, in one statement (or none, when the request's statement read this very
 * page already); the loaders are primed with the rows for the resolvers below.
 */
export async function timeline(em: EntityManager, loaders: Loaders, conversation: { id: string; clientId: string }, args: Page) {
  const query = timelineKeyset('?', '?', [conversation.id, conversation.id, conversation.id, conversation.clientId]);
  const entries = await keysetConnection<TimelineEntry>(em, query, args, primedRead(em, loaders, pageKey('timeline', conversation.id, args)));
  const loaderOf = { MESSAGE: loaders.message, EVENT: loaders.conversationEvent, COMMENT: loaders.comment, ACTIVITY: loaders.clientActivity };
  const edges = entries.edges.map(({ node, cursor }) => {
    const row = toRow(node.row) as never;
    loaderOf[node.item].clear(node.id).prime(node.id, row);
    return { cursor, node: row };
  });
  return { ...entries, edges };
}
