import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { newId } from '../db/ids.ts';
import { select, selectOne } from '../db/rows.ts';
import { idOf } from '../graphql/global-id.ts';
import { requireOperators } from '../operators/active-operators.ts';
import { notifyMentions } from '../operators/notification.service.ts';
import { topics } from '../pubsub/pubsub.ts';
import { announce, writeAnnouncing } from '../pubsub/outbox.ts';
import type { CommentRow } from './comment.entity.ts';
import { conversationErrors } from './conversation.errors.ts';
import { may } from '../auth/permissions.ts';
import { requireClient } from '../clients/client-profile.service.ts';
import { requireConversation } from './conversation.service.ts';
import { listCap, requireAtMost, requireRoom } from '../limits/list-caps.ts';

const maxCommentLength = 4096;

export const mayEditComment = (viewer: Viewer, comment: CommentRow) => !!viewer.operator && comment.authorId === viewer.operator.id;
export const mayDeleteComment = (viewer: Viewer, comment: CommentRow) => mayEditComment(viewer, comment) || may(viewer, 'moderateComments');

function validComment(text: string) {
  const trimmed = text.trim();
  if (!trimmed) throw conversationErrors.COMMENT_EMPTY('text');
  if (trimmed.length > maxCommentLength) throw conversationErrors.COMMENT_LENGTH('text', { max: maxCommentLength });
  return trimmed;
}

/** The operators behind mention ids, all of the viewer's project, or a NOT_FOUND user error. */
async function mentionedOperators(em: EntityManager, viewer: Viewer, globalIds: readonly string[] | null | undefined) {
  requireAtMost('Comment.mentions', globalIds ?? [], conversationErrors.COMMENT_MENTION_LIMIT, 'mentionIds');
  const found = await requireOperators(em, viewer, globalIds ?? [], 'mentionIds', conversationErrors.COMMENT_MENTION_NOT_FOUND);
  return found.map((operator) => operator.id);
}

async function requireComment(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('Comment', globalId);
  const comment = id && (await selectOne<CommentRow>(em, 'select * from comment where id = ? and project_id = ?', [id, viewer.project.id]));
  if (!comment) throw conversationErrors.COMMENT_NOT_FOUND('commentId');
  return comment;
}

/** Tells the conversation's timeline and the client's card, with the change. */
async function announceComment(tx: EntityManager, comment: CommentRow) {
  await announce(
    tx,
    { topic: topics.client(comment.clientId), event: { clientId: comment.clientId } },
    ...(comment.conversationId ? [{ topic: topics.conversation(comment.conversationId), event: { kind: 'CONVERSATION_UPDATED', conversationId: comment.conversationId, commentId: comment.id } }] : []),
  );
}

/** One statement's change of a comment, announced with it. */
const changeComment = async (em: EntityManager, sql: string, params: unknown[]) => (await writeAnnouncing<CommentRow>(em, sql, params, announceComment))!;

/** Where a note goes: the given conversation, or the client's latest conversation (none if it has none). */
async function commentTarget(em: EntityManager, viewer: Viewer, input: { conversationId?: string | null; clientId?: string | null }) {
  if (input.conversationId) {
    const conversation = await requireConversation(em, viewer, input.conversationId);
    return { conversationId: conversation.id as string | null, clientId: conversation.clientId };
  }
  const client = await requireClient(em, viewer, input.clientId ?? '');
  const latest = await selectOne<{ id: string }>(em, 'select id from conversation where client_id = ? order by last_activity_at desc limit 1', [client.id]);
  return { conversationId: latest?.id ?? null, clientId: client.id };
}

/** A comment in a conversation's timeline, or (with `clientId`) a note on the client's card. */
export async function addComment(
  app: App,
  em: EntityManager,
  viewer: Viewer,
  input: { conversationId?: string | null; clientId?: string | null; text: string; mentionIds?: readonly string[] | null },
) {
  const text = validComment(input.text);
  const target = await commentTarget(em, viewer, input);
  const mentions = await mentionedOperators(em, viewer, input.mentionIds);
  return em.transactional(async (tx) => {
    const created = (await selectOne<CommentRow>(
      tx,
      'insert into comment (id, project_id, conversation_id, client_id, author_id, text, mention_ids, created_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning *',
      [newId(), viewer.project.id, target.conversationId, target.clientId, viewer.operator?.id ?? null, text, `{${mentions.join(',')}}`, new Date()],
    ))!;
    await announceComment(tx, created);
    await notifyMentions(tx, created, mentions);
    return created;
  });
}

export async function editComment(app: App, em: EntityManager, viewer: Viewer, input: { commentId: string; text: string; mentionIds?: readonly string[] | null }) {
  const text = validComment(input.text);
  const existing = await requireComment(em, viewer, input.commentId);
  if (existing.deletedAt) throw conversationErrors.COMMENT_DELETED('commentId');
  if (!mayEditComment(viewer, existing)) throw conversationErrors.COMMENT_EDIT_AUTHOR_ONLY();
  const mentions = input.mentionIds === undefined || input.mentionIds === null ? existing.mentionIds : await mentionedOperators(em, viewer, input.mentionIds);
  return em.transactional(async (tx) => {
    const updated = (await selectOne<CommentRow>(tx, 'update comment set text = ?, mention_ids = ?, edited_at = ? where id = ? returning *', [
      text,
      `{${mentions.join(',')}}`,
      new Date(),
      existing.id,
    ]))!;
    await announceComment(tx, updated);
    await notifyMentions(tx, updated, mentions.filter((id) => !existing.mentionIds.includes(id)));
    return updated;
  });
}

export async function deleteComment(app: App, em: EntityManager, viewer: Viewer, commentId: string) {
  const existing = await requireComment(em, viewer, commentId);
  if (!mayDeleteComment(viewer, existing)) {
    throw conversationErrors.COMMENT_DELETE_FORBIDDEN();
  }
  return changeComment(em, 'update comment set deleted_at = coalesce(deleted_at, ?), pinned_at = null where id = ? returning *', [new Date(), existing.id]);
}

export async function pinComment(app: App, em: EntityManager, viewer: Viewer, commentId: string, pinned: boolean) {
  const existing = await requireComment(em, viewer, commentId);
  if (existing.deletedAt && pinned) throw conversationErrors.COMMENT_DELETED_PIN('commentId');
  if (pinned && !existing.pinnedAt && existing.conversationId) {
    const pins = ['select count(*)::int as n from comment where conversation_id = ? and pinned_at is not null and deleted_at is null', [existing.conversationId]] as [string, unknown[]];
    await requireRoom(em, 'Conversation.pinnedComments', pins, conversationErrors.COMMENT_PIN_LIMIT, 'commentId');
  }
  return changeComment(em, `update comment set pinned_at = ${pinned ? 'coalesce(pinned_at, ?)' : 'null'} where id = ? returning *`, [...(pinned ? [new Date()] : []), existing.id]);
}

export function pinnedComments(em: EntityManager, conversationId: string) {
  return select<CommentRow>(em, 'select * from comment where conversation_id = ? and pinned_at is not null and deleted_at is null order by pinned_at desc limit ?', [conversationId, listCap('Conversation.pinnedComments')]);
}
