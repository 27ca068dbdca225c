import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { newId } from '../db/ids.ts';
import { select, selectOne } from '../db/rows.ts';
import { keysetConnection, type Page } from '../graphql/connection.ts';
import { fileErrors } from './file.errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { fileColumns, type FileKind, type StoredFileRow } from './file.entity.ts';
import { fileUrl } from './file-links.ts';
import { kindOf } from './file-types.ts';
import { checkedBytes } from './upload.ts';

export const maxAttachments = 10;

export type Upload = {
  projectId: string;
  /** Set for a client's own upload (the widget); an operator's upload gets its client when it is sent. */
  clientId: string | null;
  uploadedById: string | null;
  library: boolean;
  name: string;
  /** Already checked against the allow-list (`allowedType`). */
  contentType: string;
  body: AsyncIterable<Buffer>;
};

const libraryFull = (limit: number) => fileErrors.FILE_LIBRARY_FULL('file', { limit });

async function libraryRoom(em: EntityManager, projectId: string, lock: boolean) {
  const found = await selectOne<{ limit: number; count: number }>(
    em,
    `select file_library_limit as limit, (select count(*)::int from file where project_id = p.id and library) as count
       from project p where id = ? ${lock ? 'for update' : ''}`,
    [projectId],
  );
  if (found!.count >= found!.limit) throw libraryFull(found!.limit);
}

/**
 * Stores an upload: the bytes first (checked for size and type as they stream), then the row. A refused or failed
 * upload leaves neither. Library uploads are counted against the project's limit, under a lock on the project so
 * that two uploads at once cannot both take the last place.
 */
export async function storeUpload(app: App, em: EntityManager, upload: Upload): Promise<StoredFileRow> {
  // Refuse early, before reading a byte, when the library is full already.
  if (upload.library) await libraryRoom(em, upload.projectId, false);
  const id = newId();
  const storageKey = `${upload.projectId}/${id}`;
  const counted = { size: 0 };
  await app.files.storage.put(storageKey, checkedBytes(upload.body, upload.contentType, app.files.maxBytes, counted));
  try {
    return await em.transactional(async (tx) => {
      if (upload.library) await libraryRoom(tx, upload.projectId, true);
      return (await selectOne<StoredFileRow>(
        tx,
        `insert into file (id, project_id, client_id, message_id, library, kind, name, content_type, size, storage_key, uploaded_by_id, created_at)
         values (?, ?, ?, null, ?, ?, ?, ?, ?, ?, ?, ?) returning ${fileColumns()}`,
        [id, upload.projectId, upload.clientId, upload.library, kindOf(upload.contentType), upload.name, upload.contentType, counted.size,
          storageKey, upload.uploadedById, new Date()],
      ))!;
    });
  } catch (error) {
    await app.files.storage.delete(storageKey);
    throw error;
  }
}

/** A file that never reached a message (the send it was uploaded for was a retry): its row and bytes go. */
export async function discardUpload(app: App, em: EntityManager, file: StoredFileRow) {
  await em.execute('delete from file where id = ? and message_id is null and not library', [file.id]);
  await app.files.storage.delete(file.storageKey);
}

/** Deletes the bytes behind `storageKey` once no file row uses them (library files share theirs with copies). */
async function deleteBytesIfUnused(app: App, em: EntityManager, storageKey: string) {
  const used = await selectOne(em, 'select 1 from file where storage_key = ? limit 1', [storageKey]);
  if (!used) await app.files.storage.delete(storageKey);
}

/** How long an upload may wait for its message (or import) before it counts as abandoned. */
export const staleUploadHours = 24;

/**
 * Erases up to `batch` abandoned uploads: on no message, not in the library, used by no import or export job, and
 * older than `staleUploadHours`: their rows, then their bytes. Answers how many. A send taking one at the same
 * moment either gets it first or answers CONFLICT (the rows are locked, skipping those in use).
 */
export async function purgeStaleUploads(app: App, em: EntityManager, batch = 500) {
  const removed = await select<{ storageKey: string }>(
    em,
    `delete from file where id in (
       select f.id from file f
        where f.message_id is null and not f.library and f.created_at < now() - make_interval(hours => ?)
          and not exists (select 1 from client_job j where j.file_id = f.id)
        limit ? for update skip locked)
     returning storage_key`,
    [staleUploadHours, batch],
  );
  for (const { storageKey } of removed) await deleteBytesIfUnused(app, em, storageKey);
  return removed.length;
}

/**
 * The files an operator may attach to a message: files of the project's library, and fresh uploads of the project
 * that are on no message yet. Anything else (another project's, a client's) answers NOT_FOUND.
 */
