import { requireCan } from '../auth/permissions.ts';
import { requireViewer } from '../context.ts';
import { select } from '../db/rows.ts';
import type { ChannelRow } from '../channels/channel.entity.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { operatorColumns, type OperatorRow } from '../operators/operator.entity.ts';

export const projectResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => requireViewer(ctx),
    // Deactivated operators only for those who manage them (API tokens hold no role).
    operators: (_, { includeDeactivated }, ctx) =>
      select<OperatorRow>(
        ctx.em,
        `select ${operatorColumns} from operator where project_id = ? ${includeDeactivated ? '' : 'and deactivated_at is null'} order by name`,
        [(includeDeactivated ? requireCan(ctx, 'manageOperators') : requireViewer(ctx)).project.id],
      ),
  },
  Viewer: {
    // A cached viewer's rows may be a few seconds old (auth/viewer-cache.ts): what is shown is read fresh.
    project: async (viewer, _, { loaders }) => (viewer.cached ? (await loaders.project.load(viewer.project.id))! : viewer.project),
    operator: (viewer, _, { loaders }) => (viewer.operator && viewer.cached ? loaders.operator.load(viewer.operator.id) : viewer.operator),
  },
  Project: {
    id: (project) => toGlobalId('Project', project.id),
    channels: (project, _, { em }) => select<ChannelRow>(em, 'select * from channel where project_id = ? order by created_at', [project.id]),
  },
  Operator: {
    id: (operator) => toGlobalId('Operator', operator.id),
  },
};
