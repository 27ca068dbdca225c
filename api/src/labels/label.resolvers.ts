import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { changeClientLabels, createLabel, deleteLabel, listLabels, updateLabel } from './label.service.ts';

export const labelResolvers: Resolvers = {
  Label: {
    id: (label) => toGlobalId('Label', label.id),
    clientCount: (label, _, { loaders }) => loaders.labelClientCount.load(label.id),
  },
  Client: {
    tags: async (client, _, { loaders }) => (await loaders.labelsByClient.load(client.id)).filter((label) => label.kind === 'TAG'),
    lists: async (client, _, { loaders }) => (await loaders.labelsByClient.load(client.id)).filter((label) => label.kind === 'LIST'),
  },
  Query: {
    labels: (_, { kind }, ctx) => listLabels(ctx.em, requireViewer(ctx), kind),
  },
  Mutation: {
    createLabel: (_, { input }, ctx) => payload(async () => ({ label: await createLabel(ctx.em, requireViewer(ctx), input) })),
    updateLabel: (_, { input }, ctx) => payload(async () => ({ label: await updateLabel(ctx.em, requireViewer(ctx), input) })),
    deleteLabel: (_, { input }, ctx) =>
      payload(async () => ({ deletedLabelId: toGlobalId('Label', await deleteLabel(ctx.em, requireViewer(ctx), input.labelId)) })),
    addClientLabels: (_, { input }, ctx) => payload(async () => ({ clients: await changeClientLabels(ctx.app, ctx.em, requireViewer(ctx), input, true) })),
    removeClientLabels: (_, { input }, ctx) =>
      payload(async () => ({ clients: await changeClientLabels(ctx.app, ctx.em, requireViewer(ctx), input, false) })),
  },
};
