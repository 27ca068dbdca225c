import { viewerCan } from '../auth/permissions.ts';
import { requireViewer, type Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { markConversationRead } from './conversation.service.ts';
import {
  archiveConversation,
  assignConversation,
  mayAssign,
  mayTake,
  closeConversation,
  markConversationUnread,
  pinConversation,
  reopenConversation,
  takeConversation,
  transferConversation,
} from './conversation-actions.service.ts';
import type { ConversationRow } from './conversation.entity.ts';

// Every action answers the conversation as it now is, or the user error that stopped it.
const act = (ctx: Context, work: (viewer: ReturnType<typeof requireViewer>) => Promise<ConversationRow>) =>
  payload(async () => ({ conversation: await work(requireViewer(ctx)) }));

export const conversationActionResolvers: Resolvers = {
  Conversation: {
    viewerCanTake: viewerCan(mayTake),
    viewerCanAssign: viewerCan(mayAssign),
  },
  Mutation: {
    markConversationRead: (_, { input }, ctx) => act(ctx, (viewer) => markConversationRead(ctx.app, ctx.em, viewer, input.conversationId)),
    markConversationUnread: (_, { input }, ctx) => act(ctx, (viewer) => markConversationUnread(ctx.app, ctx.em, viewer, input.conversationId)),
    pinConversation: (_, { input }, ctx) => act(ctx, (viewer) => pinConversation(ctx.app, ctx.em, viewer, input.conversationId, input.pinned)),
    closeConversation: (_, { input }, ctx) => act(ctx, (viewer) => closeConversation(ctx.app, ctx.em, viewer, input.conversationId)),
    reopenConversation: (_, { input }, ctx) => act(ctx, (viewer) => reopenConversation(ctx.app, ctx.em, viewer, input.conversationId)),
    archiveConversation: (_, { input }, ctx) =>
      act(ctx, (viewer) => archiveConversation(ctx.app, ctx.em, viewer, input.conversationId, input.archived)),
    assignConversation: (_, { input }, ctx) => act(ctx, (viewer) => assignConversation(ctx.app, ctx.em, viewer, input)),
    takeConversation: (_, { input }, ctx) => act(ctx, (viewer) => takeConversation(ctx.app, ctx.em, viewer, input.conversationId)),
    transferConversation: (_, { input }, ctx) => act(ctx, (viewer) => transferConversation(ctx.app, ctx.em, viewer, input)),
  },
};
