import { requireCan } from '../auth/permissions.ts';
import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { shortClientId } from '../clients/client-naming.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { systemVariableName, systemVariables } from './system-variables.ts';
import { createDefinition, deleteDefinition, listDefinitions, renameDefinition, setClientVariables, withValues, type VariableValueModel } from './variable.service.ts';

export const variableResolvers: Resolvers = {
  VariableDefinition: {
    id: (definition) => toGlobalId('VariableDefinition', definition.id),
  },
  Client: {
    variables: async (client, _, { loaders }) => {
      const [definitions, channels] = await Promise.all([loaders.variableDefinitions.load(`${client.projectId}:CLIENT`), loaders.clientChannelsByClient.load(client.id)]);
      const source = channels[0] ? await loaders.channel.load(channels[0].channelId) : null;
      const system = (key: string, value: string | null, at: Date | null = null): VariableValueModel => ({ key, name: systemVariableName(key), type: 'TEXT', value, at, system: true });
      const moment = (key: string, at: Date | null) => system(key, at?.toISOString() ?? null, at);
      return [
        ...withValues(definitions, client.variables),
        system('id', shortClientId(client.id)),
        moment('created', client.createdAt),
        moment('last_activity', client.lastActivityAt),
        system('channel', source ? `${source.kind} · ${source.name}` : null),
        ...channels.map((channel, index) => system(`platform_id_${index + 1}`, channel.platformId)),
      ];
    },
  },
  Query: {
    variableDefinitions: (_, { scope }, ctx) => listDefinitions(ctx.em, requireViewer(ctx).project.id, scope),
    systemVariables: (_, __, ctx) => {
      requireViewer(ctx);
      return [...systemVariables];
    },
  },
  Mutation: {
    createVariableDefinition: (_, { input }, ctx) => payload(async () => ({ definition: await createDefinition(ctx.em, requireCan(ctx, 'manageVariables'), input) })),
    updateVariableDefinition: (_, { input }, ctx) =>
      payload(async () => ({ definition: await renameDefinition(ctx.em, requireCan(ctx, 'manageVariables'), input.definitionId, input.name) })),
    deleteVariableDefinition: (_, { input }, ctx) =>
      payload(async () => ({ deletedDefinitionId: toGlobalId('VariableDefinition', await deleteDefinition(ctx.em, requireCan(ctx, 'manageVariables'), input.definitionId)) })),
    setClientVariables: (_, { input }, ctx) => payload(async () => ({ client: await setClientVariables(ctx.app, ctx.em, requireViewer(ctx), input) })),
  },
};
