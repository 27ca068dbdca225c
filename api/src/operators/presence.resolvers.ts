import { requireCan } from '../auth/permissions.ts';
import { requireViewer, type Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { topics, type PresenceMessage } from '../pubsub/pubsub.ts';
import { effectivePresence } from './operator.entity.ts';
import { presenceReport, setOperatorCapacity, setPresence, updateMySettings } from './presence.service.ts';

export const presenceResolvers: Resolvers = {
  Operator: {
    presence: (operator) => effectivePresence(operator),
    chosenPresence: (operator) => operator.presence,
  },
  Query: {
    presenceReport: (_, { from, to }, ctx) => presenceReport(ctx.em, requireCan(ctx, 'viewPresenceReport'), from, to),
  },
  Mutation: {
    setPresence: (_, { input }, ctx) => payload(async () => ({ operator: await setPresence(ctx.app, ctx.em, requireViewer(ctx), input.status) })),
    updateMySettings: (_, { input }, ctx) => payload(async () => ({ operator: await updateMySettings(ctx.em, requireViewer(ctx), input) })),
    setOperatorCapacity: (_, { input }, ctx) =>
      payload(async () => ({ operator: await setOperatorCapacity(ctx.em, requireCan(ctx, 'manageCapacity'), input.operatorId, input.capacity) })),
  },
  Subscription: {
    operatorPresence: {
      subscribe: (_, __, ctx) => ctx.app.pubsub.subscribe(topics.presence(requireViewer(ctx).project.id)),
      resolve: async (event: PresenceMessage, _: unknown, ctx: Context) => (await renewScope(ctx, event).loaders.operator.load(event.operatorId))!,
    },
  },
};
