import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Comment } from '../conversations/comment.entity.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { Task } from '../tasks/task.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { Operator } from './operator.entity.ts';
import { WebhookEndpoint } from '../webhooks/webhook.entity.ts';

export const notificationKinds = ['MENTION', 'TASK_DUE', 'WEBHOOK_DISABLED'] as const;

// Something an operator should look at: being @mentioned in a comment, a task of theirs falling due, or (owners and
// admins) a webhook endpoint disabled after persistent failures.
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
    webhookEndpointId: () => p.manyToOne(WebhookEndpoint).mapToPk().joinColumn('webhook_endpoint_id').nullable().deleteRule('cascade'),
    actorId: () => p.manyToOne(Operator).mapToPk().joinColumn('actor_id').nullable(),
    readAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Notification extends NotificationSchema.class {}
NotificationSchema.setClass(Notification);

export type NotificationRow = Row<Notification>;
