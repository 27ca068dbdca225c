import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../context.ts';
import { select } from '../db/rows.ts';
import type { ConversationFilter } from '../generated/graphql.ts';
import { encodeCursor, pageInfoOf, pageOf, type Page } from '../graphql/connection.ts';
import { badInput } from '../graphql/errors.ts';
import { messageColumns, type MessageRow } from '../messages/message.entity.ts';
import type { ConversationRow } from './conversation.entity.ts';
import { clientSearchKey, clientSearchText } from '../clients/client.entity.ts';
import { foldedContains, indexedContains } from '../db/text-match.ts';
import { headlineOptions, highlightOf, type HighlightSegment } from './search-highlight.ts';

export type SearchHitModel = { message: MessageRow; highlight: HighlightSegment[] };
/** A conversation, and, when it was found by a search of its messages, the best matching one. */
export type FoundConversation = ConversationRow & { searchHit?: SearchHitModel | null };

// The words of a search as a prefix tsquery ("заказ дост" → 'заказ':* & 'дост':*), for `tsquery`: folded there
// like the messages' vectors, then stemmed by the russian configuration (Cyrillic words as Russian, ASCII words as
// English). Anything but letters and digits is dropped.
function prefixQuery(text: string) {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (!words.length) throw badInput('search needs at least one letter or digit.');
  return words.slice(0, 10).map((word) => `${word}:*`).join(' & ');
}

const tsquery = `to_tsquery('russian', search_fold(?))`;

// A result's cursor is the offset of the one after it: results are ranked, not ordered by a column.
const offsetCursor = (offset: number) => encodeCursor('search', String(offset));

/** The offset and size of a page of results: forwards from `after`, or backwards from `before` only. */
function offsetPage(page: Page) {
  const { backward, size, position } = pageOf('search', page);
  const at = position === null ? 0 : Number(position);
  if (!Number.isInteger(at) || at < (backward ? 1 : 0)) throw badInput(`${backward ? 'before' : 'after'} is not a cursor of this search.`);
  if (backward && position === null) throw badInput('Search results page backwards from a cursor only: give before with last.');
  const offset = backward ? Math.max(0, at - 1 - size) : at;
  return { backward, offset, size: backward ? at - 1 - offset : size };
}

// The most recently active matches considered; ranking, highlighting and paging happen within them.
const candidateLimit = 200;

/**
 * Conversations whose client (name, phone, e-mail, tag names: partial, folded as text-match.ts says) or messages
 * (full text, folded alike) match, within a section. The 200 most recently active matches are ranked: client
 * matches first, then by the best message's relevance, then by activity; paged by offset. PostgreSQL picks per word
 * how to find them: walking the inbox by activity for common words, the GIN index for rare ones; clients through the
 * trigram index.
 */
export async function searchConversations(
  em: EntityManager,
  viewer: Viewer,
  filter: ConversationFilter & { search: string },
  section: { where: string; params: unknown[] },
  page: Page,
) {
  const { backward, offset, size } = offsetPage(page);
  const words = prefixQuery(filter.search);
  const client = indexedContains(clientSearchText('cl'), clientSearchKey('cl'), filter.search.trim());
  const tag = foldedContains('l.name', filter.search.trim());
  const rows = await select<ConversationRow & { hitMessageId: string | null; clientMatch: boolean }>(
    em,
    // The query is repeated, not shared through a CTE: with it in the text PostgreSQL estimates how common the
    // words are and picks the fast path.
    `with client_hits as (
       select c.id from conversation c join client cl on cl.id = c.client_id
        where ${section.where} and ${client.sql}
        order by c.last_activity_at desc, c.id desc limit ${candidateLimit}),
     tag_hits as (
       select c.id from conversation c
        where ${section.where} and c.client_id in (
          select x.client_id from client_label x join label l on l.id = x.label_id where l.project_id = ? and l.kind = 'TAG' and ${tag.sql})
        order by c.last_activity_at desc, c.id desc limit ${candidateLimit}),
     message_hits as (
       select c.id from conversation c
        where ${section.where} and exists (select 1 from message m where m.conversation_id = c.id and m.search @@ ${tsquery})
        order by c.last_activity_at desc, c.id desc limit ${candidateLimit}),
     candidates as (
       select c.*, c.id in (select id from client_hits union select id from tag_hits) as client_match from conversation c
        where c.id in (select id from client_hits union select id from tag_hits union select id from message_hits)
        order by c.last_activity_at desc, c.id desc limit ${candidateLimit}),
     best as (
       select distinct on (m.conversation_id) m.conversation_id, m.id as message_id, ts_rank(m.search, ${tsquery}) as rank
         from message m where m.conversation_id in (select id from candidates) and m.search @@ ${tsquery}
        order by m.conversation_id, rank desc, m.created_at desc)
     select candidates.*, best.message_id as hit_message_id
       from candidates left join best on best.conversation_id = candidates.id
      order by client_match desc, coalesce(best.rank, 0) desc, candidates.last_activity_at desc, candidates.id desc
      limit ? offset ?`,
    [...section.params, ...client.params, ...section.params, viewer.project.id, ...tag.params, ...section.params, words, words, words, size + 1, offset],
  );
  const found = rows.slice(0, size);
  const hitIds = found.flatMap((row) => (row.hitMessageId ? [row.hitMessageId] : []));
  const highlighted = hitIds.length ? await hits(em, 'm.id in (?)', [hitIds], filter.search, 'm.created_at', hitIds.length) : [];
  const edges = found.map(({ clientMatch: _, hitMessageId, ...conversation }, index) => ({
    node: { ...conversation, searchHit: highlighted.find((hit) => hit.message.id === hitMessageId) ?? null } satisfies FoundConversation,
    cursor: offsetCursor(offset + index + 1),
  }));
  return { edges, pageInfo: backward ? pageInfoOf(edges, offset > 0, true, true) : pageInfoOf(edges, rows.length > size, false, offset > 0) };
}

/** Messages matching `text`, each with its best fragment marked (for a search result or a jump list). */
async function hits(em: EntityManager, where: string, params: unknown[], text: string, order: string, limit: number) {
  // Tags' angle brackets as spaces (one character for one): ts_headline would put one space for a whole tag.
  const rows = await select<MessageRow & { folded: string; headline: string }>(
    em,
    `select ${messageColumns('m')}, f.folded, ts_headline('russian', f.folded, q.query, '${headlineOptions}') as headline
       from message m, (select ${tsquery} as query) q, lateral (select translate(search_fold(m.text), '<>', '  ') as folded) f
      where m.search @@ q.query and ${where} order by ${order} limit ?`,
    [prefixQuery(text), ...params, limit],
  );
  return rows.map(({ folded, headline, ...message }) => ({ message, highlight: highlightOf(message.text, folded, headline) }));
}

/** Inside one dialog: every matching message, oldest first, to jump between them. */
export function searchMessagesOf(em: EntityManager, conversationId: string, text: string) {
  return hits(em, 'm.conversation_id = ?', [conversationId], text, 'm.created_at, m.id', 200);
}
