import { requireViewer, type Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { notFound } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNow, loadNullable, thenNow } from '../graphql/loaders.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { listMessages, replyRefusal } from '../messages/message.service.ts';
import { mapEvents, topics, type InboxEventMessage } from '../pubsub/pubsub.ts';
import { selectedPaths } from '../graphql/selection.ts';
import { pageWants, readPage } from './conversation-page.ts';
import { readConversation } from './conversation-with-timeline.ts';
import { findConversation, listConversations, listPinnedConversations } from './conversation.service.ts';
import { streamPosition, subscribeStream } from '../pubsub/stream.ts';

export const conversationResolvers: Resolvers = {
  Query: {
    // The page, its clients, last messages and counts in one statement (conversation-page.ts).
    conversations: (_, options, ctx, info) => {
      const wants = pageWants(selectedPaths(info));
      return listConversations(ctx.em, requireViewer(ctx), options, wants.size ? (sql, params) => readPage(ctx.em, ctx.loaders, sql, params, wants) : undefined);
    },
    pinnedConversations: (_, { filter }, ctx) => listPinnedConversations(ctx.em, requireViewer(ctx), filter),
    // With its timeline's first page, in one statement (conversation-with-timeline.ts).
    conversation: (_, { id }, ctx, info) => readConversation(ctx.em, ctx.loaders, requireViewer(ctx), id, info),
    streamPosition: (_, __, ctx) => (requireViewer(ctx), streamPosition(ctx.app.orm)),
  },
  Conversation: {
    id: (conversation) => toGlobalId('Conversation', conversation.id),
    client: (conversation, _, { loaders }) => thenNow(loadNow(loaders.client, conversation.clientId), (client) => client!),
    channel: (conversation, _, { loaders }) => thenNow(loadNow(loaders.channel, conversation.channelId), (channel) => channel!),
    assignee: (conversation, _, { loaders }) => loadNullable(loaders.operator, conversation.assigneeId),
    lastMessage: (conversation, _, { loaders }) => loadNullable(loaders.message, conversation.lastMessageId),
    pinned: (conversation) => conversation.pinnedAt !== null,
    archived: (conversation) => conversation.archivedAt !== null,
    replyRefusal: async (conversation, _, { app, loaders }) => {
      // The client's channels as the list item reads them (client.channels): no statement more for a page or an event.
      const [client, channel, clientChannels] = await Promise.all([
        loaders.client.load(conversation.clientId),
        loaders.channel.load(conversation.channelId),
        loaders.clientChannelsByClient.load(conversation.clientId),
      ]);
      const unreachable = !!clientChannels.find(({ id }) => id === conversation.clientChannelId)?.unreachableAt;
      return replyRefusal(app, { blocked: !!client?.blockedAt, kind: channel!.kind, status: channel!.status, unreachable });
    },
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
