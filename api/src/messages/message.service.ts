import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { autoAssign } from '../conversations/auto-assign.service.ts';
import { recordEvent } from '../conversations/conversation-actions.service.ts';
import { findConversation } from '../conversations/conversation.service.ts';
import { newId } from '../db/ids.ts';
import { pgArray, selectOne, selectPrepared } from '../db/rows.ts';
import type { StoredFileRow } from '../files/file.entity.ts';
import { attachableFiles, attachToMessage } from '../files/file.service.ts';
import { keysetConnection } from '../graphql/connection.ts';
import { announceClientChanges, recordClientActivity } from '../clients/client-activity.service.ts';
import { conversationErrors } from '../conversations/conversation.errors.ts';
import { topics } from '../pubsub/pubsub.ts';
import { announce, inboxEvent, messageChanged, writeAnnouncing } from '../pubsub/outbox.ts';
import { messageColumns, type MessageRow, type MessageStatus } from './message.entity.ts';
import { onClientMessage } from '../processes/process-triggers.ts';
import { messageErrors } from './message.errors.ts';
import type { ReplyRefusal } from '../generated/graphql.ts';
import type { DeliveryFailure } from '../channels/drivers/driver.ts';
import type { ChannelKind, ChannelRow } from '../channels/channel.entity.ts';
import { driverChannel } from '../channels/channels.ts';

export const maxTextLength = 4096;

/** The message's text, trimmed; it may be empty when files go with it. */
export function validText(text: string, withFiles = false, max = maxTextLength): string {
  const trimmed = text.trim();
  if (!trimmed && !withFiles) throw messageErrors.MESSAGE_EMPTY('text');
  if (trimmed.length > max) {
    throw messageErrors.MESSAGE_LENGTH('text', { max });
  }
  return trimmed;
}

/** A conversation's messages, newest first, paged backwards in time. */
export async function listMessages(em: EntityManager, conversationId: string, page: { first?: number | null; after?: string | null }) {
  return keysetConnection<MessageRow>(
    em,
    { name: 'messages', from: 'message', columns: messageColumns(), where: 'conversation_id = ?', params: [conversationId], column: 'created_at', at: (m) => m.createdAt },
    page,
  );
}

type NewMessage = Pick<MessageRow, 'projectId' | 'conversationId' | 'direction' | 'senderKind' | 'authorId' | 'text' | 'status'> & {
  dedupeKey: string | null;
  externalId?: string | null;
  /** A blocked client's message: stored, but the conversation does not change (no unread, no reopening). */
  quiet?: boolean;
  /** A scheduled message's due time: its place in the timeline until it is sent; the conversation does not change. */
  scheduledAt?: Date;
  /** Quick replies offered with it (a process block's buttons). */
  buttons?: readonly string[];
  /** E-mail: its subject and sanitised HTML body; a client's mail also the ids of the thread it answers. */
  subject?: string | null;
  html?: string | null;
  mailReferences?: readonly string[] | null;
  /** WhatsApp: the approved template it is sent as. */
  template?: { name: string; language: string; parameters: string[] } | null;
  /** A client's own message: the client it keeps active (and brings back when deleted or archived). */
  clientId?: string;
};

/**
 * Stores a message unless its dedupe key is taken (then answers the stored one, `created: false`), and makes it
 * the conversation's last message, never moving that back in time; a client's message counts as unread and
 * reopens the conversation. Times come from this process's clock, in milliseconds like the cursors.
 */
