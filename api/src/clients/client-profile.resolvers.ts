import { viewerCan } from '../auth/permissions.ts';
import { requireViewer, type Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { listConnection } from '../graphql/connection.ts';
import { notFound, payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { topics, type ClientEventMessage } from '../pubsub/pubsub.ts';
import { purgeClient, transitionClient } from './client-lifecycle.service.ts';
import { readCard } from './client-card.ts';
import { mergeClients } from './client-merge.service.ts';
import { findClient, mayTakeClient, maySetOwner, setClientOwner, updateClient, type ClientUpdateModel } from './client-profile.service.ts';
import { subscribeStream } from '../pubsub/stream.ts';

export const clientProfileResolvers: Resolvers = {
  Client: {
    owner: (client, _, { loaders }) => loadNullable(loaders.operator, client.ownerId),
    ownedByMe: (client, _, ctx) => Boolean(client.ownerId && client.ownerId === ctx.viewer?.operator?.id),
    viewerCanTake: viewerCan(mayTakeClient),
    viewerCanSetOwner: viewerCan(maySetOwner),
    tracking: (client) => ({ source: client.utmSource, campaign: client.utmCampaign, ad: client.utmAd, adSet: client.utmAdSet, tag: client.utmTag }),
    sourceChannel: async (client, _, { loaders }) => {
      const [first] = await loaders.clientChannelsByClient.load(client.id);
      return first ? loaders.channel.load(first.channelId) : null;
    },
    archived: (client) => client.archivedAt !== null,
    duplicates: (client, _, { loaders }) => loaders.duplicatesByClient.load(client.id),
    conversations: async (client, page, { loaders }) =>
      listConnection('clientConversations', await loaders.conversationsByClient.load(client.id), (conversation) => conversation.lastActivityAt, page),
  },
  Query: {
    // With everything its card shows, in one statement (client-card.ts).
    client: (_, { id }, ctx, info) => readCard(ctx.em, ctx.loaders, requireViewer(ctx), id, info),
  },
  Mutation: {
    updateClient: (_, { input }, ctx) => payload(async () => ({ client: await updateClient(ctx.app, ctx.em, requireViewer(ctx), input) })),
    setClientOwner: (_, { input }, ctx) => payload(async () => ({ client: await setClientOwner(ctx.app, ctx.em, requireViewer(ctx), input) })),
    takeClient: (_, { input }, ctx) =>
      payload(async () => {
        const viewer = requireViewer(ctx);
        return { client: await setClientOwner(ctx.app, ctx.em, viewer, { clientId: input.clientId, ownerId: viewer.operator ? toGlobalId('Operator', viewer.operator.id) : null }) };
      }),
    mergeClients: (_, { input }, ctx) => payload(async () => ({ client: await mergeClients(ctx.app, ctx.em, requireViewer(ctx), input) })),
    archiveClient: (_, { input }, ctx) => payload(async () => ({ client: await transitionClient(ctx.app, ctx.em, requireViewer(ctx), input.clientId, 'archive') })),
    unarchiveClient: (_, { input }, ctx) => payload(async () => ({ client: await transitionClient(ctx.app, ctx.em, requireViewer(ctx), input.clientId, 'unarchive') })),
    deleteClient: (_, { input }, ctx) => payload(async () => ({ client: await transitionClient(ctx.app, ctx.em, requireViewer(ctx), input.clientId, 'delete') })),
    restoreClient: (_, { input }, ctx) => payload(async () => ({ client: await transitionClient(ctx.app, ctx.em, requireViewer(ctx), input.clientId, 'restore') })),
    purgeClient: (_, { input }, ctx) => payload(async () => ({ purgedClientId: toGlobalId('Client', await purgeClient(ctx.em, requireViewer(ctx), input.clientId)) })),
  },
  Subscription: {
    clientUpdated: {
      subscribe: async (_, { clientId, after }, ctx) => {
        const client = await findClient(ctx.em, requireViewer(ctx), clientId);
        if (!client) throw notFound('No such client.');
        return subscribeStream<ClientEventMessage>(ctx.app.pubsub, ctx.em, topics.client(client.id), after);
      },
      resolve: async (event: ClientEventMessage, _: unknown, ctx: Context): Promise<ClientUpdateModel> => {
        const { loaders } = renewScope(ctx, event);
        return { client: (await loaders.client.load(event.clientId))!, activity: await loadNullable(loaders.clientActivity, event.activityId) };
      },
    },
  },
};
