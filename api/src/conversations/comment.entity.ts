import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Client } from '../clients/client.entity.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { Conversation } from './conversation.entity.ts';

// An internal comment (a note) in a conversation's timeline and on its client's card: seen by operators, never
// sent to the client. A note written on the card of a client with no conversation has no conversation.
export const CommentSchema = defineEntity({
  name: 'Comment',
  indexes: [
    { name: 'comment_timeline_idx', properties: ['conversationId', 'createdAt', 'id'] },
    { name: 'comment_client_idx', properties: ['clientId', 'createdAt', 'id'] },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    conversationId: () => p.manyToOne(Conversation).mapToPk().joinColumn('conversation_id').nullable(),
    clientId: () => p.manyToOne(Client).mapToPk().joinColumn('client_id'),
    authorId: () => p.manyToOne(Operator).mapToPk().joinColumn('author_id').nullable(),
    text: p.text(),
    mentionIds: p.array().default([]),
    pinnedAt: p.datetime().nullable(),
    editedAt: p.datetime().nullable(),
    // Deleted comments keep their place in the timeline, without their text.
    deletedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Comment extends CommentSchema.class {}
CommentSchema.setClass(Comment);

export type CommentRow = Row<Comment>;
