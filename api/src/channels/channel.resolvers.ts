import { requireCan } from '../auth/permissions.ts';
import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { channelKinds } from './channel.entity.ts';
import { driverChannel, webhookUrlOf } from './channels.ts';
import { createChannel, disconnectChannel, renameChannel, setChannelLocale, setChannelPaused, setChannelPreChat, testChannel } from './channel.service.ts';
import type { ChannelCapabilities } from './drivers/driver.ts';

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000));
const capabilitiesOf = (capabilities: ChannelCapabilities) => ({
  ...capabilities,
  media: [...capabilities.media],
  editWithinSeconds: seconds(capabilities.editWithinMs),
  deleteWithinSeconds: seconds(capabilities.deleteWithinMs),
  replyWindowSeconds: seconds(capabilities.replyWindowMs),
});

export const channelResolvers: Resolvers = {
  Query: {
    channelKinds: (_, __, ctx) => {
      requireViewer(ctx);
      return channelKinds.map((kind) => {
        const driver = ctx.app.channels.drivers[kind];
        return {
          kind,
          connectable: Boolean(driver),
          fields: (driver?.fields ?? []).map((field) => ({ name: field.name, secret: field.secret, optional: field.optional ?? false })),
          capabilities: driver ? capabilitiesOf(driver.capabilities) : null,
        };
      });
    },
  },
  Mutation: {
    createChannel: (_, { input }, ctx) => payload(async () => ({ channel: await createChannel(ctx.app, ctx.em, requireCan(ctx, 'manageChannels'), input) })),
    renameChannel: (_, { input }, ctx) =>
      payload(async () => ({ channel: await renameChannel(ctx.em, requireCan(ctx, 'manageChannels'), input.channelId, input.name) })),
    setChannelPreChat: (_, { input }, ctx) =>
      payload(async () => ({ channel: await setChannelPreChat(ctx.em, requireCan(ctx, 'manageChannels'), input.channelId, input.fields) })),
    setChannelLocale: (_, { input }, ctx) =>
      payload(async () => ({ channel: await setChannelLocale(ctx.em, requireCan(ctx, 'manageChannels'), input.channelId, input.locale ?? null) })),
    pauseChannel: (_, { input }, ctx) =>
      payload(async () => ({ channel: await setChannelPaused(ctx.app, ctx.em, requireCan(ctx, 'manageChannels'), input.channelId, true) })),
    resumeChannel: (_, { input }, ctx) =>
      payload(async () => ({ channel: await setChannelPaused(ctx.app, ctx.em, requireCan(ctx, 'manageChannels'), input.channelId, false) })),
    disconnectChannel: (_, { input }, ctx) =>
      payload(async () => ({ channel: await disconnectChannel(ctx.app, ctx.em, requireCan(ctx, 'manageChannels'), input.channelId) })),
    testChannel: async (_, { input }, ctx) => ({
      sent: false,
      ...(await payload(async () => ({ sent: await testChannel(ctx.app, ctx.em, requireCan(ctx, 'manageChannels'), input.channelId, input.to) }))),
    }),
  },
  Channel: {
    id: (channel) => toGlobalId('Channel', channel.id),
    widgetUrl: (channel, _, { app }) => (channel.kind === 'WEBCHAT' ? `${app.publicUrl}/widget/${channel.publicKey}` : null),
    webhookUrl: (channel, _, { app }) =>
      channel.kind !== 'WEBCHAT' && app.channels.drivers[channel.kind]?.webhook ? webhookUrlOf(app, channel.id) : null,
    health: (channel) => ({ connectedAt: channel.connectedAt, lastInboundAt: channel.lastInboundAt, lastError: channel.lastError, lastErrorAt: channel.lastErrorAt }),
    settings: (channel) => Object.entries(channel.config ?? {}).map(([name, value]) => ({ name, value: value === null ? null : String(value) })),
    capabilities: (channel, _, { app }) => capabilitiesOf(app.channels.drivers[channel.kind]!.capabilities),
    templates: async (channel, _, { app }) => {
      const driver = app.channels.drivers[channel.kind];
      if (!driver?.templates || channel.status !== 'ACTIVE') return [];
      return (await driver.templates(driverChannel(app, channel))).slice(0, 100);
    },
  },
};
