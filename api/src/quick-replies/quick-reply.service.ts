import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../context.ts';
import { findConversation } from '../conversations/conversation.service.ts';
import { newId } from '../db/ids.ts';
import { select, selectOne } from '../db/rows.ts';
import { foldedContains } from '../db/text-match.ts';
import { boundedText } from '../graphql/errors.ts';
import { conversationErrors } from '../conversations/conversation.errors.ts';
import { idOf } from '../graphql/global-id.ts';
import type { QuickReplyFolderRow, QuickReplyRow } from './quick-reply.entity.ts';
import { clientTemplateValues, fillTemplate, type FilledTemplate, type TemplateClient } from './quick-reply-template.ts';
import { quickReplyErrors } from './quick-reply.errors.ts';
import { requireRoom } from '../limits/list-caps.ts';
import { maxTextLength } from '../messages/message.service.ts';

async function folderOf(em: EntityManager, viewer: Viewer, globalId: string | null | undefined) {
  if (!globalId) return null;
  const id = idOf('QuickReplyFolder', globalId);
  const folder = id && (await selectOne<QuickReplyFolderRow>(em, 'select * from quick_reply_folder where id = ? and project_id = ?', [id, viewer.project.id]));
  if (!folder) throw quickReplyErrors.QUICK_REPLY_FOLDER_NOT_FOUND('folderId');
  return folder;
}

export const listFolders = (em: EntityManager, viewer: Viewer) =>
  select<QuickReplyFolderRow>(em, 'select * from quick_reply_folder where project_id = ? order by name', [viewer.project.id]);

export async function listQuickReplies(em: EntityManager, viewer: Viewer, search?: string | null, folderGlobalId?: string | null) {
  const folder = await folderOf(em, viewer, folderGlobalId);
  const words = search?.trim();
  const match = words ? foldedContains(`title || ' ' || text`, words) : null;
  return select<QuickReplyRow>(
    em,
    `select * from quick_reply where project_id = ? ${folder ? 'and folder_id = ?' : ''} ${match ? `and ${match.sql}` : ''}
      order by title limit 200`,
    [viewer.project.id, ...(folder ? [folder.id] : []), ...(match?.params ?? [])],
  );
}

export async function createFolder(em: EntityManager, viewer: Viewer, name: string) {
  await requireRoom(em, 'Query.quickReplyFolders', ['select count(*)::int as n from quick_reply_folder where project_id = ?', [viewer.project.id]], quickReplyErrors.QUICK_REPLY_FOLDER_LIMIT, 'name');
  return (await selectOne<QuickReplyFolderRow>(em, 'insert into quick_reply_folder (id, project_id, name, created_at) values (?, ?, ?, ?) returning *', [
    newId(),
    viewer.project.id,
    boundedText(name, 'name', quickReplyErrors.QUICK_REPLY_FOLDER_NAME_LENGTH),
    new Date(),
  ]))!;
}

export async function renameFolder(em: EntityManager, viewer: Viewer, folderId: string, name: string) {
  const folder = await folderOf(em, viewer, folderId);
  return (await selectOne<QuickReplyFolderRow>(em, 'update quick_reply_folder set name = ? where id = ? returning *', [boundedText(name, 'name', quickReplyErrors.QUICK_REPLY_FOLDER_NAME_LENGTH), folder!.id]))!;
}

export async function deleteFolder(em: EntityManager, viewer: Viewer, folderId: string) {
  const folder = await folderOf(em, viewer, folderId);
  await em.execute('delete from quick_reply_folder where id = ?', [folder!.id]);
  return folderId;
}

