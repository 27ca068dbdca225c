import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../graphql/global-id.ts';

export const clientResolvers: Resolvers = {
  Client: {
    id: (client) => toGlobalId('Client', client.id),
    channels: (client, _, { loaders }) => loaders.clientChannelsByClient.load(client.id),
  },
  ClientChannel: {
    id: (clientChannel) => toGlobalId('ClientChannel', clientChannel.id),
    channel: async (clientChannel, _, { loaders }) => (await loaders.channel.load(clientChannel.channelId))!,
  },
};
