import { requireViewer } from '../context.ts';
import type { CommentRow } from '../conversations/comment.entity.ts';
import { addComment } from '../conversations/comment.service.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { keysetConnection } from '../graphql/connection.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import type { ClientActivityRow } from './client-activity.entity.ts';

export const clientActivityResolvers: Resolvers = {
  ClientActivity: {
    id: (activity) => toGlobalId('ClientActivity', activity.id),
    actor: (activity, _, { loaders }) => loadNullable(loaders.operator, activity.actorId),
    data: (activity) => JSON.stringify(activity.data),
  },
  Client: {
    activity: (client, { types, ...page }, { em }) =>
      keysetConnection<ClientActivityRow>(
        em,
        {
          name: 'activity',
          from: 'client_activity',
          where: `client_id = ?${types?.length ? ' and type in (?)' : ''}`,
          params: [client.id, ...(types?.length ? [types] : [])],
          column: 'created_at',
          at: (row) => row.createdAt,
        },
        page,
      ),
    notes: (client, page, { em }) =>
      keysetConnection<CommentRow>(em, { name: 'notes', from: 'comment', where: 'client_id = ? and deleted_at is null', params: [client.id], column: 'created_at', at: (row) => row.createdAt }, page),
  },
  Mutation: {
    addClientNote: (_, { input }, ctx) =>
      payload(async () => ({ comment: await addComment(ctx.app, ctx.em, requireViewer(ctx), { clientId: input.clientId, text: input.text, mentionIds: input.mentionIds }) })),
  },
};
