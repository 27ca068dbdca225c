import { requireViewer } from '../context.ts';
import { addComment } from '../conversations/comment.service.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { keysetConnection } from '../graphql/connection.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable, pageKey, primedRead } from '../graphql/loaders.ts';
import { activityKeyset, notesKeyset } from './client-activity.service.ts';

export const clientActivityResolvers: Resolvers = {
  ClientActivity: {
    id: (activity) => toGlobalId('ClientActivity', activity.id),
    actor: (activity, _, { loaders }) => loadNullable(loaders.operator, activity.actorId),
    data: (activity) => JSON.stringify(activity.data),
  },
  Client: {
    activity: (client, args, { em, loaders }) => {
      const { types, ...page } = args;
      return keysetConnection(em, activityKeyset('?', [client.id], types), page, primedRead(em, loaders, pageKey('activity', client.id, args)));
    },
    notes: (client, args, { em, loaders }) => keysetConnection(em, notesKeyset('?', [client.id]), args, primedRead(em, loaders, pageKey('notes', client.id, args))),
  },
  Mutation: {
    addClientNote: (_, { input }, ctx) =>
      payload(async () => ({ comment: await addComment(ctx.app, ctx.em, requireViewer(ctx), { clientId: input.clientId, text: input.text, mentionIds: input.mentionIds }) })),
  },
};
