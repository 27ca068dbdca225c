import { requireVisitor } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { mapEvents, topics, type VisitorEventMessage } from '../pubsub/pubsub.ts';
import { introduceVisitor, sendVisitorMessage, startWidgetSession, visitorMessage } from './widget.service.ts';
import { subscribeStream, type StreamEvent } from '../pubsub/stream.ts';

export const widgetResolvers: Resolvers = {
  Mutation: {
    widgetStart: (_, { input }, ctx) =>
      payload(async () => {
        const { visitorToken, channel, cursor, messages } = await startWidgetSession(ctx.app, ctx.em, input, ctx.address);
        return { session: { visitorToken, channelName: channel.name, locale: channel.locale, preChatFields: channel.preChatFields, cursor, messages } };
      }),
    widgetIntroduce: (_, { input }, ctx) => payload(async () => ({ name: (await introduceVisitor(ctx.app, ctx.em, requireVisitor(ctx), input)).name })),
    widgetSend: (_, { input }, ctx) =>
      payload(async () => ({
        message: await sendVisitorMessage(ctx.app, ctx.em, requireVisitor(ctx), input.text, input.idempotencyKey),
      })),
  },
  Subscription: {
    widgetMessages: {
      subscribe: async (_, { after }, ctx) => {
        const visitor = requireVisitor(ctx);
        const events = await subscribeStream<VisitorEventMessage & StreamEvent>(ctx.app.pubsub, ctx.em, topics.visitor(visitor.clientChannelId), after);
        // Each event's message as the visitor may see it, with the event's cursor; anything else is dropped.
        return mapEvents(events, async (event) => {
          const message = await visitorMessage(renewScope(ctx, event).em, visitor, event.messageId);
          return message && { ...message, cursor: event.cursor };
        });
      },
      resolve: (message: unknown) => message as never,
    },
  },
  WidgetMessage: {
    id: (message) => toGlobalId('Message', message.id),
    deleted: (message) => message.deletedAt !== null,
    authorName: async (message, _, { loaders }) =>
      message.senderKind === 'OPERATOR' && message.authorId ? ((await loaders.operator.load(message.authorId))?.name ?? null) : null,
  },
};

