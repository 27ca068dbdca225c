import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Channel } from '../channels/channel.entity.ts';
import { Client } from '../clients/client.entity.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { Message } from '../messages/message.entity.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { Team } from '../teams/team.entity.ts';

export const conversationStatuses = ['OPEN', 'CLOSED'] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export const ConversationSchema = defineEntity({
  name: 'Conversation',
  // The inbox lists a project's conversations by last activity, with id as the cursor's tie-breaker.
  indexes: [
    { name: 'conversation_inbox_idx', properties: ['projectId', 'lastActivityAt', 'id'] },
    // The auto-close schedule looks only at open conversations, oldest activity first.
    { name: 'conversation_open_idx', expression: `create index "conversation_open_idx" on "conversation" ("last_activity_at") where "status" = 'OPEN'` },
    // Few conversations are pinned or archived: their lists read small partial indexes, not the whole inbox.
    {
      name: 'conversation_pinned_idx',
      expression: `create index "conversation_pinned_idx" on "conversation" ("project_id", "pinned_at") where "pinned_at" is not null`,
    },
    {
      name: 'conversation_archived_idx',
      expression: `create index "conversation_archived_idx" on "conversation" ("project_id", "last_activity_at", "id") where "archived_at" is not null`,
    },
  ],
  // Clients keep the newest of two copies of a row (an event's, a mutation's) whichever order they arrive in.
  triggers: [{ name: 'conversation_revision', timing: 'before', events: ['update'], forEach: 'row', body: 'new.revision := old.revision + 1; return new;' }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    clientId: () => p.manyToOne(Client).mapToPk().joinColumn('client_id').index(),
    channelId: () => p.manyToOne(Channel).mapToPk().joinColumn('channel_id'),
    // One conversation per client channel: closing and reopening keep the whole history in it.
    clientChannelId: () => p.manyToOne(ClientChannel).mapToPk().joinColumn('client_channel_id').unique(),
    status: p.enum(conversationStatuses).default('OPEN'),
    assigneeId: () => p.manyToOne(Operator).mapToPk().joinColumn('assignee_id').nullable().index(),
    // The team the conversation was transferred to (its section lists it), alongside or instead of an assignee.
    teamId: () => p.manyToOne(Team).mapToPk().joinColumn('team_id').nullable().index(),
    lastActivityAt: p.datetime().onCreate(() => new Date()),
    lastMessageId: () => p.manyToOne(Message).mapToPk().joinColumn('last_message_id').nullable().createForeignKeyConstraint(false),
    unreadCount: p.integer().default(0),
    closedAt: p.datetime().nullable(),
    // Archived conversations leave the inbox until the client writes again.
    archivedAt: p.datetime().nullable(),
    // Pinned conversations stay on top of the list for the whole project.
    pinnedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    // Raised by the trigger below on every update of the row, whoever makes it.
    revision: p.integer().default(0),
  },
});

export class Conversation extends ConversationSchema.class {}
ConversationSchema.setClass(Conversation);

export type ConversationRow = Row<Conversation>;
