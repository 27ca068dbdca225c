import { requireCan } from '../auth/permissions.ts';
import { requireViewer, type Context } from '../context.ts';
import type { ClientsChangedMessage } from '../clients/client-activity.service.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { notFound, payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { topics } from '../pubsub/pubsub.ts';
import { findJob, recentJobs, startExport, startImport, type JobProgress } from './client-job.service.ts';
import { bulkClientAction, listClients } from './client-list.service.ts';


export const audienceResolvers: Resolvers = {
  ClientJob: {
    id: (job) => toGlobalId('ClientJob', job.id),
    file: (job, _, { loaders }) => loadNullable(loaders.file, job.fileId),
    createdBy: (job, _, { loaders }) => loadNullable(loaders.operator, job.createdById),
  },
  Query: {
    clients: (_, args, ctx) => listClients(ctx.em, requireViewer(ctx), args),
    clientJobs: (_, page, ctx) => recentJobs(ctx.em, requireViewer(ctx), page),
  },
  Mutation: {
    bulkClientAction: (_, { input }, ctx) => payload(async () => ({ clients: await bulkClientAction(ctx.app, ctx.em, requireViewer(ctx), input) })),
    importClients: (_, { input }, ctx) => payload(async () => ({ job: await startImport(ctx.app, ctx.em, requireCan(ctx, 'importExportClients'), input.fileId) })),
    exportClients: (_, { input }, ctx) => payload(async () => ({ job: await startExport(ctx.app, ctx.em, requireCan(ctx, 'importExportClients'), input.filter) })),
  },
  Subscription: {
    clientJobUpdated: {
      subscribe: async (_, { jobId }, ctx) => {
        const job = await findJob(ctx.em, requireViewer(ctx), jobId);
        if (!job) throw notFound('No such job.');
        return ctx.app.pubsub.subscribe<JobProgress>(topics.clientJob(job.id));
      },
      resolve: async (event: JobProgress, _: unknown, ctx: Context) => (await renewScope(ctx, event).loaders.clientJob.load(event.jobId))!,
    },
    clientsChanged: {
      subscribe: (_, __, ctx) => ctx.app.pubsub.subscribe<ClientsChangedMessage>(topics.clients(requireViewer(ctx).project.id)),
      resolve: (event: ClientsChangedMessage) => ({ clientIds: event.clientIds.map((id) => toGlobalId('Client', id)) }),
    },
  },
};
