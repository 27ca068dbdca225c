import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { newId } from '../db/ids.ts';
import { selectOne } from '../db/rows.ts';
import { boundedText } from '../graphql/errors.ts';
import { idOf } from '../graphql/global-id.ts';
import type { Locale } from '../operators/operator.entity.ts';
import type { ChannelKind, ChannelRow, PreChatField } from './channel.entity.ts';
import { channelErrors } from './channel.errors.ts';
import { requireRoom } from '../limits/list-caps.ts';
import { encryptSecrets } from './channel-secrets.ts';
import { driverChannel, webhookUrlOf } from './channels.ts';
import { ChannelConnectError, type ChannelConfig, type ChannelSecrets } from './drivers/driver.ts';
import { recordChannelError } from './inbound/inbound-runner.ts';

/**
 * A new channel of the viewer's project. A messenger's credentials are checked with the platform first (nothing is
 * stored when they do not work), kept encrypted, and the platform told where to deliver (webhook or polling).
 */
export async function createChannel(app: App, em: EntityManager, viewer: Viewer, input: { kind: ChannelKind; name?: string | null; fields?: readonly { name: string; value: string }[] | null }) {
  const driver = app.channels.drivers[input.kind];
  if (!driver) throw channelErrors.CHANNEL_KIND_UNSUPPORTED('kind', { kind: input.kind });
  const given = input.name?.trim() ? boundedText(input.name, 'name', channelErrors.CHANNEL_NAME_LENGTH) : null;
  if (!given && !driver.connect) throw channelErrors.CHANNEL_NAME_LENGTH('name', { max: 100 });
  await requireRoom(em, 'Project.channels', ['select count(*)::int as n from channel where project_id = ?', [viewer.project.id]], channelErrors.CHANNEL_LIMIT, 'name');
  const id = newId();
  let connected: { config: ChannelConfig; secrets: ChannelSecrets; name: string } = { config: {}, secrets: {}, name: given ?? '' };
  if (driver.connect) {
    const answers = Object.fromEntries((input.fields ?? []).slice(0, 20).map((field) => [field.name, field.value.slice(0, 2000)]));
    for (const field of driver.fields ?? []) {
      if (!field.optional && !answers[field.name]?.trim()) throw channelErrors.CHANNEL_FIELD_MISSING('fields', { field: field.name });
    }
    const webhookUrl = webhookUrlOf(app, id);
    // A platform that only calls webhooks (WhatsApp) cannot reach an installation without a public address.
    if (!webhookUrl && !driver.listen) throw channelErrors.CHANNEL_CONNECT_FAILED('kind', { reason: 'this messenger delivers only to a public address: set PUBLIC_URL.' });
    try {
      connected = await driver.connect(answers, webhookUrl);
    } catch (error) {
      if (error instanceof ChannelConnectError) throw channelErrors.CHANNEL_CONNECT_FAILED('fields', { reason: error.message });
      throw error;
    }
  }
  // The widget's address: public (embedded in the business's site) but unguessable, so nobody lists other widgets.
  const publicKey = randomBytes(12).toString('base64url');
  const channel = (await selectOne<ChannelRow>(
    em,
    `insert into channel (id, project_id, kind, name, public_key, config, secrets, status, created_at) values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?) returning *`,
    [id, viewer.project.id, input.kind, (given ?? connected.name).slice(0, 100) || input.kind, publicKey, JSON.stringify(connected.config),
      driver.connect ? encryptSecrets(app.channels.secretsKey, id, connected.secrets) : null, new Date()],
  ))!;
  // Stored first: the platform may check the webhook address before it takes it (WhatsApp's override).
  try {
    await activate(app, em, channel, { connecting: true });
  } catch (error) {
    await em.execute('delete from channel where id = ?', [channel.id]);
    throw error;
  }
  return channel;
}

/**
 * Tells the platform where to deliver (its webhook, or none for polling); the health shows how it went. While
 * connecting, a refusal in words (ChannelConnectError) is the operator's to fix: it fails the connect instead.
 */
async function activate(app: App, em: EntityManager, channel: ChannelRow, options: { connecting?: boolean } = {}) {
  const driver = app.channels.drivers[channel.kind];
  try {
    await driver?.activate?.(driverChannel(app, channel));
    if (driver?.activate) await em.execute('update channel set connected_at = now(), last_error = null, last_error_at = null where id = ?', [channel.id]);
  } catch (error) {
    if (options.connecting && error instanceof ChannelConnectError) throw channelErrors.CHANNEL_CONNECT_FAILED('fields', { reason: error.message });
    await recordChannelError(app, channel.id, `The platform was not told where to deliver: ${error instanceof Error ? error.message : String(error)}`);
  }
  app.inbound.refresh();
}

