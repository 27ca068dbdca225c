import { viewerCan } from '../auth/permissions.ts';
import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import type { OperatorRow } from '../operators/operator.entity.ts';
import { addComment, deleteComment, editComment, mayDeleteComment, mayEditComment, pinComment, pinnedComments } from './comment.service.ts';

export const commentResolvers: Resolvers = {
  Comment: {
    id: (comment) => toGlobalId('Comment', comment.id),
    text: (comment) => (comment.deletedAt ? null : comment.text),
    author: (comment, _, { loaders }) => loadNullable(loaders.operator, comment.authorId),
    mentions: async (comment, _, { loaders }) =>
      (await loaders.operator.loadMany(comment.mentionIds)).filter((operator): operator is OperatorRow => !!operator && !(operator instanceof Error)),
    pinned: (comment) => comment.pinnedAt !== null,
    viewerCanEdit: viewerCan((viewer, comment) => !comment.deletedAt && mayEditComment(viewer, comment)),
    viewerCanDelete: viewerCan((viewer, comment) => !comment.deletedAt && mayDeleteComment(viewer, comment)),
  },
  Conversation: {
    pinnedComments: (conversation, _, { em }) => pinnedComments(em, conversation.id),
  },
  Mutation: {
    addComment: (_, { input }, ctx) => payload(async () => ({ comment: await addComment(ctx.app, ctx.em, requireViewer(ctx), input) })),
    editComment: (_, { input }, ctx) => payload(async () => ({ comment: await editComment(ctx.app, ctx.em, requireViewer(ctx), input) })),
    deleteComment: (_, { input }, ctx) => payload(async () => ({ comment: await deleteComment(ctx.app, ctx.em, requireViewer(ctx), input.commentId) })),
    pinComment: (_, { input }, ctx) =>
      payload(async () => ({ comment: await pinComment(ctx.app, ctx.em, requireViewer(ctx), input.commentId, input.pinned) })),
  },
};
