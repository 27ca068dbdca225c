import { requireViewer, type Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { notFound } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { listMessages } from '../messages/message.service.ts';
import { mapEvents, topics, type InboxEventMessage } from '../pubsub/pubsub.ts';
import { findConversation, listConversations, listPinnedConversations } from './conversation.service.ts';
import { subscribeStream } from '../pubsub/stream.ts';

export const conversationResolvers: Resolvers = {
  Query: {
    conversations: (_, options, ctx) => listConversations(ctx.em, requireViewer(ctx), options),
    pinnedConversations: (_, { filter }, ctx) => listPinnedConversations(ctx.em, requireViewer(ctx), filter),
    conversation: (_, { id }, ctx) => findConversation(ctx.em, requireViewer(ctx), id),
  },
  Conversation: {
    id: (conversation) => toGlobalId('Conversation', conversation.id),
    client: async (conversation, _, { loaders }) => (await loaders.client.load(conversation.clientId))!,
    channel: async (conversation, _, { loaders }) => (await loaders.channel.load(conversation.channelId))!,
    assignee: (conversation, _, { loaders }) => loadNullable(loaders.operator, conversation.assigneeId),
    lastMessage: (conversation, _, { loaders }) => loadNullable(loaders.message, conversation.lastMessageId),
    pinned: (conversation) => conversation.pinnedAt !== null,
    archived: (conversation) => conversation.archivedAt !== null,
    messages: (conversation, page, { em }) => listMessages(em, conversation.id, page),
  },
  Subscription: {
    inboxEvents: {
      subscribe: (_, { after }, ctx) => subscribeStream(ctx.app.pubsub, ctx.em, topics.inbox(requireViewer(ctx).project.id), after),
      resolve: async (event: InboxEventMessage, _: unknown, ctx: Context) => {
        const { loaders } = renewScope(ctx, event);
        const [conversation, message] = await Promise.all([
          loaders.conversation.load(event.conversationId),
          loadNullable(loaders.message, event.messageId),
        ]);
        return { kind: event.kind, conversation: conversation!, message };
      },
    },
    conversationMessages: {
      subscribe: async (_, { conversationId, after }, ctx) => {
        const conversation = await findConversation(ctx.em, requireViewer(ctx), conversationId);
        if (!conversation) throw notFound('No such conversation.');
        const events = await subscribeStream<InboxEventMessage>(ctx.app.pubsub, ctx.em, topics.conversation(conversation.id), after);
        return mapEvents(events, (event) => (event.messageId ? event : null));
      },
      resolve: async (event: InboxEventMessage, _: unknown, ctx: Context) =>
        (await renewScope(ctx, event).loaders.message.load(event.messageId!))!,
    },
  },
};