export async function storeMessage(tx: EntityManager, values: NewMessage) {
  const now = new Date();
  const inbound = values.direction === 'INBOUND';
  const touches = !values.quiet && !values.scheduledAt;
  const touchesClient = touches && values.clientId != null;
  // One statement, one round trip: the message, then (only when it is new) the conversation's last message, unread
  // count and status, and the client's activity. The conversation's row lock serialises concurrent messages of one
  // conversation, so no unread count is lost. It is the no-key kind: the message inserted holds a key-share lock on
  // the row (its foreign key), and two sends that both asked for the full lock after that would deadlock. The values
  // from before the updates tell whether a client's message reopened or unarchived the conversation, or brought a
  // deleted or archived client back.
  const row = await selectOne<MessageRow & { beforeStatus: string | null; beforeArchivedAt: Date | null; clientDeletedAt: Date | null; clientArchivedAt: Date | null }>(
    tx,
    `with m as (
       insert into message (id, project_id, conversation_id, direction, sender_kind, author_id, text, buttons, status, dedupe_key, external_id, created_at, scheduled_at, delivered_at, subject, html, mail_references, template)
       values (?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::jsonb) on conflict (conversation_id, dedupe_key) do nothing returning ${messageColumns()}),
     before as (select id, status, archived_at from conversation where id = ? and ?::boolean and exists (select 1 from m) for no key update),
     touched as (
       update conversation c set last_message_id = case when c.last_activity_at <= ? then m.id else c.last_message_id end,
         last_activity_at = greatest(c.last_activity_at, ?), unread_count = c.unread_count + ?,
         status = case when ? then 'OPEN' else c.status end, closed_at = case when ? then null else c.closed_at end,
         archived_at = case when ? then null else c.archived_at end
       from before, m where c.id = before.id
       returning before.status, before.archived_at),
     client_before as (select id, deleted_at, archived_at from client where id = ? and ?::boolean and exists (select 1 from m) for update),
     client_touched as (
       update client c set last_activity_at = greatest(c.last_activity_at, ?), deleted_at = null, archived_at = null
         from client_before b where c.id = b.id returning b.deleted_at, b.archived_at)
     select m.*, touched.status as before_status, touched.archived_at as before_archived_at,
            client_touched.deleted_at as client_deleted_at, client_touched.archived_at as client_archived_at
       from m left join touched on true left join client_touched on true`,
    [newId(), values.projectId, values.conversationId, values.direction, values.senderKind, values.authorId, values.text, pgArray(values.buttons ?? []), values.status,
      values.dedupeKey, values.externalId ?? null, values.scheduledAt ?? now, values.scheduledAt ?? null, inbound ? now : null, values.subject?.slice(0, 998) ?? null,
      values.html ?? null, values.mailReferences ? pgArray(values.mailReferences) : null, values.template ? JSON.stringify(values.template) : null,
      values.conversationId, touches, now, now, inbound ? 1 : 0, inbound, inbound, inbound,
      values.clientId ?? null, touchesClient, now],
  );
  if (!row) {
    const earlier = await selectOne<MessageRow>(tx, `select ${messageColumns()} from message where conversation_id = ? and dedupe_key = ?`, [
      values.conversationId,
      values.dedupeKey,
    ]);
    return { message: earlier!, created: false, events: [], clientActivities: [] };
  }
  const { beforeStatus, beforeArchivedAt, clientDeletedAt, clientArchivedAt, ...message } = row;
  // A client writing again brings a closed or archived conversation back, and the timeline says so.
  const events: string[] = [];
  const conversation = { id: values.conversationId, projectId: values.projectId };
  if (inbound && beforeStatus === 'CLOSED') events.push(await recordEvent(tx, conversation, null, { type: 'REOPENED' }));
  if (inbound && beforeArchivedAt) events.push(await recordEvent(tx, conversation, null, { type: 'UNARCHIVED' }));
  // And a deleted or archived client, recorded in its history.
  const clientActivities: string[] = [];
  const client = { id: values.clientId!, projectId: values.projectId };
  if (clientDeletedAt) clientActivities.push(await recordClientActivity(tx, client, null, { type: 'RESTORED', summary: 'Client restored: they wrote again', data: { byClient: true } }));
  if (clientArchivedAt) clientActivities.push(await recordClientActivity(tx, client, null, { type: 'UNARCHIVED', summary: 'Client unarchived: they wrote again', data: { byClient: true } }));
  return { message: message as MessageRow, created: true, events, clientActivities };
}

/** The caller's key for retrying a send safely: a second request with the same key stores nothing new. */
export function idempotencyKey(key: string | null | undefined, scope: 'api' | 'webchat') {
  if (key == null) return null;
  if (!key || key.length > 100) throw messageErrors.MESSAGE_IDEMPOTENCY_KEY_LENGTH('idempotencyKey', { max: 100 });
  return `${scope}:${key}`;
}

type SendInput = {
  conversationId: string;
  text: string;
  idempotencyKey?: string | null;
  asBot?: boolean | null;
  fileIds?: readonly string[] | null;
  /** E-mail: the subject (null: "Re: " the client's last one). */
  subject?: string | null;
  /** WhatsApp: an approved template instead of free text (the only thing it takes outside the reply window). */
  template?: { name: string; language: string; parameters: readonly string[] } | null;
};

type DeliveryTarget = { kind: ChannelKind; status: string; unreachable: boolean; blocked: boolean; lastInboundAt: Date | null };

