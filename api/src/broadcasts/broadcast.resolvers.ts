import { may, requireCan } from '../auth/permissions.ts';
import { requireViewer, type Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { notFound, payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { topics } from '../pubsub/pubsub.ts';
import type { SkipReason } from './broadcast.entity.ts';
import { resultsCsvUrl } from './broadcast-results.http.ts';
import { controlBroadcast, findBroadcast, listBroadcasts, listRecipients, startBroadcast, type BroadcastProgress } from './broadcast.service.ts';

export const broadcastResolvers: Resolvers = {
  Broadcast: {
    id: (broadcast) => toGlobalId('Broadcast', broadcast.id),
    files: async (broadcast, _, { loaders }) => (await Promise.all(broadcast.fileIds.map((id) => loaders.file.load(id)))).filter((file) => file !== null),
    channel: (broadcast, _, { loaders }) => loadNullable(loaders.channel, broadcast.channelId),
    pending: (broadcast) => Math.max(0, broadcast.total - broadcast.sent - broadcast.failed - broadcast.skipped),
    recipients: (broadcast, args, ctx) => listRecipients(ctx.em, broadcast.id, args),
    resultsCsvUrl: (broadcast, _, { app }) => resultsCsvUrl(app.publicUrl, app.files.secret, broadcast),
    viewerCanControl: (_, __, ctx) => !!ctx.viewer && may(ctx.viewer, 'sendBroadcasts'),
    createdBy: (broadcast, _, { loaders }) => loadNullable(loaders.operator, broadcast.createdById),
  },
  BroadcastRecipient: {
    client: async (recipient, _, { loaders }) => (await loaders.client.load(recipient.clientId))!,
    skipReason: (recipient) => (recipient.status === 'SKIPPED' ? (recipient.reason as SkipReason) : null),
    failureReason: (recipient) => (recipient.status === 'FAILED' ? (recipient.reason ?? null) : null),
    channel: (recipient, _, { loaders }) => loadNullable(loaders.channel, recipient.channelId),
    message: (recipient, _, { loaders }) => loadNullable(loaders.message, recipient.messageId),
  },
  Query: {
    broadcasts: (_, page, ctx) => listBroadcasts(ctx.em, requireViewer(ctx), page),
    broadcast: (_, { id }, ctx) => findBroadcast(ctx.em, requireViewer(ctx), id),
  },
  Mutation: {
    startBroadcast: (_, { input }, ctx) => payload(async () => ({ broadcast: await startBroadcast(ctx.app, ctx.em, requireCan(ctx, 'sendBroadcasts'), input) })),
    pauseBroadcast: (_, { input }, ctx) => payload(async () => ({ broadcast: await controlBroadcast(ctx.app, ctx.em, requireCan(ctx, 'sendBroadcasts'), input.broadcastId, 'pause') })),
    resumeBroadcast: (_, { input }, ctx) => payload(async () => ({ broadcast: await controlBroadcast(ctx.app, ctx.em, requireCan(ctx, 'sendBroadcasts'), input.broadcastId, 'resume') })),
    cancelBroadcast: (_, { input }, ctx) => payload(async () => ({ broadcast: await controlBroadcast(ctx.app, ctx.em, requireCan(ctx, 'sendBroadcasts'), input.broadcastId, 'cancel') })),
  },
  Subscription: {
    broadcastUpdated: {
      subscribe: async (_, { id }, ctx) => {
        const broadcast = await findBroadcast(ctx.em, requireViewer(ctx), id);
        if (!broadcast) throw notFound('No such broadcast.');
        return ctx.app.pubsub.subscribe<BroadcastProgress>(topics.broadcast(broadcast.id));
      },
      resolve: async (event: BroadcastProgress, _: unknown, ctx: Context) => (await renewScope(ctx, event).loaders.broadcast.load(event.broadcastId))!,
    },
  },
};
