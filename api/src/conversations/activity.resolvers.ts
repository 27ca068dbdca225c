import { requireViewer, type Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload, unauthenticated } from '../graphql/errors.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { mapEvents, topics, type ActivityMessage } from '../pubsub/pubsub.ts';
import { conversationErrors } from './conversation.errors.ts';
import { findConversation } from './conversation.service.ts';

// Who views or types where is ephemeral: it travels on a per-conversation topic and is never stored, so it works
// across api nodes without shared state. A newcomer says hello; everyone viewing answers with a fresh announce.
async function joinActivity(ctx: Context, conversationGlobalId: string) {
  const viewer = requireViewer(ctx);
  if (!viewer.operator) throw unauthenticated();
  const conversation = await findConversation(ctx.em, viewer, conversationGlobalId);
  if (!conversation) throw conversationErrors.CONVERSATION_NOT_FOUND('conversationId');
  return { operatorId: viewer.operator.id, topic: topics.activity(conversation.id) };
}

export const activityResolvers: Resolvers = {
  Mutation: {
    setTyping: (_, { input }, ctx) =>
      payload(async () => {
        const { operatorId, topic } = await joinActivity(ctx, input.conversationId);
        await ctx.app.pubsub.publish(topic, { operatorId, viewing: true, typing: input.typing } satisfies ActivityMessage);
        return { typing: input.typing };
      }),
  },
  Subscription: {
    conversationActivity: {
      subscribe: async (_, { conversationId }, ctx) => {
        const { operatorId, topic } = await joinActivity(ctx, conversationId);
        const { pubsub } = ctx.app;
        const events = await pubsub.subscribe<ActivityMessage>(topic);
        const announce = (message: Omit<ActivityMessage, 'operatorId'>) => pubsub.publish(topic, { operatorId, ...message }).catch(() => {});
        await announce({ viewing: true, typing: false, hello: true });
        return mapEvents(
          events,
          async (event) => {
            if (event.operatorId === operatorId) return null;
            if (event.hello) await announce({ viewing: true, typing: false });
            return event;
          },
          () => void announce({ viewing: false, typing: false }),
        );
      },
      resolve: async (event: ActivityMessage, _: unknown, ctx: Context) => ({
        operator: (await renewScope(ctx, event).loaders.operator.load(event.operatorId))!,
        viewing: event.viewing,
        typing: event.typing,
      }),
    },
  },
};
