import type { EntityManager } from '@mikro-orm/postgresql';
import { announceClientChanged, recordClientActivity } from '../clients/client-activity.service.ts';
import type { App, Viewer } from '../context.ts';
import { newId } from '../db/ids.ts';
import { selectOne } from '../db/rows.ts';
import type { CreateTaskInput, TaskFilter, UpdateTaskInput } from '../generated/graphql.ts';
import { keysetConnection, type Page } from '../graphql/connection.ts';
import { badInput, boundedText } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { requireOperator } from '../operators/active-operators.ts';
import { topics, type TaskEventMessage } from '../pubsub/pubsub.ts';
import { announce, writeAnnouncing } from '../pubsub/outbox.ts';
import type { TaskRow } from './task.entity.ts';
import { taskErrors } from './task.errors.ts';
import { may } from '../auth/permissions.ts';

const maxTitle = 200;
const maxDescription = 4000;

function descriptionOf(value: string | null | undefined) {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  if (trimmed.length > maxDescription) throw taskErrors.TASK_DESCRIPTION_LENGTH('description', { max: maxDescription });
  return trimmed;
}

/** The operator behind an assignee id, of the viewer's project; null unassigns. */
async function assigneeOf(em: EntityManager, viewer: Viewer, globalId: string | null) {
  if (globalId === null) return null;
  return (await requireOperator(em, viewer, globalId, 'assigneeId', taskErrors.TASK_ASSIGNEE_NOT_FOUND)).id;
}

async function clientOf(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('Client', globalId);
  const client = id && (await selectOne<{ id: string; projectId: string }>(em, 'select id, project_id from client where id = ? and project_id = ? and deleted_at is null', [id, viewer.project.id]));
  if (!client) throw taskErrors.TASK_CLIENT_NOT_FOUND('clientId');
  return client;
}

async function requireTask(em: EntityManager, viewer: Viewer, globalId: string, field = 'taskId') {
  const id = idOf('Task', globalId);
  const task = id && (await selectOne<TaskRow>(em, 'select * from task where id = ? and project_id = ?', [id, viewer.project.id]));
  if (!task) throw taskErrors.TASK_NOT_FOUND(field);
  return task;
}

/** Operators change the tasks they created, are assigned to, or nobody is; managers (and API tokens) any. */
export function mayChangeTask(viewer: Viewer, task: TaskRow) {
  const me = viewer.operator?.id;
  return may(viewer, 'changeAnyTask') || task.assigneeId === null || task.assigneeId === me || task.createdById === me;
}

export const mayDeleteTask = (viewer: Viewer, task: TaskRow) => may(viewer, 'changeAnyTask') || task.createdById === viewer.operator?.id;

function checkMayChange(viewer: Viewer, task: TaskRow) {
  if (!mayChangeTask(viewer, task)) throw taskErrors.TASK_CHANGE_FORBIDDEN();
}

function checkMayDelete(viewer: Viewer, task: TaskRow) {
  if (!mayDeleteTask(viewer, task)) throw taskErrors.TASK_DELETE_FORBIDDEN();
}

/**
 * Tells the project's task subscribers, and, when the client's open tasks changed (its conversations move in or
 * out of the IMPORTANT section) or an activity was recorded, the client's card and conversations. With the change.
 */
async function announceTask(tx: EntityManager, task: TaskRow, kind: TaskEventMessage['kind'], client?: { activityId?: string }) {
  const event: TaskEventMessage = { kind, taskId: task.id, clientId: task.clientId };
  await announce(tx, { topic: topics.tasks(task.projectId), event });
  if (client) await announceClientChanged(tx, { id: task.clientId, projectId: task.projectId }, client.activityId);
}

/** One statement's change of a task (null: nothing changed), announced with it. */
const changeTask = (em: EntityManager, sql: string, params: unknown[], kind: TaskEventMessage['kind'], client?: (task: TaskRow) => { activityId?: string } | undefined) =>
  writeAnnouncing<TaskRow>(em, sql, params, (tx, task) => announceTask(tx, task, kind, client?.(task)));

