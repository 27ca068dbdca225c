import { requireCan } from '../auth/permissions.ts';
import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { changeMyPassword, createOperator, deactivateOperator, reactivateOperator, updateOperator } from './operator-admin.service.ts';


export const operatorAdminResolvers: Resolvers = {
  Mutation: {
    createOperator: (_, { input }, ctx) => payload(async () => ({ operator: await createOperator(ctx.em, requireCan(ctx, 'manageOperators'), input) })),
    updateOperator: (_, { input }, ctx) => payload(async () => ({ operator: await updateOperator(ctx.app, ctx.em, requireCan(ctx, 'manageOperators'), input) })),
    deactivateOperator: (_, { input }, ctx) =>
      payload(async () => ({ operator: await deactivateOperator(ctx.app, ctx.em, requireCan(ctx, 'manageOperators'), input.operatorId) })),
    reactivateOperator: (_, { input }, ctx) => payload(async () => ({ operator: await reactivateOperator(ctx.em, requireCan(ctx, 'manageOperators'), input.operatorId) })),
    // `changed` is non-null: false when a user error refused the change.
    changeMyPassword: async (_, { input }, ctx) => ({
      changed: false,
      ...(await payload(async () => ({ changed: await changeMyPassword(ctx.app, ctx.em, requireViewer(ctx), input) }))),
    }),
  },
};
