import { requireCan } from '../auth/permissions.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { createChannel, renameChannel, setChannelLocale, setChannelPreChat } from './channel.service.ts';

export const channelResolvers: Resolvers = {
  Mutation: {
    createChannel: (_, { input }, ctx) =>
      payload(async () => ({ channel: await createChannel(ctx.app, ctx.em, requireCan(ctx, 'manageChannels'), input.kind, input.name) })),
    renameChannel: (_, { input }, ctx) =>
      payload(async () => ({ channel: await renameChannel(ctx.em, requireCan(ctx, 'manageChannels'), input.channelId, input.name) })),
    setChannelPreChat: (_, { input }, ctx) =>
      payload(async () => ({ channel: await setChannelPreChat(ctx.em, requireCan(ctx, 'manageChannels'), input.channelId, input.fields) })),
    setChannelLocale: (_, { input }, ctx) =>
      payload(async () => ({ channel: await setChannelLocale(ctx.em, requireCan(ctx, 'manageChannels'), input.channelId, input.locale ?? null) })),
  },
  Channel: {
    id: (channel) => toGlobalId('Channel', channel.id),
    widgetUrl: (channel, _, { app }) => (channel.kind === 'WEBCHAT' ? `${app.publicUrl}/widget/${channel.publicKey}` : null),
  },
};
