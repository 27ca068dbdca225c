import { requireCan } from '../auth/permissions.ts';
import { requireViewer, type Context } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import type { StoredFileRow } from './file.entity.ts';
import { fileUrl } from './file-links.ts';
import { clientFiles, deleteLibraryFile, libraryFiles, libraryUsage } from './file.service.ts';


// Links are made per resolve, for rows the caller's project already scoped.
const link = (download: boolean) => (file: StoredFileRow, _: unknown, { app }: Context) => fileUrl(app.publicUrl, app.files.secret, file, { download });
const links = { url: link(false), downloadUrl: link(true) };

export const fileResolvers: Resolvers = {
  Query: {
    fileLibrary: (_, page, ctx) => libraryFiles(ctx.em, requireViewer(ctx), page),
    fileLibraryUsage: (_, __, ctx) => libraryUsage(ctx.em, requireViewer(ctx)),
  },
  File: {
    id: (file) => toGlobalId('File', file.id),
    ...links,
    uploadedBy: (file, _, { loaders }) => loadNullable(loaders.operator, file.uploadedById),
  },
  WidgetFile: links,
  Client: {
    files: (client, page, { em }) => clientFiles(em, client, page),
  },
  Message: {
    attachments: (message, _, { loaders }) => (message.deletedAt ? [] : loaders.filesByMessage.load(message.id)),
  },
  WidgetMessage: {
    attachments: (message, _, { loaders }) => (message.deletedAt ? [] : loaders.filesByMessage.load(message.id)),
  },
  Mutation: {
    deleteLibraryFile: (_, { input }, ctx) =>
      payload(async () => ({ deletedId: await deleteLibraryFile(ctx.app, ctx.em, requireCan(ctx, 'manageFileLibrary'), input.fileId) })),
  },
};
