import { requireCan } from '../auth/permissions.ts';
import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import { createTeam, deleteTeam, listTeams, mayOpenTeamInbox, renameTeam, setTeamMembers } from './team.service.ts';
export const teamResolvers: Resolvers = {
  Query: {
    teams: (_, __, ctx) => listTeams(ctx.em, requireViewer(ctx)),
  },
  Mutation: {
    createTeam: (_, { input }, ctx) => payload(async () => ({ team: await createTeam(ctx.em, requireCan(ctx, 'manageTeams'), input.name) })),
    renameTeam: (_, { input }, ctx) => payload(async () => ({ team: await renameTeam(ctx.em, requireCan(ctx, 'manageTeams'), input.teamId, input.name) })),
    deleteTeam: (_, { input }, ctx) => payload(async () => ({ deletedId: await deleteTeam(ctx.app, ctx.em, requireCan(ctx, 'manageTeams'), input.teamId) })),
    setTeamMembers: (_, { input }, ctx) =>
      payload(async () => ({ team: await setTeamMembers(ctx.em, requireCan(ctx, 'manageTeams'), input.teamId, input.operatorIds) })),
  },
  Team: {
    id: (team) => toGlobalId('Team', team.id),
    members: (team, _, { loaders }) => loaders.membersByTeam.load(team.id),
    viewerCanOpenInbox: async (team, _, ctx) => !!ctx.viewer && mayOpenTeamInbox(ctx.viewer, (await ctx.loaders.membersByTeam.load(team.id)).map((member) => member.id)),
  },
  Operator: {
    teams: (operator, _, { loaders }) => loaders.teamsByOperator.load(operator.id),
  },
  Conversation: {
    team: (conversation, _, { loaders }) => loadNullable(loaders.team, conversation.teamId),
  },
  ConversationEvent: {
    team: (event, _, { loaders }) => loadNullable(loaders.team, event.teamId),
  },
};
