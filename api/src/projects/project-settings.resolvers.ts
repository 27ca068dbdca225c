import { requireCan } from '../auth/permissions.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { updateProjectSettings } from './project-settings.service.ts';

export const projectSettingsResolvers: Resolvers = {
  Mutation: {
    updateProjectSettings: (_, { input }, ctx) =>
      payload(async () => ({ project: await updateProjectSettings(ctx.em, requireCan(ctx, 'manageProject'), input) })),
  },
};