/** Where a reply would go, in one statement: the channel, whether the client blocked or cannot be reached, the reply window. */
const deliveryTarget = async (em: EntityManager, conversationId: string) =>
  (await selectOne<DeliveryTarget>(
    em,
    `select ch.kind, ch.status, cc.unreachable_at is not null as unreachable, cl.blocked_at is not null as blocked,
       (select max(created_at) from message where conversation_id = c.id and direction = 'INBOUND') as last_inbound_at
       from conversation c join channel ch on ch.id = c.channel_id join client_channel cc on cc.id = c.client_channel_id
       join client cl on cl.id = c.client_id where c.id = ?`,
    [conversationId],
  ))!;

/**
 * Why no reply goes to a conversation now, whatever it says: the client is blocked, the channel is paused or
 * disconnected, the client blocked the bot or left the chat there; null when replies are taken (internal notes
 * always are). `Conversation.replyRefusal` answers it, so the composer says it before anything is typed.
 */
export function replyRefusal(app: App, target: Pick<DeliveryTarget, 'kind' | 'status' | 'unreachable' | 'blocked'>): ReplyRefusal | null {
  if (target.blocked) return 'CLIENT_BLOCKED';
  if (target.status !== 'ACTIVE' || !app.channels.drivers[target.kind]) return 'CHANNEL_NOT_ACTIVE';
  if (target.unreachable) return 'CLIENT_UNREACHABLE';
  return null;
}

// sendMessage's refusal for each.
const refusals = {
  CLIENT_BLOCKED: messageErrors.MESSAGE_CLIENT_BLOCKED,
  CHANNEL_NOT_ACTIVE: messageErrors.MESSAGE_CHANNEL_NOT_ACTIVE,
  CLIENT_UNREACHABLE: messageErrors.MESSAGE_CLIENT_UNREACHABLE,
} satisfies Record<ReplyRefusal, unknown>;

/**
 * What the conversation's messenger takes (channel.capabilities): its text length, its file kinds, its reply
 * window (WhatsApp: 24 hours after the client's last message). Checked before anything is stored, so a reply is
 * refused in words instead of failing at delivery.
 */
function requireDeliverable(app: App, target: DeliveryTarget, text: string, files: readonly StoredFileRow[], template: boolean) {
  const { capabilities } = app.channels.drivers[target.kind]!;
  if (text.length > capabilities.maxTextLength) throw messageErrors.MESSAGE_LENGTH('text', { max: capabilities.maxTextLength });
  const refused = files.find((file) => !capabilities.media.includes(file.kind));
  if (refused) throw messageErrors.MESSAGE_MEDIA_UNSUPPORTED('fileIds', { kind: refused.kind });
  if (template && !capabilities.templates) throw messageErrors.MESSAGE_TEMPLATE_UNSUPPORTED('template');
  if (!template && capabilities.replyWindowMs !== null && (!target.lastInboundAt || Date.now() - target.lastInboundAt.getTime() > capabilities.replyWindowMs)) {
    throw messageErrors.MESSAGE_OUTSIDE_REPLY_WINDOW('conversationId', { hours: Math.round(capabilities.replyWindowMs / 3600_000) });
  }
}

/**
 * A template's text filled with its parameters (`{{1}}`, `{{2}}`…), from the channel's approved templates: what the
 * timeline shows of a template message. Refused when the channel has no such template or the count differs.
 */
async function filledTemplate(app: App, em: EntityManager, conversationId: string, template: NonNullable<SendInput['template']>) {
  const channel = (await selectOne<ChannelRow>(em, 'select ch.* from conversation c join channel ch on ch.id = c.channel_id where c.id = ?', [conversationId]))!;
  const driver = app.channels.drivers[channel.kind];
  if (!driver?.templates) throw messageErrors.MESSAGE_TEMPLATE_UNSUPPORTED('template');
  const found = (await driver.templates(driverChannel(app, channel))).find((t) => t.name === template.name && t.language === template.language);
  if (!found) throw messageErrors.MESSAGE_TEMPLATE_NOT_FOUND('template');
  if (found.parameters !== template.parameters.length) throw messageErrors.MESSAGE_TEMPLATE_PARAMETERS('template', { count: found.parameters });
  return found.text.replace(/\{\{(\d+)\}\}/g, (_, n: string) => template.parameters[Number(n) - 1] ?? '');
}

