import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChannelKind, ChannelRow } from '../channels/channel.entity.ts';
import { driverChannel } from '../channels/channels.ts';
import type { App, Viewer } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import { may } from '../auth/permissions.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';
import { announce, messageChanged, writeAnnouncing } from '../pubsub/outbox.ts';
import { messageColumns, type MessageRow } from './message.entity.ts';
import { messageErrors } from './message.errors.ts';
import { sendOperatorMessage, validText } from './message.service.ts';
import { conversationOfClientChannel } from '../conversations/conversation.service.ts';
import { listCap, requireRoom } from '../limits/list-caps.ts';

type Target = MessageRow & { kind: ChannelKind; clientChannelId: string; platformId: string; channel: Pick<ChannelRow, 'id' | 'projectId' | 'config' | 'secrets'> };

async function requireMessage(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('Message', globalId);
  const message =
    id &&
    (await selectOne<Target>(
      em,
      `select ${messageColumns('m')}, ch.kind, cc.id as client_channel_id, cc.platform_id,
         json_build_object('id', ch.id, 'projectId', ch.project_id, 'config', ch.config, 'secrets', ch.secrets) as channel
         from message m join conversation c on c.id = m.conversation_id join client_channel cc on cc.id = c.client_channel_id
         join channel ch on ch.id = cc.channel_id where m.id = ? and m.project_id = ?`,
      [id, viewer.project.id],
    ));
  if (!message) throw messageErrors.MESSAGE_NOT_FOUND('messageId');
  return message;
}

async function update(app: App, em: EntityManager, message: Target, set: string, params: unknown[]) {
  const updated = await writeAnnouncing<MessageRow>(em, `update message set ${set} where id = ? returning ${messageColumns()}`, [...params, message.id], (tx) =>
    announce(tx, ...messageChanged(message)),
  );
  return updated!;
}

/** The driver, if the message went out through it and the messenger still takes a change of this kind. */
function messengerFor(app: App, message: Target, change: 'edit' | 'delete') {
  const driver = app.channels.drivers[message.kind];
  const within = change === 'edit' ? driver?.capabilities.editWithinMs : driver?.capabilities.deleteWithinMs;
  const sentAt = message.sentAt?.getTime();
  const inTime = within != null && sentAt !== undefined && Date.now() - sentAt <= within;
  return { driver: inTime ? driver : undefined, within };
}

const outbound = (app: App, message: Target) => ({
  messageId: message.id,
  text: message.text,
  channel: driverChannel(app, message.channel),
  clientChannelId: message.clientChannelId,
  platformId: message.platformId,
  externalId: message.externalId ?? message.id,
});

export async function pinMessage(app: App, em: EntityManager, viewer: Viewer, messageId: string, pinned: boolean) {
  const message = await requireMessage(em, viewer, messageId);
  if (pinned && message.deletedAt) throw messageErrors.MESSAGE_PIN_DELETED('messageId');
  if (pinned && !message.pinnedAt) {
    const pins = ['select count(*)::int as n from message where conversation_id = ? and pinned_at is not null', [message.conversationId]] as [string, unknown[]];
    await requireRoom(em, 'Conversation.pinnedMessages', pins, messageErrors.MESSAGE_PIN_LIMIT, 'messageId');
  }
  return update(app, em, message, pinned ? 'pinned_at = coalesce(pinned_at, ?)' : 'pinned_at = null', pinned ? [new Date()] : []);
}

export const mayEditMessage = (viewer: Viewer, message: MessageRow) =>
  !!viewer.operator && message.authorId === viewer.operator.id && message.direction === 'OUTBOUND';

export async function editMessage(app: App, em: EntityManager, viewer: Viewer, messageId: string, newText: string) {
  const text = validText(newText);
  const message = await requireMessage(em, viewer, messageId);
  if (!mayEditMessage(viewer, message)) throw messageErrors.MESSAGE_EDIT_AUTHOR_ONLY();
  if (message.deletedAt) throw messageErrors.MESSAGE_EDIT_DELETED('messageId');
  if (message.status === 'QUEUED' || message.status === 'FAILED') throw messageErrors.MESSAGE_EDIT_NOT_SENT('messageId');
  const { driver, within } = messengerFor(app, message, 'edit');
  if (!driver?.edit) {
    throw within ? messageErrors.MESSAGE_EDIT_TOO_LATE('messageId', { hours: Math.round(within / 3600_000) }) : messageErrors.MESSAGE_EDIT_UNSUPPORTED('messageId');
  }
  // Stored first (the web chat's visitor reads it when told), then the messenger; when it refuses, it is undone.
  const updated = await update(app, em, message, 'text = ?, edited_at = ?', [text, new Date()]);
  try {
    await driver.edit({ ...outbound(app, message), text });
  } catch (error) {
    await update(app, em, message, 'text = ?, edited_at = ?', [message.text, message.editedAt]);
    throw messageErrors.MESSAGE_EDIT_REFUSED('messageId', { reason: error instanceof Error ? error.message : String(error) });
  }
  return updated;
}

export async function deleteMessage(app: App, em: EntityManager, viewer: Viewer, messageId: string) {
  const message = await requireMessage(em, viewer, messageId);
  if (!may(viewer, 'deleteMessages')) {
    throw messageErrors.MESSAGE_DELETE_FORBIDDEN();
  }
  if (message.deletedAt) return message;
  const updated = await update(app, em, message, `text = '', buttons = '{}', deleted_at = ?, pinned_at = null`, [new Date()]);
  const { driver } = messengerFor(app, message, 'delete');
  // Gone from the inbox whatever the messenger says; the client's copy goes where the messenger still allows it.
  if (message.direction === 'OUTBOUND' && driver?.delete) await driver.delete(outbound(app, message)).catch((error: unknown) => console.warn('[delete]', message.id, error));
  return updated;
}

export const pinnedMessages = (em: EntityManager, conversationId: string) =>
  select<MessageRow>(em, `select ${messageColumns()} from message where conversation_id = ? and pinned_at is not null order by pinned_at desc limit ?`, [conversationId, listCap('Conversation.pinnedMessages')]);

/**
 * A copy of the message to the same client on another of their channels: the conversation there is opened if it
 * has none yet, and the copy is delivered like any reply.
 */
export async function forwardMessage(app: App, em: EntityManager, viewer: Viewer, messageId: string, clientChannelGlobalId: string, subject?: string | null) {
  const message = await requireMessage(em, viewer, messageId);
  if (message.deletedAt) throw messageErrors.MESSAGE_FORWARD_DELETED('messageId');
  const targetId = idOf('ClientChannel', clientChannelGlobalId);
  // Another identity of the same client (not the message's own).
  const target =
    targetId &&
    (await selectOne<{ id: string }>(
      em,
      `select cc.id from client_channel cc join conversation c on c.client_id = cc.client_id
        where cc.id = ? and cc.project_id = ? and c.id = ? and cc.id <> c.client_channel_id`,
      [targetId, viewer.project.id, message.conversationId],
    ));
  if (!target) throw messageErrors.MESSAGE_FORWARD_TARGET_NOT_FOUND('clientChannelId');
  const conversation = (await conversationOfClientChannel(em, viewer, target.id))!;
  return sendOperatorMessage(app, em, viewer, { conversationId: toGlobalId('Conversation', conversation.id), text: message.text, subject: subject ?? null });
}
