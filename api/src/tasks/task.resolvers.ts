import { viewerCan } from '../auth/permissions.ts';
import { requireViewer, type Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { notFound, payload } from '../graphql/errors.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { mapEvents, topics, type TaskEventMessage } from '../pubsub/pubsub.ts';
import { completeTask, createTask, deleteTask, listTasks, mayChangeTask, mayDeleteTask, reopenTask, updateTask } from './task.service.ts';
import { subscribeStream } from '../pubsub/stream.ts';

export const taskResolvers: Resolvers = {
  Query: {
    tasks: (_, { filter, ...page }, ctx) => listTasks(ctx.em, requireViewer(ctx), filter, page),
  },
  Mutation: {
    createTask: (_, { input }, ctx) => payload(async () => ({ task: await createTask(ctx.app, ctx.em, requireViewer(ctx), input) })),
    updateTask: (_, { input }, ctx) => payload(async () => ({ task: await updateTask(ctx.app, ctx.em, requireViewer(ctx), input) })),
    completeTask: (_, { input }, ctx) => payload(async () => ({ task: await completeTask(ctx.app, ctx.em, requireViewer(ctx), input.taskId) })),
    reopenTask: (_, { input }, ctx) => payload(async () => ({ task: await reopenTask(ctx.app, ctx.em, requireViewer(ctx), input.taskId) })),
    deleteTask: (_, { input }, ctx) => payload(async () => ({ deletedId: await deleteTask(ctx.app, ctx.em, requireViewer(ctx), input.taskId) })),
  },
  Task: {
    id: (task) => toGlobalId('Task', task.id),
    assignee: (task, _, { loaders }) => loadNullable(loaders.operator, task.assigneeId),
    createdBy: (task, _, { loaders }) => loadNullable(loaders.operator, task.createdById),
    client: async (task, _, { loaders }) => (await loaders.client.load(task.clientId))!,
    completed: (task) => !!task.completedAt,
    overdue: (task) => !task.completedAt && !!task.dueAt && task.dueAt.getTime() <= Date.now(),
    viewerCanEdit: viewerCan(mayChangeTask),
    viewerCanDelete: viewerCan(mayDeleteTask),
  },
  Client: {
    tasks: async (client, { includeCompleted }, { loaders }) => {
      const tasks = await loaders.tasksByClient.load(client.id);
      return includeCompleted ? tasks : tasks.filter((task) => !task.completedAt);
    },
    openTaskCount: (client, _, { loaders }) => loaders.openTaskCount.load(client.id),
  },
  Notification: {
    task: (notification, _, { loaders }) => loadNullable(loaders.task, notification.taskId),
  },
  TaskEvent: {
    taskId: (event) => toGlobalId('Task', event.taskId),
    task: (event, _, { loaders }) => (event.kind === 'DELETED' ? null : loaders.task.load(event.taskId)),
    client: async (event, _, { loaders }) => (await loaders.client.load(event.clientId))!,
  },
  Subscription: {
    taskEvents: {
      subscribe: async (_, { clientId, after }, ctx) => {
        const viewer = requireViewer(ctx);
        const client = clientId ? idOf('Client', clientId) : null;
        if (clientId && !(client && (await ctx.loaders.client.load(client))?.projectId === viewer.project.id)) throw notFound('No such client.');
        const events = await subscribeStream<TaskEventMessage>(ctx.app.pubsub, ctx.em, topics.tasks(viewer.project.id), after);
        return mapEvents(events, (event) => (!client || event.clientId === client ? event : null));
      },
      // The event's rows are loaded once for every subscriber on this node.
      resolve: (event: TaskEventMessage, _: unknown, ctx: Context) => (renewScope(ctx, event), event),
    },
  },
};
