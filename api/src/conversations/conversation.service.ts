import { newId } from '../db/ids.ts';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import type { ConversationFilter, ConversationOrder } from '../generated/graphql.ts';
import { keysetConnection, type Page, type PageReader } from '../graphql/connection.ts';
import { badInput } from '../graphql/errors.ts';
import { conversationErrors } from './conversation.errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { announce, inboxEvent } from '../pubsub/outbox.ts';
import { conditionsSql } from './conversation-conditions.ts';
import { searchConversations } from './conversation-search.service.ts';
import type { ConversationRow } from './conversation.entity.ts';
import { teamInboxScope } from '../teams/team.service.ts';

/** The SQL condition of an inbox section and the filter's conditions, for the viewer; `c` is the conversation table's alias. */
function sectionWhere(viewer: Viewer, filter: ConversationFilter | null | undefined, c = 'conversation') {
  const section = filter?.section ?? 'ALL';
  const where = [`${c}.project_id = ?`, section === 'ARCHIVED' ? `${c}.archived_at is not null` : `${c}.archived_at is null`];
  const params: unknown[] = [viewer.project.id];
  const me = viewer.operator?.id ?? null;
  switch (section) {
    case 'UNREAD':
      where.push(`${c}.unread_count > 0`);
      break;
    case 'OPEN':
    case 'CLOSED':
      where.push(`${c}.status = ?`);
      params.push(section);
      break;
    case 'MINE':
      where.push(`${c}.assignee_id = ?`);
      params.push(me);
      break;
    case 'UNASSIGNED':
      where.push(`${c}.assignee_id is null and ${c}.status = 'OPEN'`);
      break;
    case 'OTHERS': {
      const other = filter?.assigneeId ? idOf('Operator', filter.assigneeId) : null;
      if (filter?.assigneeId && !other) throw badInput('assigneeId is not an operator id.');
      where.push(other ? `${c}.assignee_id = ?` : `${c}.assignee_id is not null and ${c}.assignee_id is distinct from ?`);
      params.push(other ?? me);
      break;
    }
    case 'IMPORTANT':
      where.push(`exists (select 1 from task t where t.client_id = ${c}.client_id and t.completed_at is null)`);
      break;
    case 'TEAM': {
      const team = filter?.teamId ? idOf('Team', filter.teamId) : null;
      if (filter?.teamId && !team) throw badInput('teamId is not a team id.');
      where.push(team ? `${c}.team_id = ?` : `${c}.team_id is not null`);
      if (team) params.push(team);
      const scope = teamInboxScope(viewer, c);
      if (scope) {
        where.push(scope.sql);
        params.push(...scope.params);
      }
      break;
    }
  }
  const conditions = conditionsSql(filter, { conversation: c });
  if (conditions) {
    where.push(conditions.sql);
    params.push(...conditions.params);
  }
  return { where: where.join(' and '), params };
}

/** The keyset of a section's conversations by last activity, pinned ones left out (they are listed on top). */
export function conversationKeyset(viewer: Viewer, options: { filter?: ConversationFilter | null; order?: ConversationOrder | null }) {
  const { where, params } = sectionWhere(viewer, options.filter);
  return {
    name: 'conversations',
    from: 'conversation',
    where: `${where} and pinned_at is null`,
    params,
    column: 'last_activity_at',
    at: (c: ConversationRow) => c.lastActivityAt,
    order: options.order === 'OLDEST_ACTIVITY_FIRST' ? ('asc' as const) : ('desc' as const),
  };
}

/**
 * A section's conversations by last activity; pinned ones are left out (they are listed on top). With search
 * words: every match in the section, ranked. `read`: a statement that reads more along with the page
 * (conversation-page.ts).
 */
export async function listConversations(
  em: EntityManager,
  viewer: Viewer,
  options: Page & { filter?: ConversationFilter | null; order?: ConversationOrder | null },
  read?: PageReader<ConversationRow>,
) {
  const { filter } = options;
  if (filter?.search) return searchConversations(em, viewer, { ...filter, search: filter.search }, sectionWhere(viewer, filter, 'c'), options);
  return keysetConnection<ConversationRow>(em, conversationKeyset(viewer, options), options, read);
}

/** A section's pinned conversations, most recently pinned first; none with search words (the search has them). */
export async function listPinnedConversations(em: EntityManager, viewer: Viewer, filter?: ConversationFilter | null) {
  if (filter?.search) return [];
  const { where, params } = sectionWhere(viewer, filter);
  return select<ConversationRow>(em, `select * from conversation where ${where} and pinned_at is not null order by pinned_at desc limit 100`, params);
}

/** The conversation (id, project) if it is of that project. */
export const conversationInProject = 'select * from conversation where id = ? and project_id = ?';

/** A conversation of the viewer's project by global id; anything else is null ("not found"). */
export async function findConversation(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('Conversation', globalId);
  if (!id) return null;
  return selectOne<ConversationRow>(em, conversationInProject, [id, viewer.project.id]);
}

/**
 * The conversation with a client on one of their channels (a client channel of the viewer's project), opened if
 * it has none yet: what the chat window switches to, and where a forwarded message goes. Null: no such identity.
 */
export async function conversationOfClientChannel(em: EntityManager, viewer: Viewer, clientChannelId: string) {
  const now = new Date();
  return selectOne<ConversationRow>(
    em,
    `insert into conversation (id, project_id, client_id, channel_id, client_channel_id, status, last_activity_at, unread_count, created_at)
     select ?, project_id, client_id, channel_id, id, 'OPEN', ?, 0, ? from client_channel where id = ? and project_id = ?
     on conflict (client_channel_id) do update set client_channel_id = excluded.client_channel_id returning *`,
    [newId(), now, now, clientChannelId, viewer.project.id],
  );
}

export async function requireConversation(em: EntityManager, viewer: Viewer, globalId: string) {
  const conversation = await findConversation(em, viewer, globalId);
  if (!conversation) throw conversationErrors.CONVERSATION_NOT_FOUND('conversationId');
  return conversation;
}

/** Reading is explicit: the operator marks the client's messages read; the unread count drops to zero. */
export async function markConversationRead(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const found = await requireConversation(em, viewer, globalId);
  // The conversation first: its row lock holds back a client's message arriving meanwhile, which then counts as
  // unread again instead of being marked read unseen.
  const conversation = await em.transactional(async (tx) => {
    const updated = await selectOne<ConversationRow>(tx, 'update conversation set unread_count = 0 where id = ? returning *', [found.id]);
    await tx.execute(
      `update message set status = 'READ', read_at = now() where conversation_id = ? and direction = 'INBOUND' and status <> 'READ'`,
      [found.id],
    );
    await announce(tx, ...inboxEvent(viewer.project.id, { kind: 'CONVERSATION_UPDATED', conversationId: found.id }));
    return updated;
  });
  return conversation!;
}