export async function saveQuickReply(
  em: EntityManager,
  viewer: Viewer,
  input: { quickReplyId?: string | null; folderId?: string | null; title: string; text: string },
) {
  const title = boundedText(input.title, 'title', quickReplyErrors.QUICK_REPLY_TITLE_LENGTH);
  const text = boundedText(input.text, 'text', quickReplyErrors.QUICK_REPLY_TEXT_LENGTH, 4096);
  const folder = await folderOf(em, viewer, input.folderId);
  if (!input.quickReplyId) {
    return (await selectOne<QuickReplyRow>(em, 'insert into quick_reply (id, project_id, folder_id, title, text, created_at) values (?, ?, ?, ?, ?, ?) returning *', [
      newId(),
      viewer.project.id,
      folder?.id ?? null,
      title,
      text,
      new Date(),
    ]))!;
  }
  const id = idOf('QuickReply', input.quickReplyId);
  const updated =
    id && (await selectOne<QuickReplyRow>(em, 'update quick_reply set folder_id = ?, title = ?, text = ? where id = ? and project_id = ? returning *', [folder?.id ?? null, title, text, id, viewer.project.id]));
  if (!updated) throw quickReplyErrors.QUICK_REPLY_NOT_FOUND('quickReplyId');
  return updated;
}

export async function deleteQuickReply(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('QuickReply', globalId);
  const deleted = id && (await selectOne(em, 'delete from quick_reply where id = ? and project_id = ? returning id', [id, viewer.project.id]));
  if (!deleted) throw quickReplyErrors.QUICK_REPLY_NOT_FOUND('quickReplyId');
  return globalId;
}

/**
 * The quick reply's text with its placeholders filled from the conversation's client (quick-reply-template.ts),
 * and those left as written; null when the quick reply or the conversation is not found.
 */
export async function fillQuickReply(em: EntityManager, viewer: Viewer, quickReplyGlobalId: string, conversationGlobalId: string): Promise<FilledTemplate | null> {
  const id = idOf('QuickReply', quickReplyGlobalId);
  const reply = id && (await selectOne<QuickReplyRow>(em, 'select * from quick_reply where id = ? and project_id = ?', [id, viewer.project.id]));
  return reply ? fillText(em, viewer, reply.text, conversationGlobalId) : null;
}

/** `text` filled for the conversation's client; null when the conversation is not found. */
export async function fillText(em: EntityManager, viewer: Viewer, text: string, conversationGlobalId: string): Promise<FilledTemplate | null> {
  const conversation = await findConversation(em, viewer, conversationGlobalId);
  if (!conversation) return null;
  return fillTemplate(text.slice(0, maxTextLength), await templateValues(em, conversation.clientId, { operator: viewer.operator?.name, project: viewer.project.name }));
}

/** The values of `#{key}` for one client: their custom variables, then the built-in ones (which win). */
export async function templateValues(em: EntityManager, clientId: string, by: { operator?: string | null; project: string }) {
  const client = (await selectOne<TemplateClient>(
    em,
    'select name, phone, email, variables from client where id = ?',
    [clientId],
  ))!;
  return clientTemplateValues(client, by);
}

/** The caller's draft in a conversation; an empty text clears it. */
export async function saveDraft(em: EntityManager, viewer: Viewer, conversationGlobalId: string, text: string) {
  if (!viewer.operator) throw quickReplyErrors.DRAFT_OPERATOR_ONLY();
  const conversation = await findConversation(em, viewer, conversationGlobalId);
  if (!conversation) throw conversationErrors.CONVERSATION_NOT_FOUND('conversationId');
  if (text.length > 4096) throw quickReplyErrors.DRAFT_LENGTH('text', { max: 4096 });
  if (!text.trim()) {
    await em.execute('delete from draft where operator_id = ? and conversation_id = ?', [viewer.operator.id, conversation.id]);
    return null;
  }
  await em.execute(
    `insert into draft (id, operator_id, conversation_id, text, updated_at) values (?, ?, ?, ?, ?)
     on conflict (operator_id, conversation_id) do update set text = excluded.text, updated_at = excluded.updated_at`,
    [newId(), viewer.operator.id, conversation.id, text, new Date()],
  );
  return text;
}

export async function draftOf(em: EntityManager, viewer: Viewer, conversationId: string) {
  if (!viewer.operator) return null;
  return (await selectOne<{ text: string }>(em, 'select text from draft where operator_id = ? and conversation_id = ?', [viewer.operator.id, conversationId]))?.text ?? null;
}
