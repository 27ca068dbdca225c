import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { Team } from '../teams/team.entity.ts';
import { Conversation } from './conversation.entity.ts';
import { Message } from '../messages/message.entity.ts';

export const conversationEventTypes = [
  'CLOSED', 'REOPENED', 'ARCHIVED', 'UNARCHIVED', 'ASSIGNED', 'UNASSIGNED', 'TEAM_ASSIGNED',
  'MESSAGE_SCHEDULED', 'MESSAGE_RESCHEDULED', 'MESSAGE_SENT_NOW', 'MESSAGE_SCHEDULE_CANCELLED',
] as const;
export type ConversationEventType = (typeof conversationEventTypes)[number];

// A system event in a conversation's timeline: who changed what, when. Shown to operators only.
export const ConversationEventSchema = defineEntity({
  name: 'ConversationEvent',
  indexes: [{ name: 'conversation_event_timeline_idx', properties: ['conversationId', 'createdAt', 'id'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    conversationId: () => p.manyToOne(Conversation).mapToPk().joinColumn('conversation_id'),
    type: p.enum(conversationEventTypes),
    // The operator who did it; null when the client or the system did (a client's message reopens).
    actorId: () => p.manyToOne(Operator).mapToPk().joinColumn('actor_id').nullable(),
    // ASSIGNED: the new assignee.
    assigneeId: () => p.manyToOne(Operator).mapToPk().joinColumn('assignee_id').nullable(),
    // TEAM_ASSIGNED: the team.
    teamId: () => p.manyToOne(Team).mapToPk().joinColumn('team_id').nullable(),
    comment: p.text().nullable(),
    // The MESSAGE_… events: the scheduled message, and its due time as this event set it.
    messageId: () => p.manyToOne(Message).mapToPk().joinColumn('message_id').nullable(),
    scheduledAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ConversationEvent extends ConversationEventSchema.class {}
ConversationEventSchema.setClass(ConversationEvent);

export type ConversationEventRow = Row<ConversationEvent>;
