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
import { createDrivers } from './delivery.service.ts';
import { requireRoom } from '../limits/list-caps.ts';

/** A new channel of the viewer's project. Only kinds with a driver can be connected (web chat for now). */
export async function createChannel(app: App, em: EntityManager, viewer: Viewer, kind: ChannelKind, rawName: string) {
  const name = boundedText(rawName, 'name', channelErrors.CHANNEL_NAME_LENGTH);
  if (!createDrivers(app)[kind]) throw channelErrors.CHANNEL_KIND_UNSUPPORTED('kind', { kind });
  await requireRoom(em, 'Project.channels', ['select count(*)::int as n from channel where project_id = ?', [viewer.project.id]], channelErrors.CHANNEL_LIMIT, 'name');
  // The widget's address: public (embedded in the business's site) but unguessable, so nobody lists other widgets.
  const publicKey = randomBytes(12).toString('base64url');
  return (await selectOne<ChannelRow>(
    em,
    'insert into channel (id, project_id, kind, name, public_key, created_at) values (?, ?, ?, ?, ?, ?) returning *',
    [newId(), viewer.project.id, kind, name, publicKey, new Date()],
  ))!;
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
