import { announceViewerChanged } from '../auth/auth.service.ts';
import { requireCan } from '../auth/permissions.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { updateProjectSettings } from './project-settings.service.ts';

export const projectSettingsResolvers: Resolvers = {
  Mutation: {
    updateProjectSettings: (_, { input }, ctx) =>
      payload(async () => {
        const project = await updateProjectSettings(ctx.em, requireCan(ctx, 'manageProject'), input);
        // Cached viewers carry the project's settings (the roles some permissions let it choose): dropped everywhere.
        await announceViewerChanged(ctx.app, { projectId: project.id });
        return { project };
      }),
  },
};
