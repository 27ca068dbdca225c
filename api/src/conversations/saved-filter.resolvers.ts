import { viewerCan } from '../auth/permissions.ts';
import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { deleteFilter, duplicateFilter, listSavedFilters, mayChangeFilter, saveFilter } from './saved-filter.service.ts';

type Stored = { section?: string; search?: string; match?: string; conditions?: { from?: string; to?: string }[] };

export const savedFilterResolvers: Resolvers = {
  Query: {
    savedFilters: (_, __, ctx) => listSavedFilters(ctx.em, requireViewer(ctx)),
  },
  SavedFilter: {
    id: (filter) => toGlobalId('SavedFilter', filter.id),
    owner: async (filter, _, { loaders }) => (await loaders.operator.load(filter.ownerId))!,
    viewerCanEdit: viewerCan(mayChangeFilter),
    // Stored as JSON: dates come back as strings, and left-out fields take their defaults.
    filter: (filter) => {
      const stored = filter.filter as Stored;
      return {
        section: stored.section ?? 'ALL',
        search: stored.search ?? null,
        match: stored.match ?? 'ALL',
        conditions: (stored.conditions ?? []).map((c) => ({ ...c, from: c.from ? new Date(c.from) : null, to: c.to ? new Date(c.to) : null })),
      } as never;
    },
  },
  Mutation: {
    saveFilter: (_, { input }, ctx) => payload(async () => ({ savedFilter: await saveFilter(ctx.em, requireViewer(ctx), input) })),
    duplicateFilter: (_, { input }, ctx) =>
      payload(async () => ({ savedFilter: await duplicateFilter(ctx.em, requireViewer(ctx), input.savedFilterId, input.name) })),
    deleteFilter: (_, { input }, ctx) => payload(async () => ({ deletedId: await deleteFilter(ctx.em, requireViewer(ctx), input.savedFilterId) })),
  },
};
