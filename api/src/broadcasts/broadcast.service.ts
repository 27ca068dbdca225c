import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { checkedAudience, type AudienceRefusals } from '../audience/client-audience.ts';
import type { ChannelKind } from '../channels/channel.entity.ts';
import { newId } from '../db/ids.ts';
import { pgArray, select, selectOne } from '../db/rows.ts';
import { attachableFiles, maxAttachments } from '../files/file.service.ts';
import type { StartBroadcastInput } from '../generated/graphql.ts';
import { keysetConnection, type Page } from '../graphql/connection.ts';
import { idOf } from '../graphql/global-id.ts';
import { validText } from '../messages/message.service.ts';
import { publishCommitted, topics } from '../pubsub/pubsub.ts';
import { broadcastErrors } from './broadcast.errors.ts';
import { broadcastRate } from './broadcast-rates.ts';
import type { BroadcastRecipientRow, BroadcastRow, BroadcastStatus, RecipientStatus } from './broadcast.entity.ts';

export type BroadcastProgress = { broadcastId: string };

export async function publishBroadcast(app: App, broadcastId: string) {
  await publishCommitted(app.pubsub, topics.broadcast(broadcastId), { broadcastId } satisfies BroadcastProgress);
}

// Its audience's refusals: the broadcast's own reasons.
const audienceRefusals: AudienceRefusals = { required: broadcastErrors.BROADCAST_AUDIENCE_REQUIRED, count: broadcastErrors.BROADCAST_CLIENT_COUNT };

/** Creates a broadcast (RUNNING, or SCHEDULED for a later `sendAt`) and hands it to its workflow. */
export async function startBroadcast(app: App, em: EntityManager, viewer: Viewer, input: StartBroadcastInput) {
  const files = await attachableFiles(em, viewer, input.fileIds);
  if (files.length > maxAttachments || files.some((file) => !file.library)) throw broadcastErrors.BROADCAST_FILES_INVALID('fileIds', { max: maxAttachments });
  const text = validText(input.text, files.length > 0);
  const audience = await checkedAudience(em, viewer, input.audience, audienceRefusals);
  const rule = input.channelRule ?? 'LATEST';
  let channel: { id: string; kind: ChannelKind } | null = null;
  if (rule === 'CHANNEL') {
    const id = input.channelId ? idOf('Channel', input.channelId) : null;
    channel = !id ? null : (await selectOne<{ id: string; kind: ChannelKind }>(em, 'select id, kind from channel where id = ? and project_id = ?', [id, viewer.project.id]));
    if (!channel) throw broadcastErrors.BROADCAST_CHANNEL_REQUIRED('channelId');
  } else if (input.channelId) throw broadcastErrors.BROADCAST_CHANNEL_REQUIRED('channelId');
  const sendAt = input.sendAt ?? null;
  if (sendAt && sendAt.getTime() <= Date.now()) throw broadcastErrors.BROADCAST_SEND_AT_PAST('sendAt');
  if (input.ratePerSecond != null && (!Number.isInteger(input.ratePerSecond) || input.ratePerSecond < 1)) throw broadcastErrors.BROADCAST_RATE_INVALID('ratePerSecond');
  // Each client's latest channel may be any of the project's: the slowest kind sets the pace.
  const kinds = channel ? [channel.kind] : (await select<{ kind: ChannelKind }>(em, 'select distinct kind from channel where project_id = ?', [viewer.project.id])).map((row) => row.kind);
  const broadcast = (await selectOne<BroadcastRow>(
    em,
    `insert into broadcast (id, project_id, created_by_id, text, file_ids, channel_rule, channel_id, audience, status, send_at, rate_per_second, created_at)
     values (?, ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, ?, ?) returning *`,
    [newId(), viewer.project.id, viewer.operator?.id ?? null, text, pgArray(files.map((file) => file.id)), rule, channel?.id ?? null, JSON.stringify(audience),
      sendAt ? 'SCHEDULED' : 'RUNNING', sendAt, broadcastRate(kinds, input.ratePerSecond), new Date()],
  ))!;
  await app.broadcasts.start(broadcast.id, sendAt);
  return broadcast;
}

const controls = {
  pause: { from: ['SCHEDULED', 'RUNNING'], to: () => 'PAUSED' },
  // A paused broadcast that never started waits for its time again.
  resume: { from: ['PAUSED'], to: (row: BroadcastRow) => (row.startedAt ? 'RUNNING' : 'SCHEDULED') },
  cancel: { from: ['SCHEDULED', 'RUNNING', 'PAUSED'], to: () => 'CANCELLED' },
} satisfies Record<string, { from: BroadcastStatus[]; to: (row: BroadcastRow) => BroadcastStatus }>;
export type BroadcastControl = keyof typeof controls;

/** Pauses, resumes or cancels: the row first (the workflow reads it before every page), then the workflow's signal. */
export async function controlBroadcast(app: App, em: EntityManager, viewer: Viewer, globalId: string, control: BroadcastControl) {
  const found = await findBroadcast(em, viewer, globalId);
  if (!found) throw broadcastErrors.BROADCAST_NOT_FOUND('broadcastId');
  const { from, to } = controls[control];
  const changed = await selectOne<BroadcastRow>(
    em,
    `update broadcast set status = ?, finished_at = case when ? then now() else finished_at end where id = ? and status in (?) returning *`,
    [to(found), control === 'cancel', found.id, from],
  );
  if (!changed) {
    const current = (await selectOne<BroadcastRow>(em, 'select * from broadcast where id = ?', [found.id]))!;
    throw broadcastErrors.BROADCAST_STATE('broadcastId', { status: current.status });
  }
  await app.broadcasts.signal(changed.id, control);
  await publishBroadcast(app, changed.id);
  return changed;
}

export async function findBroadcast(em: EntityManager, viewer: Viewer, globalId: string) {
  const id = idOf('Broadcast', globalId);
  return id ? selectOne<BroadcastRow>(em, 'select * from broadcast where id = ? and project_id = ?', [id, viewer.project.id]) : null;
}

export const listBroadcasts = (em: EntityManager, viewer: Viewer, page: Page) =>
  keysetConnection<BroadcastRow>(em, { name: 'broadcasts', from: 'broadcast', where: 'project_id = ?', params: [viewer.project.id], column: 'created_at', at: (row) => row.createdAt }, page);

export const listRecipients = (em: EntityManager, broadcastId: string, page: Page & { status?: RecipientStatus | null }) =>
  keysetConnection<BroadcastRecipientRow>(
    em,
    {
      name: 'broadcastRecipients',
      from: 'broadcast_recipient',
      where: page.status ? 'broadcast_id = ? and status = ?' : 'broadcast_id = ?',
      params: page.status ? [broadcastId, page.status] : [broadcastId],
      column: 'created_at',
      at: (row) => row.createdAt,
      order: 'asc',
    },
    page,
  );
