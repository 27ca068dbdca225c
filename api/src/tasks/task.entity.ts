import { defineEntity, p } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.ts';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

export const taskPriorities = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export type TaskPriority = (typeof taskPriorities)[number];

// A to-do about a client for an employee; clients with an open task are the inbox's Important section.
export const TaskSchema = defineEntity({
  name: 'Task',
  indexes: [
    { properties: ['clientId', 'createdAt'] },
    { name: 'task_open_client_idx', expression: `create index "task_open_client_idx" on "task" (client_id) where completed_at is null` },
    { name: 'task_open_assignee_idx', expression: `create index "task_open_assignee_idx" on "task" (assignee_id, due_at) where completed_at is null` },
    // The due-task sweep: open tasks not yet notified, by due time.
    { name: 'task_due_idx', expression: `create index "task_due_idx" on "task" (due_at) where completed_at is null and due_notified_at is null` },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    clientId: () => p.manyToOne(Client).mapToPk().joinColumn('client_id'),
    title: p.string(),
    description: p.text().nullable(),
    priority: p.enum(taskPriorities).default('NORMAL'),
    dueAt: p.datetime().nullable(),
    assigneeId: () => p.manyToOne(Operator).mapToPk().joinColumn('assignee_id').nullable(),
    createdById: () => p.manyToOne(Operator).mapToPk().joinColumn('created_by_id').nullable(),
    completedAt: p.datetime().nullable(),
    // Set once the "task due" notification went out (cleared when the due time changes).
    dueNotifiedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Task extends TaskSchema.class {}
TaskSchema.setClass(Task);
export type TaskRow = Row<Task>;
