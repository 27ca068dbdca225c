import { requireCan } from '../auth/permissions.ts';
import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import {
  createFolder,
  deleteFolder,
  deleteQuickReply,
  draftOf,
  listFolders,
  listQuickReplies,
  fillQuickReply,
  fillText,
  renameFolder,
  saveDraft,
  saveQuickReply,
} from './quick-reply.service.ts';

export const quickReplyResolvers: Resolvers = {
  Query: {
    quickReplyFolders: (_, __, ctx) => listFolders(ctx.em, requireViewer(ctx)),
    quickReplies: (_, { search, folderId }, ctx) => listQuickReplies(ctx.em, requireViewer(ctx), search, folderId),
    fillQuickReply: (_, { quickReplyId, conversationId }, ctx) => fillQuickReply(ctx.em, requireViewer(ctx), quickReplyId, conversationId),
    fillText: (_, { text, conversationId }, ctx) => fillText(ctx.em, requireViewer(ctx), text, conversationId),
    renderQuickReply: async (_, { quickReplyId, conversationId }, ctx) => (await fillQuickReply(ctx.em, requireViewer(ctx), quickReplyId, conversationId))?.text ?? null,
  },
  QuickReply: {
    id: (reply) => toGlobalId('QuickReply', reply.id),
    folder: (reply, _, { loaders }) => loadNullable(loaders.quickReplyFolder, reply.folderId),
  },
  QuickReplyFolder: {
    id: (folder) => toGlobalId('QuickReplyFolder', folder.id),
    quickReplyCount: (folder, _, { loaders }) => loaders.quickReplyCountByFolder.load(folder.id),
  },
  Conversation: {
    draft: (conversation, _, ctx) => draftOf(ctx.em, requireViewer(ctx), conversation.id),
  },
  Mutation: {
    createQuickReplyFolder: (_, { input }, ctx) => payload(async () => ({ folder: await createFolder(ctx.em, requireCan(ctx, 'manageQuickReplies'), input.name) })),
    renameQuickReplyFolder: (_, { input }, ctx) =>
      payload(async () => ({ folder: await renameFolder(ctx.em, requireCan(ctx, 'manageQuickReplies'), input.folderId, input.name) })),
    deleteQuickReplyFolder: (_, { input }, ctx) => payload(async () => ({ deletedId: await deleteFolder(ctx.em, requireCan(ctx, 'manageQuickReplies'), input.folderId) })),
    saveQuickReply: (_, { input }, ctx) => payload(async () => ({ quickReply: await saveQuickReply(ctx.em, requireCan(ctx, 'manageQuickReplies'), input) })),
    deleteQuickReply: (_, { input }, ctx) => payload(async () => ({ deletedId: await deleteQuickReply(ctx.em, requireCan(ctx, 'manageQuickReplies'), input.quickReplyId) })),
    saveDraft: (_, { input }, ctx) => payload(async () => ({ draft: await saveDraft(ctx.em, requireViewer(ctx), input.conversationId, input.text) })),
  },
};