/**
 * An operator's (or an API token's) reply, checked and stored in one transaction (with `scheduledAt`: as
 * SCHEDULED, else QUEUED) unless the idempotency key repeats an earlier send (`created: false`, the first message).
 * `inTransaction` adds to the same transaction (a timeline event).
 */
export async function storeOperatorMessage(
  app: App,
  em: EntityManager,
  viewer: Viewer,
  input: SendInput,
  scheduled?: { at: Date; inTransaction: (tx: EntityManager, message: MessageRow) => Promise<unknown> },
) {
  const plain = input.template ? null : validText(input.text, Boolean(input.fileIds?.length));
  // An integration's retry after a lost answer must not be a second message: tokens say which send a retry repeats.
  if (!viewer.operator && !input.idempotencyKey) throw messageErrors.MESSAGE_IDEMPOTENCY_KEY_REQUIRED('idempotencyKey');
  const dedupeKey = idempotencyKey(input.idempotencyKey, 'api');
  const conversation = await findConversation(em, viewer, input.conversationId);
  if (!conversation) throw conversationErrors.CONVERSATION_NOT_FOUND('conversationId');
  const target = await deliveryTarget(em, conversation.id);
  const refusal = replyRefusal(app, target);
  if (refusal) throw refusals[refusal]('conversationId');
  const text = plain ?? (await filledTemplate(app, em, conversation.id, input.template!));
  const files = await attachableFiles(em, viewer, input.fileIds);
  requireDeliverable(app, target, text, files, Boolean(input.template));
  return em.transactional(async (tx) => {
    const stored = await storeMessage(tx, {
      projectId: viewer.project.id,
      conversationId: conversation.id,
      direction: 'OUTBOUND',
      // A project API token writes as the bot; an operator as themself, or on behalf of the bot (still the author).
      senderKind: viewer.operator && !input.asBot ? 'OPERATOR' : 'BOT',
      authorId: viewer.operator?.id ?? null,
      text,
      status: scheduled ? 'SCHEDULED' : 'QUEUED',
      dedupeKey,
      scheduledAt: scheduled?.at,
      subject: input.subject?.trim() || null,
      template: input.template ? { name: input.template.name, language: input.template.language, parameters: [...input.template.parameters] } : null,
    });
    if (stored.created) {
      await attachToMessage(tx, stored.message, conversation.clientId, files, viewer.operator?.id ?? null);
      await announce(tx, ...inboxEvent(viewer.project.id, { kind: 'MESSAGE_ADDED', conversationId: conversation.id, messageId: stored.message.id }));
      await scheduled?.inTransaction(tx, stored.message);
    }
    return stored;
  });
}

/**
 * An operator's (or an API token's) reply: stored as QUEUED before anything else, then handed to durable
 * delivery. The same idempotency key twice returns the first message.
 */
export async function sendOperatorMessage(app: App, em: EntityManager, viewer: Viewer, input: SendInput) {
  const { message, created } = await storeOperatorMessage(app, em, viewer, input);
  if (!created) return message;
  // Committed as QUEUED: handed to Temporal in the background, so that the answer never waits for it.
  app.deliveryQueue.handOver(message.id);
  return message;
}

type InboundInput = {
  clientChannelId: string;
  text: string;
  dedupeKey: string;
  externalId?: string;
  files?: readonly StoredFileRow[];
  subject?: string | null;
  html?: string | null;
  /** E-mail: the ids of the thread the mail answers, oldest first. */
  mailReferences?: readonly string[] | null;
  /** From a messenger (an e-mail, say): longer than the composer allows is still the client's message. */
  maxLength?: number;
};

/**
 * A client's message from a channel: stored (and de-duplicated by the channel's own id) before the caller
 * acknowledges it. The client's conversation is created on the first message and reopened by later ones.
 */
export async function receiveClientMessage(app: App, em: EntityManager, input: InboundInput) {
  const text = validText(input.text, Boolean(input.files?.length || input.html), input.maxLength);
  const open = input.files?.length ? null : await receiveInOpenConversation(em, input, text);
  // One statement announced the message's events with it: this node publishes them now (a transaction's commit does).
  if (open?.created) await app.outbox.drain();
  const { message, created, conversationCreated, blocked, clientId, channelId, processes } = open ?? (await receiveInTransaction(em, input, text));
  if (created && !blocked) {
    // Best effort: the message is stored either way; an unassigned conversation waits in Unassigned.
    if (conversationCreated) await autoAssign(app, em, message.conversationId).catch((e: unknown) => console.error('[auto-assign]', e));
    // Business processes: a question waiting for this answer, and the triggers (best effort, like auto-assignment).
    await onClientMessage(app, em, { id: message.id, text: message.text, projectId: message.projectId, clientId, channelId, firstOfClient: conversationCreated, processes }).catch(
      (e: unknown) => console.error('[processes]', e),
    );
  }
  return message;
}

