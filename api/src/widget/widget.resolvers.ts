import { requireVisitor } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { notFound, payload } from '../graphql/errors.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { mapEvents, startWith, topics, type VisitorEventMessage } from '../pubsub/pubsub.ts';
import { introduceVisitor, messagesSince, sendVisitorMessage, startWidgetSession, visitorMessage } from './widget.service.ts';

export const widgetResolvers: Resolvers = {
  Mutation: {
    widgetStart: (_, { input }, ctx) =>
      payload(async () => {
        const { visitorToken, channel, messages } = await startWidgetSession(ctx.app, ctx.em, input, ctx.address);
        return { session: { visitorToken, channelName: channel.name, locale: channel.locale, preChatFields: channel.preChatFields, messages } };
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
        const afterId = after ? idOf('Message', after) : null;
        if (after && !afterId) throw notFound('No such message.');
        const events = await ctx.app.pubsub.subscribe<VisitorEventMessage>(topics.visitor(visitor.clientChannelId));
        // Each event's message as the visitor may see it; anything else is dropped.
        const live = mapEvents(events, (event) => visitorMessage(renewScope(ctx, event).em, visitor, event.messageId));
        if (!afterId) return live;
        // Listening first, reading second: a message stored in between comes both ways, never neither.
        const missed = await messagesSince(ctx.em, visitor, afterId).catch(async (error: unknown) => {
          await live.return?.();
          throw error;
        });
        if (!missed) {
          await live.return?.();
          throw notFound('No such message.');
        }
        return startWith(missed, live);
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

