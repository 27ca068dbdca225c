import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNow, thenNow } from '../graphql/loaders.ts';
import { listCap } from '../limits/list-caps.ts';

export const clientResolvers: Resolvers = {
  Client: {
    id: (client) => toGlobalId('Client', client.id),
    // The oldest first, up to the documented cap (merged clients gather channels).
    channels: (client, _, { loaders }) => thenNow(loadNow(loaders.clientChannelsByClient, client.id), (channels) => channels.slice(0, listCap('Client.channels'))),
  },
  ClientChannel: {
    id: (clientChannel) => toGlobalId('ClientChannel', clientChannel.id),
    channel: (clientChannel, _, { loaders }) => thenNow(loadNow(loaders.channel, clientChannel.channelId), (channel) => channel!),
  },
};
