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
    viewerCanEdit: viewerCan((viewer, message) => !message.deletedAt && mayEditMessage(viewer, message)),
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
