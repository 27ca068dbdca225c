import { requireVisitor } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { mapEvents, topics, type VisitorEventMessage } from '../pubsub/pubsub.ts';
import { sendVisitorMessage, startWidgetSession, visitorMessage } from './widget.service.ts';

export const widgetResolvers: Resolvers = {
  Mutation: {
    widgetStart: (_, { input }, ctx) =>
      payload(async () => {
        const { visitorToken, channel, messages } = await startWidgetSession(ctx.app, ctx.em, input, ctx.address);
        return { session: { visitorToken, channelName: channel.name, messages } };
      }),
    widgetSend: (_, { input }, ctx) =>
      payload(async () => ({
        message: await sendVisitorMessage(ctx.app, ctx.em, requireVisitor(ctx), input.text, input.idempotencyKey),
      })),
  },
  Subscription: {
    widgetMessages: {
      subscribe: async (_, __, ctx) => {
        const visitor = requireVisitor(ctx);
        const events = await ctx.app.pubsub.subscribe<VisitorEventMessage>(topics.visitor(visitor.clientChannelId));
        // Each event's message as the visitor may see it; anything else is dropped.
        return mapEvents(events, (event) => visitorMessage(renewScope(ctx, event).em, visitor, event.messageId));
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

