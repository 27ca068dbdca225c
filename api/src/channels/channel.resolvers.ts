import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../graphql/global-id.ts';

export const channelResolvers: Resolvers = {
  Channel: {
    id: (channel) => toGlobalId('Channel', channel.id),
    widgetUrl: (channel, _, { app }) => (channel.kind === 'WEBCHAT' ? `${app.publicUrl}/widget/${channel.publicKey}` : null),
  },
};