async function requireChannel(em: EntityManager, viewer: Viewer, channelId: string) {
  const channel = await selectOne<ChannelRow>(em, 'select * from channel where id = ? and project_id = ?', [idOf('Channel', channelId), viewer.project.id]);
  if (!channel) throw channelErrors.CHANNEL_NOT_FOUND('channelId');
  return channel;
}

/** Pauses (nothing received or sent) or resumes a connected channel. */
export async function setChannelPaused(app: App, em: EntityManager, viewer: Viewer, channelId: string, paused: boolean) {
  const channel = await requireChannel(em, viewer, channelId);
  if (channel.status === 'DISCONNECTED') throw channelErrors.CHANNEL_NOT_ACTIVE('channelId');
  const updated = (await selectOne<ChannelRow>(em, 'update channel set status = ? where id = ? returning *', [paused ? 'PAUSED' : 'ACTIVE', channel.id]))!;
  if (paused) await app.channels.drivers[channel.kind]?.deactivate?.(driverChannel(app, channel), 'pause').catch(() => {});
  else await activate(app, em, updated);
  app.inbound.refresh();
  return updated;
}

/** The platform stops calling and the secrets go; the channel's clients and conversations stay. */
export async function disconnectChannel(app: App, em: EntityManager, viewer: Viewer, channelId: string) {
  const channel = await requireChannel(em, viewer, channelId);
  if (channel.status !== 'DISCONNECTED') await app.channels.drivers[channel.kind]?.deactivate?.(driverChannel(app, channel), 'disconnect').catch(() => {});
  const updated = (await selectOne<ChannelRow>(
    em,
    `update channel set status = 'DISCONNECTED', secrets = null, listen_owner = null, listen_until = null where id = ? returning *`,
    [channel.id],
  ))!;
  app.inbound.refresh();
  return updated;
}

/** A short test message through the channel to `to`, or to whoever wrote to it last; kept in no conversation. */
export async function testChannel(app: App, em: EntityManager, viewer: Viewer, channelId: string, to: string | null | undefined) {
  const channel = await requireChannel(em, viewer, channelId);
  if (channel.status !== 'ACTIVE') throw channelErrors.CHANNEL_NOT_ACTIVE('channelId');
  const recipient = to?.trim()
    ? { id: '', platformId: to.trim() }
    : await selectOne<{ id: string; platformId: string }>(em, 'select id, platform_id from client_channel where channel_id = ? order by created_at desc limit 1', [channel.id]);
  if (!recipient) throw channelErrors.CHANNEL_TEST_NO_RECIPIENT('to');
  try {
    await app.channels.drivers[channel.kind]!.send({
      messageId: newId(),
      text: `Test message from ${viewer.project.name} (${channel.name}).`,
      subject: `Test message from ${viewer.project.name}`,
      channel: driverChannel(app, channel),
      clientChannelId: recipient.id,
      platformId: recipient.platformId,
    });
  } catch (error) {
    await recordChannelError(app, channel.id, error instanceof Error ? error.message : String(error));
    throw channelErrors.CHANNEL_TEST_FAILED('to', { reason: error instanceof Error ? error.message : String(error) });
  }
  await em.execute('update channel set connected_at = now(), last_error = null, last_error_at = null where id = ?', [channel.id]);
  return true;
}

/** Sets the language of the channel's widget; null lets each visitor's browser choose. */
export async function setChannelLocale(em: EntityManager, viewer: Viewer, channelId: string, locale: Locale | null) {
  const channel = await selectOne<ChannelRow>(em, 'update channel set locale = ? where id = ? and project_id = ? returning *', [locale, idOf('Channel', channelId), viewer.project.id]);
  if (!channel) throw channelErrors.CHANNEL_NOT_FOUND('channelId');
  return channel;
}

/** Sets the questions its widget asks new visitors (repeats dropped, order kept). */
export async function setChannelPreChat(em: EntityManager, viewer: Viewer, channelId: string, fields: readonly PreChatField[]) {
  const unique = [...new Set(fields)];
  const channel = await selectOne<ChannelRow>(em, 'update channel set pre_chat_fields = ? where id = ? and project_id = ? returning *', [`{${unique.join(',')}}`, idOf('Channel', channelId), viewer.project.id]);
  if (!channel) throw channelErrors.CHANNEL_NOT_FOUND('channelId');
  return channel;
}

export async function renameChannel(em: EntityManager, viewer: Viewer, channelId: string, rawName: string) {
  const name = boundedText(rawName, 'name', channelErrors.CHANNEL_NAME_LENGTH);
  const channel = await selectOne<ChannelRow>(em, 'update channel set name = ? where id = ? and project_id = ? returning *', [name, idOf('Channel', channelId), viewer.project.id]);
  if (!channel) throw channelErrors.CHANNEL_NOT_FOUND('channelId');
  return channel;
}
