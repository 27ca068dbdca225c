import { requireViewer, type Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { notFound } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { mapEvents, topics, type InboxEventMessage } from '../pubsub/pubsub.ts';
import { findConversation } from './conversation.service.ts';
import { timeline } from './timeline.service.ts';
import { subscribeStream } from '../pubsub/stream.ts';

export const timelineResolvers: Resolvers = {
  Conversation: {
    timeline: (conversation, page, { em, loaders }) => timeline(em, loaders, conversation, page),
  },
  ConversationEvent: {
    id: (event) => toGlobalId('ConversationEvent', event.id),
    actor: (event, _, { loaders }) => loadNullable(loaders.operator, event.actorId),
    assignee: (event, _, { loaders }) => loadNullable(loaders.operator, event.assigneeId),
  },
  TimelineItem: {
    // Rows carry no class: messages have a direction, comments mentions, system events neither.
    __resolveType: (item) => ('direction' in item ? 'Message' : 'mentionIds' in item ? 'Comment' : 'summary' in item ? 'ClientActivity' : 'ConversationEvent'),
  },
  Subscription: {
    conversationTimeline: {
      subscribe: async (_, { conversationId, after }, ctx) => {
        const conversation = await findConversation(ctx.em, requireViewer(ctx), conversationId);
        if (!conversation) throw notFound('No such conversation.');
        const events = await subscribeStream<InboxEventMessage>(ctx.app.pubsub, ctx.em, topics.conversation(conversation.id), after);
        return mapEvents(events, (event) => (event.messageId || event.eventId || event.commentId || event.activityId ? event : null));
      },
      resolve: async (event: InboxEventMessage, _: unknown, ctx: Context) => {
        const { loaders } = renewScope(ctx, event);
        if (event.messageId) return (await loaders.message.load(event.messageId))!;
        if (event.commentId) return (await loaders.comment.load(event.commentId))!;
        if (event.activityId) return (await loaders.clientActivity.load(event.activityId))!;
        return (await loaders.conversationEvent.load(event.eventId!))!;
      },
    },
  },
};