export async function createTask(app: App, em: EntityManager, viewer: Viewer, input: CreateTaskInput) {
  const title = boundedText(input.title, 'title', taskErrors.TASK_TITLE_LENGTH, maxTitle);
  const description = descriptionOf(input.description);
  const client = await clientOf(em, viewer, input.clientId);
  const assigneeId = await assigneeOf(em, viewer, input.assigneeId ?? null);
  return em.transactional(async (tx) => {
    const created = (await selectOne<TaskRow>(
      tx,
      `insert into task (id, project_id, client_id, title, description, priority, due_at, assignee_id, created_by_id, created_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning *`,
      [newId(), viewer.project.id, client.id, title, description, input.priority ?? 'NORMAL', input.dueAt ?? null, assigneeId, viewer.operator?.id ?? null, new Date()],
    ))!;
    const activity = await recordClientActivity(tx, client, viewer.operator?.id ?? null, {
      type: 'TASK_CREATED',
      summary: `Task "${title}" created`,
      data: { taskId: created.id, title, priority: created.priority, dueAt: created.dueAt, assigneeId },
    });
    await announceTask(tx, created, 'CREATED', { activityId: activity });
    return created;
  });
}

/** Changes the given fields; a new due time re-arms the due notification. */
export async function updateTask(app: App, em: EntityManager, viewer: Viewer, input: UpdateTaskInput) {
  const existing = await requireTask(em, viewer, input.taskId);
  checkMayChange(viewer, existing);
  const set: string[] = [];
  const params: unknown[] = [];
  const assign = (column: string, value: unknown) => {
    set.push(`${column} = ?`);
    params.push(value);
  };
  if (input.title != null) assign('title', boundedText(input.title, 'title', taskErrors.TASK_TITLE_LENGTH, maxTitle));
  if (input.description !== undefined) assign('description', descriptionOf(input.description));
  if (input.priority != null) assign('priority', input.priority);
  if (input.assigneeId !== undefined) assign('assignee_id', await assigneeOf(em, viewer, input.assigneeId));
  if (input.dueAt !== undefined) {
    // Evaluated against the old row: only an actual change re-arms the notification.
    set.push('due_notified_at = case when due_at is distinct from ? then null else due_notified_at end', 'due_at = ?');
    params.push(input.dueAt, input.dueAt);
  }
  if (!set.length) return existing;
  return (await changeTask(em, `update task set ${set.join(', ')} where id = ? returning *`, [...params, existing.id], 'UPDATED'))!;
}

export async function completeTask(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const existing = await requireTask(em, viewer, globalId);
  checkMayChange(viewer, existing);
  const completed = await em.transactional(async (tx) => {
    const completed = await selectOne<TaskRow>(tx, 'update task set completed_at = ? where id = ? and completed_at is null returning *', [new Date(), existing.id]);
    if (!completed) return null;
    const activityId = await recordClientActivity(tx, { id: completed.clientId, projectId: completed.projectId }, viewer.operator?.id ?? null, {
      type: 'TASK_COMPLETED',
      summary: `Task "${completed.title}" completed`,
      data: { taskId: completed.id, title: completed.title },
    });
    await announceTask(tx, completed, 'UPDATED', { activityId });
    return completed;
  });
  return completed ?? existing;
}

export async function reopenTask(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const existing = await requireTask(em, viewer, globalId);
  checkMayChange(viewer, existing);
  const task = await changeTask(em, 'update task set completed_at = null where id = ? and completed_at is not null returning *', [existing.id], 'UPDATED', () => ({}));
  return task ?? existing;
}

export async function deleteTask(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const existing = await requireTask(em, viewer, globalId, 'taskId');
  checkMayDelete(viewer, existing);
  await changeTask(em, 'delete from task where id = ? returning *', [existing.id], 'DELETED', (deleted) => (deleted.completedAt ? undefined : {}));
  return globalId;
}

/** The project's tasks by due time, undated last (keyset-paged on that order). */
export function listTasks(em: EntityManager, viewer: Viewer, filter: TaskFilter | null | undefined, page: Page) {
  const where = ['project_id = ?'];
  const params: unknown[] = [viewer.project.id];
  const status = filter?.status ?? 'OPEN';
  if (status !== 'ALL') where.push(status === 'OPEN' ? 'completed_at is null' : 'completed_at is not null');
  if (filter?.assignedToMe) {
    // An API token has no tasks of its own: nothing matches.
    where.push('assignee_id = ?');
    params.push(viewer.operator?.id ?? null);
  }
  if (filter?.dueBefore) {
    where.push('due_at < ?');
    params.push(filter.dueBefore);
  }
  if (filter?.clientId) {
    const clientId = idOf('Client', filter.clientId);
    if (!clientId) throw badInput('clientId is not a client id.');
    where.push('client_id = ?');
    params.push(clientId);
  }
  return keysetConnection<TaskRow & { sortAt: Date }>(
    em,
    {
      name: 'tasks',
      from: `(select *, coalesce(due_at, timestamptz '9999-12-31 00:00:00+00') as sort_at from task) as task`,
      where: where.join(' and '),
      params,
      column: 'sort_at',
      at: (task) => task.sortAt,
      order: 'asc',
    },
    page,
  );
}
