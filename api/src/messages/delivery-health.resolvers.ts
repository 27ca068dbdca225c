import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { deliveryHealth } from './delivery-health.ts';

export const deliveryHealthResolvers: Resolvers = {
  Query: {
    deliveryStatus: (_, __, ctx) => deliveryHealth(ctx.em, ctx.app.workers, requireViewer(ctx).project.id),
  },
};
