import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { pauseBot, resumeBot } from './client-actions.service.ts';
import { transitionClient } from './client-lifecycle.service.ts';

export const clientActionResolvers: Resolvers = {
  Client: {
    botActive: (client) => !client.botPausedUntil || client.botPausedUntil <= new Date(),
    blocked: (client) => client.blockedAt !== null,
  },
  Mutation: {
    pauseBot: (_, { input }, ctx) => payload(async () => ({ client: await pauseBot(ctx.app, ctx.em, requireViewer(ctx), input.clientId, input.hours ?? 24) })),
    resumeBot: (_, { input }, ctx) => payload(async () => ({ client: await resumeBot(ctx.app, ctx.em, requireViewer(ctx), input.clientId) })),
    blockClient: (_, { input }, ctx) => payload(async () => ({ client: await transitionClient(ctx.app, ctx.em, requireViewer(ctx), input.clientId, 'block') })),
    unblockClient: (_, { input }, ctx) => payload(async () => ({ client: await transitionClient(ctx.app, ctx.em, requireViewer(ctx), input.clientId, 'unblock') })),
  },
};
