import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Comment } from '../conversations/comment.entity.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { Task } from '../tasks/task.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { Operator } from './operator.entity.ts';

export const notificationKinds = ['MENTION', 'TASK_DUE'] as const;

// Something an operator should look at: being @mentioned in a comment, or a task of theirs falling due.
export const NotificationSchema = defineEntity({
  name: 'Notification',
  indexes: [{ name: 'notification_inbox_idx', properties: ['operatorId', 'createdAt', 'id'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    operatorId: () => p.manyToOne(Operator).mapToPk().joinColumn('operator_id'),
    kind: p.enum(notificationKinds),
    conversationId: () => p.manyToOne(Conversation).mapToPk().joinColumn('conversation_id').nullable(),
    taskId: () => p.manyToOne(Task).mapToPk().joinColumn('task_id').nullable(),
    commentId: () => p.manyToOne(Comment).mapToPk().joinColumn('comment_id').nullable(),
    actorId: () => p.manyToOne(Operator).mapToPk().joinColumn('actor_id').nullable(),
    readAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Notification extends NotificationSchema.class {}
NotificationSchema.setClass(Notification);

export type NotificationRow = Row<Notification>;