/**
 * The common case in one statement (one round trip, atomic without a transaction): the conversation exists and is
 * open, the client is neither blocked, deleted nor archived, and no files come with it. Both rows are locked as the
 * transaction below locks them, and their state is checked again on the locked rows; anything else (or a message
 * with files) answers null, for the transaction, which also records what reopening or restoring changes.
 */
async function receiveInOpenConversation(em: EntityManager, input: InboundInput, text: string) {
  const now = new Date();
  // Every column of the message is null on a retry (its key taken): the conversation's columns are not.
  const [row] = await selectPrepared<Partial<MessageRow> & { convClientId: string; convChannelId: string; runs: boolean; triggers: boolean }>(
    em,
    `with conv as (
       select c.id, c.project_id, c.client_id, c.channel_id from conversation c join client cl on cl.id = c.client_id
        where c.client_channel_id = ? and c.status = 'OPEN' and c.archived_at is null
          and cl.blocked_at is null and cl.deleted_at is null and cl.archived_at is null
        for no key update of c for update of cl),
     m as (
       insert into message (id, project_id, conversation_id, direction, sender_kind, text, buttons, status, dedupe_key, external_id, created_at, delivered_at, subject, html, mail_references)
       select ?, project_id, id, 'INBOUND', 'CLIENT', ?, '{}', 'DELIVERED', ?, ?, ?, ?, ?, ?, ?::text[] from conv
       on conflict (conversation_id, dedupe_key) do nothing returning ${messageColumns()}),
     touched as (
       update conversation c set last_message_id = case when c.last_activity_at <= ? then m.id else c.last_message_id end,
         last_activity_at = greatest(c.last_activity_at, ?), unread_count = c.unread_count + 1
         from m where c.id = m.conversation_id returning c.id),
     client_touched as (
       update client cl set last_activity_at = greatest(cl.last_activity_at, ?) from conv, m where cl.id = conv.client_id returning cl.id),
     -- Its events, committed with it (pubsub/outbox.ts): the inbox's and the conversation's (MESSAGE_ADDED), the visitor's.
     announced as (
       insert into outbox_event (topic, event)
       select t.topic, t.event from m, lateral (select jsonb_build_object('kind', 'MESSAGE_ADDED', 'conversationId', m.conversation_id, 'messageId', m.id) as added) e,
         lateral (values (?::text || m.project_id, e.added), (?::text || m.conversation_id, e.added), (?, jsonb_build_object('messageId', m.id))) t(topic, event))
     select m.*, conv.client_id as conv_client_id, conv.channel_id as conv_channel_id,
       exists (select 1 from process_run r where r.client_id = conv.client_id and r.status = 'AUTO') as runs,
       exists (select 1 from process p where p.project_id = conv.project_id and p.published_version > 0) as triggers
     from conv left join m on true`,
    [
      input.clientChannelId, newId(), text, input.dedupeKey, input.externalId ?? null, now, now, input.subject?.slice(0, 998) ?? null, input.html ?? null,
      input.mailReferences ? pgArray(input.mailReferences) : null, now, now, now, topics.inbox(''), topics.conversation(''), topics.visitor(input.clientChannelId),
    ],
  );
  if (!row) return null;
  const { convClientId, convChannelId, runs, triggers, ...message } = row;
  // Whether the client has a running process, and the project a published one: the usual none costs no statement more.
  const common = { conversationCreated: false, blocked: false, clientId: convClientId, channelId: convChannelId, processes: { runs, triggers } };
  if (message.id) return { ...common, message: message as MessageRow, created: true };
  // A retry: the message stored before.
  const earlier = await selectOne<MessageRow>(em, `select ${messageColumns('m')} from message m join conversation c on c.id = m.conversation_id where c.client_channel_id = ? and m.dedupe_key = ?`, [
    input.clientChannelId,
    input.dedupeKey,
  ]);
  return { ...common, message: earlier!, created: false };
}

