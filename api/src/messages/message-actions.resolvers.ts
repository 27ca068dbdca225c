import { may, viewerCan } from '../auth/permissions.ts';
import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { conversationOfClientChannel } from '../conversations/conversation.service.ts';
import { idOf } from '../graphql/global-id.ts';
import { clientErrors } from '../clients/client.errors.ts';
import { deleteMessage, editMessage, forwardMessage, mayEditMessage, pinMessage, pinnedMessages } from './message-actions.service.ts';

export const messageActionResolvers: Resolvers = {
  Message: {
    pinned: (message) => message.pinnedAt !== null,
    // Not offered where the messenger never takes edits (e-mail, WhatsApp); past its window the refusal says why.
    viewerCanEdit: async (message, args, ctx) => {
      if (!viewerCan((viewer, m: typeof message) => !m.deletedAt && mayEditMessage(viewer, m))(message, args, ctx)) return false;
      const conversation = await ctx.loaders.conversation.load(message.conversationId);
      const channel = conversation && (await ctx.loaders.channel.load(conversation.channelId));
      return Boolean(channel && ctx.app.channels.drivers[channel.kind]?.capabilities.editWithinMs);
    },
    viewerCanDelete: viewerCan((viewer, message) => !message.deletedAt && may(viewer, 'deleteMessages')),
  },
  Conversation: {
    pinnedMessages: (conversation, _, { em }) => pinnedMessages(em, conversation.id),
  },
  Mutation: {
    pinMessage: (_, { input }, ctx) => payload(async () => ({ message: await pinMessage(ctx.app, ctx.em, requireViewer(ctx), input.messageId, input.pinned) })),
    editMessage: (_, { input }, ctx) => payload(async () => ({ message: await editMessage(ctx.app, ctx.em, requireViewer(ctx), input.messageId, input.text) })),
    forwardMessage: (_, { input }, ctx) =>
      payload(async () => ({ message: await forwardMessage(ctx.app, ctx.em, requireViewer(ctx), input.messageId, input.clientChannelId, input.subject) })),
    openClientChannel: (_, { input }, ctx) =>
      payload(async () => {
        const conversation = await conversationOfClientChannel(ctx.em, requireViewer(ctx), idOf('ClientChannel', input.clientChannelId) ?? '00000000-0000-0000-0000-000000000000');
        if (!conversation) throw clientErrors.CLIENT_NOT_FOUND('clientChannelId');
        return { conversation };
      }),
    deleteMessage: (_, { input }, ctx) => payload(async () => ({ message: await deleteMessage(ctx.app, ctx.em, requireViewer(ctx), input.messageId) })),
  },
};
