import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { Channel } from '../channels/channel.entity.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { visitorPlaceholderName } from '../clients/client-naming.ts';
import { updateClient } from '../clients/client-profile.service.ts';
import { Client } from '../clients/client.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import type { App, Visitor } from '../context.ts';
import { newId } from '../db/ids.ts';
import { select, selectOne } from '../db/rows.ts';
import { widgetErrors } from './widget.errors.ts';
import { streamPosition } from '../pubsub/stream.ts';
import { announceClientChanges } from '../clients/client-activity.service.ts';
import { messageColumns, type MessageRow } from '../messages/message.entity.ts';
import { idempotencyKey, receiveClientMessage } from '../messages/message.service.ts';
import { spendAttempts } from '../limits/throttle.ts';

type StartInput = { publicKey: string; visitorToken?: string | null; name?: string | null };

/**
 * Opens the widget for a visitor: the same client again when its token is still valid on this channel,
 * otherwise a new client with a new token (shown once; only its digest is stored).
 */
export async function startWidgetSession(app: App, em: EntityManager, input: StartInput, address: string) {
  const channel = await em.findOne(Channel, { publicKey: input.publicKey, kind: 'WEBCHAT' });
  if (!channel) throw widgetErrors.WIDGET_NOT_FOUND('publicKey');
  const known = input.visitorToken
    ? await em.findOne(ClientChannel, { accessTokenHash: tokenHash(input.visitorToken), channelId: channel.id })
    : null;
  // The position first: what changes after the messages are read is replayed from it.
  if (known) return { visitorToken: input.visitorToken!, channel, cursor: await streamPosition(app.orm), messages: await recentMessages(em, known.id) };
  // Only new visitors count: one coming back with their token is never refused.
  await spendAttempts(app.buckets, [
    { key: `widget:address:${address}`, rule: app.limits.widgetStartsPerAddress, refuse: widgetErrors.WIDGET_ADDRESS_THROTTLED },
    { key: `widget:channel:${channel.id}`, rule: app.limits.widgetStartsPerChannel, refuse: widgetErrors.WIDGET_CHANNEL_THROTTLED },
  ]);

  const name = input.name?.trim().slice(0, 100);
  const visitorId = randomBytes(6).toString('hex');
  const visitorToken = newToken('vis');
  const clientId = newId();
  await em.transactional(async (tx) => {
    tx.create(Client, { id: clientId, projectId: channel.projectId, name: name || visitorPlaceholderName(visitorId) });
    tx.create(ClientChannel, {
      projectId: channel.projectId,
      clientId,
      channelId: channel.id,
      platformId: `visitor-${visitorId}`,
      accessTokenHash: tokenHash(visitorToken),
    });
    await tx.flush();
    // The Audience's rows and outgoing webhooks (`client.created`) hear of the new client.
    await announceClientChanges(tx, [{ client: { id: clientId, projectId: channel.projectId }, created: true }]);
  });
  return { visitorToken, channel, cursor: await streamPosition(app.orm), messages: [] };
}

/**
 * The visitor's answers to the pre-chat form, checked and recorded as any edit of the profile (the history names no
 * operator). Blank answers change nothing. The edit is made as the project with no operator and only ever on the
 * visitor's own client: the permissions table is not consulted, as a visitor holds none.
 */
export async function introduceVisitor(app: App, em: EntityManager, visitor: Visitor, input: { name?: string | null; email?: string | null; phone?: string | null }) {
  const own = (await selectOne<{ clientId: string; projectId: string }>(em, 'select client_id, project_id from client_channel where id = ?', [visitor.clientChannelId]))!;
  const project = await em.findOneOrFail(Project, own.projectId);
  const answer = (value: string | null | undefined) => (value?.trim() ? value.trim() : undefined);
  return updateClient(app, em, { project, operator: null, tokenId: `visitor:${visitor.clientChannelId}`, expiresAt: null }, {
    clientId: toGlobalId('Client', own.clientId),
    name: answer(input.name),
    email: answer(input.email),
    phone: answer(input.phone),
  });
}

// Never a scheduled message before it is sent, nor a cancelled one.
const ofVisitor = `from message m join conversation c on c.id = m.conversation_id
  where c.client_channel_id = ? and m.sender_kind <> 'SYSTEM' and m.status not in ('SCHEDULED', 'CANCELLED')`;
const visibleToVisitor = `${ofVisitor} and m.deleted_at is null`;

/** The visitor's conversation, oldest first, the last 100 messages. */
export async function recentMessages(em: EntityManager, clientChannelId: string) {
  const newest = await select<MessageRow>(em, `select ${messageColumns('m')} ${visibleToVisitor} order by m.created_at desc, m.id desc limit 100`, [clientChannelId]);
  return newest.reverse();
}

export async function sendVisitorMessage(app: App, em: EntityManager, visitor: Visitor, text: string, key: string) {
  const dedupeKey = idempotencyKey(key, 'webchat')!;
  return receiveClientMessage(app, em, { clientChannelId: visitor.clientChannelId, text, dedupeKey });
}

/** A message of the visitor's own conversation (a deleted one too, so the widget removes it), or null for anything else. */
export async function visitorMessage(em: EntityManager, visitor: Visitor, messageId: string) {
  return selectOne<MessageRow>(em, `select ${messageColumns('m')} ${ofVisitor} and m.id = ?`, [visitor.clientChannelId, messageId]);
}