/** Any message of a client: creates their conversation on the first one, reopens it, restores the client, with files. */
async function receiveInTransaction(em: EntityManager, input: InboundInput, text: string) {
  return em.transactional(async (tx) => {
    const now = new Date();
    // Creates the client's conversation on their first message, or finds (and locks) it.
    const conversation = await selectOne<{ id: string; projectId: string; clientId: string; channelId: string; created: boolean; blocked: boolean }>(
      tx,
      `insert into conversation (id, project_id, client_id, channel_id, client_channel_id, status, last_activity_at, unread_count, created_at)
       select ?, project_id, client_id, channel_id, id, 'OPEN', ?, 0, ? from client_channel where id = ?
       on conflict (client_channel_id) do update set client_channel_id = excluded.client_channel_id
       returning id, project_id, client_id, channel_id, xmax = 0 as created,
         (select blocked_at is not null from client where client.id = conversation.client_id) as blocked`,
      [newId(), now, now, input.clientChannelId],
    );
    const stored = await storeMessage(tx, {
      projectId: conversation!.projectId,
      conversationId: conversation!.id,
      direction: 'INBOUND',
      senderKind: 'CLIENT',
      authorId: null,
      text,
      status: 'DELIVERED',
      dedupeKey: input.dedupeKey,
      externalId: input.externalId,
      subject: input.subject,
      html: input.html,
      mailReferences: input.mailReferences,
      quiet: conversation!.blocked,
      clientId: conversation!.clientId,
    });
    if (stored.created && input.files?.length) await attachToMessage(tx, stored.message, conversation!.clientId, input.files, null);
    const { projectId, clientId } = conversation!;
    await announceClientChanges(tx, stored.clientActivities.map((activityId) => ({ client: { id: clientId, projectId }, activityId })));
    // A retry of a message we already have, or a blocked client's message, raises nothing.
    if (stored.created && !conversation!.blocked) {
      const { id: messageId, conversationId } = stored.message;
      await announce(
        tx,
        ...stored.events.flatMap((eventId) => inboxEvent(projectId, { kind: 'CONVERSATION_UPDATED', conversationId, eventId })),
        ...inboxEvent(projectId, { kind: conversation!.created ? 'CONVERSATION_CREATED' : 'MESSAGE_ADDED', conversationId, messageId }),
        { topic: topics.visitor(input.clientChannelId), event: { messageId } },
      );
    }
    return { ...stored, conversationCreated: conversation!.created, blocked: conversation!.blocked, clientId, channelId: conversation!.channelId, processes: undefined };
  });
}

// The statuses delivery moves a message to (SCHEDULED and CANCELLED belong to scheduling, scheduled/).
type DeliveryStatus = Exclude<MessageStatus, 'QUEUED' | 'SCHEDULED' | 'CANCELLED'>;

const allowedFrom: Record<DeliveryStatus, MessageStatus[]> = {
  SENT: ['QUEUED'],
  DELIVERED: ['QUEUED', 'SENT'],
  READ: ['QUEUED', 'SENT', 'DELIVERED'],
  // A platform may report a failure after it took the message (WhatsApp's `failed` after `sent`).
  FAILED: ['QUEUED', 'SENT'],
};

/**
 * Moves a message to a delivery status. Only forward moves apply, so a retried activity or a late
 * messenger receipt can never take a message back; answers whether anything changed.
 */
export async function setMessageStatus(
  app: App,
  em: EntityManager,
  messageId: string,
  status: DeliveryStatus,
  details: { externalId?: string; failureReason?: string; failureCode?: DeliveryFailure } = {},
): Promise<boolean> {
  const column = { SENT: 'sent_at', DELIVERED: 'delivered_at', READ: 'read_at', FAILED: null }[status];
  const changed = await writeAnnouncing<{ projectId: string; conversationId: string }>(
    em,
    `update message set status = ?, external_id = coalesce(?, external_id), failure_reason = ?, failure_code = ?${column ? `, ${column} = now()` : ''}
      where id = ? and status in (?) returning project_id, conversation_id`,
    [
      status,
      details.externalId ?? null,
      status === 'FAILED' ? (details.failureReason ?? 'Delivery failed.').slice(0, 255) : null,
      status === 'FAILED' ? (details.failureCode ?? 'PLATFORM_ERROR') : null,
      messageId,
      allowedFrom[status],
    ],
    (tx, row) => announce(tx, ...messageChanged({ ...row, id: messageId })),
  );
  return changed !== null;
}
