import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { listCap } from '../limits/list-caps.ts';

export const clientResolvers: Resolvers = {
  Client: {
    id: (client) => toGlobalId('Client', client.id),
    // The oldest first, up to the documented cap (merged clients gather channels).
    channels: async (client, _, { loaders }) => (await loaders.clientChannelsByClient.load(client.id)).slice(0, listCap('Client.channels')),
  },
  ClientChannel: {
    id: (clientChannel) => toGlobalId('ClientChannel', clientChannel.id),
    channel: async (clientChannel, _, { loaders }) => (await loaders.channel.load(clientChannel.channelId))!,
  },
};
