import { requireViewer } from '../context.ts';
import { requireCan } from './permissions.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { createApiToken, listApiTokens, revokeApiToken } from './api-token.service.ts';
import { login, logout } from './auth.service.ts';


export const authResolvers: Resolvers = {
  ApiToken: {
    id: (apiToken) => toGlobalId('ApiToken', apiToken.id),
  },
  Query: {
    apiTokens: (_, __, ctx) => listApiTokens(ctx.em, requireCan(ctx, 'manageApiTokens')),
  },
  Mutation: {
    login: (_, { input }, ctx) => payload(() => login(ctx.app, ctx.em, input, ctx.address)),
    createApiToken: (_, { input }, ctx) =>
      payload(async () => createApiToken(ctx.em, requireCan(ctx, 'manageApiTokens').project.id, input.name)),
    revokeApiToken: (_, { input }, ctx) =>
      payload(async () => ({ revokedId: await revokeApiToken(ctx.app, ctx.em, requireCan(ctx, 'manageApiTokens'), input.apiTokenId) })),
    logout: (_, __, ctx) =>
      payload(async () => {
        await logout(ctx.app, ctx.em, requireViewer(ctx));
        return { loggedOut: true };
      }),
  },
};