export async function attachableFiles(em: EntityManager, viewer: Viewer, globalIds: readonly string[] | null | undefined) {
  if (!globalIds?.length) return [];
  if (globalIds.length > maxAttachments) throw fileErrors.FILE_ATTACHMENT_LIMIT('fileIds', { limit: maxAttachments });
  const ids = [...new Set(globalIds.map((globalId) => idOf('File', globalId)))];
  const files = ids.includes(null)
    ? []
    : await select<StoredFileRow>(
        em,
        `select ${fileColumns()} from file where id in (?) and project_id = ? and (library or (message_id is null and client_id is null))`,
        [ids, viewer.project.id],
      );
  if (files.length !== ids.length) throw fileErrors.FILE_NOT_ATTACHABLE('fileIds');
  return files;
}

/**
 * Puts files on a message just stored, in its transaction: fresh uploads move onto it; library files are copied
 * (sharing the bytes), so the library keeps its own. A file taken by another message meanwhile undoes the send.
 */
export async function attachToMessage(
  tx: EntityManager,
  message: { id: string; projectId: string },
  clientId: string,
  files: readonly StoredFileRow[],
  uploadedById: string | null,
) {
  if (!files.length) return;
  const now = new Date();
  const fresh = files.filter((file) => !file.library).map((file) => file.id);
  const library = files.filter((file) => file.library).map((file) => file.id);
  const moved = fresh.length
    ? await select(tx, `update file set message_id = ?, client_id = ? where id in (?) and message_id is null and not library returning id`, [
        message.id,
        clientId,
        fresh,
      ])
    : [];
  // `for share`: a library file deleted at the same moment either waits for this copy or is gone before it.
  const copied = [];
  for (const sourceId of library) {
    const copy = await selectOne(
      tx,
      `insert into file (id, project_id, client_id, message_id, library, kind, name, content_type, size, storage_key, uploaded_by_id, created_at)
       select ?, project_id, ?, ?, false, kind, name, content_type, size, storage_key, ?, ?
         from (select * from file where id = ? and project_id = ? and library for share) source returning id`,
      [newId(), clientId, message.id, uploadedById, now, sourceId, message.projectId],
    );
    if (copy) copied.push(copy);
  }
  if (moved.length !== fresh.length || copied.length !== library.length) {
    throw fileErrors.FILE_TAKEN_MEANWHILE('fileIds');
  }
}

/** The files exchanged with a client in messages (not deleted ones), newest first, of one kind if asked. */
export function clientFiles(em: EntityManager, client: { id: string; projectId: string }, page: Page & { kind?: FileKind | null }) {
  return keysetConnection<StoredFileRow>(
    em,
    {
      name: 'files',
      from: 'file',
      columns: fileColumns(),
      where: `client_id = ? and project_id = ? and message_id is not null ${page.kind ? 'and kind = ?' : ''}
        and not exists (select 1 from message m where m.id = file.message_id and m.deleted_at is not null)`,
      params: [client.id, client.projectId, ...(page.kind ? [page.kind] : [])],
      column: 'created_at',
      at: (file) => file.createdAt,
    },
    page,
  );
}

/** The project's library of files for attachments, newest first. */
export function libraryFiles(em: EntityManager, viewer: Viewer, page: Page) {
  return keysetConnection<StoredFileRow>(
    em,
    { name: 'fileLibrary', from: 'file', columns: fileColumns(), where: 'project_id = ? and library', params: [viewer.project.id], column: 'created_at', at: (file) => file.createdAt },
    page,
  );
}

export async function libraryUsage(em: EntityManager, viewer: Viewer) {
  return (await selectOne<{ count: number; limit: number }>(
    em,
    'select (select count(*)::int from file where project_id = p.id and library) as count, file_library_limit as limit from project p where id = ?',
    [viewer.project.id],
  ))!;
}

/** Removes a file from the library. Copies already sent in messages stay, and so do their bytes. */
export async function deleteLibraryFile(app: App, em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('File', globalId);
  const deleted = id && (await selectOne<{ storageKey: string }>(em, 'delete from file where id = ? and project_id = ? and library returning storage_key', [id, viewer.project.id]));
  if (!deleted) throw fileErrors.FILE_LIBRARY_NOT_FOUND('fileId');
  await deleteBytesIfUnused(app, em, deleted.storageKey);
  return globalId;
}

/** A message's files as a channel driver sends them, each with a signed link to its bytes. */
export async function outboundAttachments(app: App, em: EntityManager, messageId: string) {
  const files = await select<StoredFileRow>(em, `select ${fileColumns()} from file where message_id = ? order by created_at, id`, [messageId]);
  return files.map((file) => ({
    kind: file.kind,
    name: file.name,
    contentType: file.contentType,
    size: file.size,
    url: fileUrl(app.publicUrl, app.files.secret, file, { download: true }),
  }));
}
