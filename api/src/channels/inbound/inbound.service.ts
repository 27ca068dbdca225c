import { Readable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../../context.ts';
import { newId } from '../../db/ids.ts';
import { UserError } from '../../graphql/errors.ts';
import { select, selectOne } from '../../db/rows.ts';
import type { StoredFileRow } from '../../files/file.entity.ts';
import { allowedType } from '../../files/file-types.ts';
import { storeUpload } from '../../files/file.service.ts';
import { receiveClientMessage, setMessageStatus } from '../../messages/message.service.ts';
import { messageColumns } from '../../messages/message.entity.ts';
import { announceClientChanged, announceClientChanges } from '../../clients/client-activity.service.ts';
import { announce, messageChanged, writeAnnouncing, writeRowsAnnouncing } from '../../pubsub/outbox.ts';
import type { ChannelKind, ChannelRow } from '../channel.entity.ts';
import { driverChannel } from '../channels.ts';
import type { InboundEvent, InboundFile, InboundSender } from '../drivers/driver.ts';

// A message from a messenger may be longer than the composer allows (an e-mail); beyond this it is cut.
const maxInboundText = 100_000;
// After this many failed attempts an event is set aside (processed, with its error) instead of retried forever.
const maxAttempts = 8;
const leaseMs = 60_000;

type Delivery = { channel: { id: string; projectId: string }; events: readonly InboundEvent[] };

/**
 * Stores what platforms told channels, before they are answered: one row per channel and key (a repeat is
 * dropped), all deliveries in one statement. Answers, for each delivery, how many of its events are new. Only the
 * insert: the channel's row (its last inbound time) is touched by the processor, once a batch, since every webhook
 * of a channel updating it would queue them all on its lock.
 */
export async function storeInboundEvents(em: EntityManager, deliveries: readonly Delivery[]): Promise<number[]> {
  const rows = deliveries.flatMap((delivery, index) =>
    [...new Map(delivery.events.map((event) => [event.key.slice(0, 300), event])).entries()].map(([key, event]) => ({ index, channel: delivery.channel, key, event })),
  );
  if (!rows.length) return deliveries.map(() => 0);
  const stored = await select<{ channelId: string; key: string }>(
    em,
    `insert into inbound_event (id, project_id, channel_id, key, event, received_at)
     values ${rows.map(() => '(?, ?, ?, ?, ?::jsonb, clock_timestamp())').join(', ')}
     on conflict (channel_id, key) do nothing returning channel_id, key`,
    rows.flatMap((row) => [newId(), row.channel.projectId, row.channel.id, row.key, JSON.stringify(row.event)]),
  );
  const fresh = new Set(stored.map((row) => `${row.channelId} ${row.key}`));
  return deliveries.map((_, index) => rows.filter((row) => row.index === index && fresh.has(`${row.channel.id} ${row.key}`)).length);
}

/**
 * Webhooks arriving together stored together: the calls made while a statement runs wait for the next one, which
 * takes them all (one commit, one WAL flush, instead of one each). Answers how many of the call's events are new.
 */
export function inboundStore(em: () => EntityManager) {
  const waiting: { delivery: Delivery; resolve: (count: number) => void; reject: (error: unknown) => void }[] = [];
  let running = false;
  const flush = async () => {
    running = true;
    while (waiting.length) {
      const batch = waiting.splice(0, 200);
      try {
        const counts = await storeInboundEvents(em(), batch.map((entry) => entry.delivery));
        batch.forEach((entry, index) => entry.resolve(counts[index]!));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    running = false;
  };
  return (delivery: Delivery) =>
    new Promise<number>((resolve, reject) => {
      waiting.push({ delivery, resolve, reject });
      if (!running) void flush();
    });
}

type Claimed = { id: string; channelId: string; event: InboundEvent; attempts: number; at: string };

/**
 * Turns stored events into clients, messages and statuses: the oldest pending ones (those a dead node or a failure
 * left too, once their retry time came), up to 500. Each is claimed first, so two nodes never process one. A
 * sender's events go one after another, in arrival order; `concurrency` senders' at once (each waits mostly on the
 * database, or a file download).
 */
export async function processInboundEvents(app: App, concurrency = 8) {
  const em = app.orm.em.fork();
  const now = new Date();
  const claimed = await select<Claimed>(
    em,
    `update inbound_event set processing_until = ?, attempts = attempts + 1
      where id in (select id from inbound_event where processed_at is null and (processing_until is null or processing_until < ?)
        order by received_at limit 500 for update skip locked)
      returning id, channel_id, event, attempts, to_char(received_at, 'YYYYMMDDHH24MISSUS') as at`,
    [new Date(now.getTime() + leaseMs), now],
  );
  if (!claimed.length) return 0;
  const channelIds = [...new Set(claimed.map((row) => row.channelId))];
  const channels = new Map((await select<ChannelRow>(em, 'select * from channel where id in (?)', [channelIds])).map((row) => [row.id, row]));
  await em.execute('update channel set last_inbound_at = now() where id in (?)', [channelIds]);
  // Arrival order (each row's own clock_timestamp(), to the microsecond), split by sender.
  const bySender = new Map<string, Claimed[]>();
  for (const row of claimed.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))) {
    const key = `${row.channelId}:${senderOf(row.event)}`;
    bySender.set(key, [...(bySender.get(key) ?? []), row]);
  }
  const queues = [...bySender.values()];
  await Promise.all(
    Array.from({ length: Math.min(concurrency, queues.length) }, async () => {
      for (let queue = queues.shift(); queue; queue = queues.shift()) {
        for (const row of queue) await processOne(app, channels.get(row.channelId)!, row);
      }
    }),
  );
  return claimed.length;
}

const senderOf = (event: InboundEvent) => (event.type === 'message' ? event.from.platformId : event.type === 'status' ? `status:${event.externalId}` : event.platformId);

async function processOne(app: App, channel: ChannelRow, row: Claimed) {
  const em = app.orm.em.fork();
  try {
    await processEvent(app, em, channel, row.event);
    await em.execute('update inbound_event set processed_at = now(), processing_until = null, error = null where id = ?', [row.id]);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    console.error('[inbound]', row.id, reason);
    // Retried later, sooner first; set aside after the last attempt.
    const retryAt = new Date(Date.now() + Math.min(2 ** row.attempts * 1000, 300_000));
    await em.execute('update inbound_event set processing_until = ?, error = ?, processed_at = case when attempts >= ? then now() else null end where id = ?', [
      retryAt,
      reason,
      maxAttempts,
      row.id,
    ]);
  }
}

async function processEvent(app: App, em: EntityManager, channel: ChannelRow, event: InboundEvent) {
  if (event.type === 'message') return receivePlatformMessage(app, em, channel, event);
  if (event.type === 'status') {
    const message = await ourMessage(em, channel.id, event.externalId);
    if (message) await setMessageStatus(app, em, message.id, event.status, { failureReason: event.reason ?? undefined, failureCode: 'PLATFORM_ERROR' });
    return;
  }
  if (event.type === 'read') {
    await writeRowsAnnouncing<{ id: string; projectId: string; conversationId: string }>(
      em,
      `update message m set status = 'READ', read_at = now()
         from conversation c, client_channel cc, message upto
        where c.id = m.conversation_id and cc.id = c.client_channel_id and cc.channel_id = ? and cc.platform_id = ?
          and upto.conversation_id = c.id and upto.external_id = ? and m.direction = 'OUTBOUND' and m.status in ('SENT', 'DELIVERED')
          and m.created_at <= upto.created_at
        returning m.id, m.project_id, m.conversation_id`,
      [channel.id, event.platformId, event.upToExternalId],
      (tx, read) => announce(tx, ...read.flatMap(messageChanged)),
    );
    return;
  }
  if (event.type === 'reachability') return setReachable(em, channel.id, event.platformId, event.reachable);
  // The client edited their message.
  await writeAnnouncing<{ id: string; projectId: string; conversationId: string }>(
    em,
    `update message m set text = ?, edited_at = now() from conversation c, client_channel cc
      where c.id = m.conversation_id and cc.id = c.client_channel_id and cc.channel_id = ? and cc.platform_id = ?
        and m.external_id = ? and m.direction = 'INBOUND' and m.deleted_at is null
      returning ${messageColumns('m')}`,
    [event.text.slice(0, maxInboundText), channel.id, event.platformId, event.externalId],
    (tx, edited) => announce(tx, ...messageChanged(edited)),
  );
}

/**
 * The client blocked the bot (unreachable there: replies are refused at once, before any send) or let it write
 * again. Only a change is told to the client's card, conversations and the Audience. A client never seen on the
 * channel is not made for it: nothing was said yet.
 */
async function setReachable(em: EntityManager, channelId: string, platformId: string, reachable: boolean) {
  await writeAnnouncing<{ clientId: string; projectId: string }>(
    em,
    `update client_channel set unreachable_at = ${reachable ? 'null' : 'now()'}
      where channel_id = ? and platform_id = ? and unreachable_at is ${reachable ? 'not null' : 'null'} returning client_id, project_id`,
    [channelId, platformId],
    (tx, changed) => announceClientChanged(tx, { id: changed.clientId, projectId: changed.projectId }),
  );
}

/** One of the channel's outbound messages by the platform's id. */
function ourMessage(em: EntityManager, channelId: string, externalId: string) {
  return selectOne<{ id: string }>(
    em,
    `select m.id from message m join conversation c on c.id = m.conversation_id
      where m.external_id = ? and m.direction = 'OUTBOUND' and c.channel_id = ? limit 1`,
    [externalId, channelId],
  );
}

async function receivePlatformMessage(app: App, em: EntityManager, channel: ChannelRow, event: Extract<InboundEvent, { type: 'message' }>) {
  const identity = await clientChannelFor(app, em, channel, event.from, event.tag ?? null);
  const { files, notKept } = await keepFiles(app, em, channel, identity.clientId, event.files ?? []);
  const text = [event.text.slice(0, maxInboundText), ...notKept].filter(Boolean).join('\n');
  await receiveClientMessage(app, em, {
    clientChannelId: identity.id,
    text: text || (event.html ? '' : '…'),
    dedupeKey: `ext:${event.externalId}`.slice(0, 255),
    externalId: event.externalId,
    files,
    subject: event.subject ?? null,
    html: event.html ?? null,
    mailReferences: event.references ?? null,
    maxLength: maxInboundText + 1000,
  });
}

/**
 * The client channel of a sender, made on their first message with a new client named as the platform names them
 * (a shared phone or e-mail then shows the "unite" suggestion on both cards). A client writing again is reachable.
 */
async function clientChannelFor(app: App, em: EntityManager, channel: ChannelRow, from: InboundSender, tag: string | null) {
  const known = await writeAnnouncing<{ id: string; clientId: string; wasUnreachable: boolean }>(
    em,
    `update client_channel cc set unreachable_at = null from client_channel old
      where old.id = cc.id and cc.channel_id = ? and cc.platform_id = ? returning cc.id, cc.client_id, old.unreachable_at is not null as was_unreachable`,
    [channel.id, from.platformId],
    async (tx, known) => {
      if (known.wasUnreachable) await announceClientChanged(tx, { id: known.clientId, projectId: channel.projectId });
    },
  );
  if (known) {
    // A tag the client did not have yet (a /start link opened later) is kept; the first one stays.
    if (tag) await em.execute('update client set utm_tag = ? where id = ? and utm_tag is null', [tag.slice(0, 255), known.clientId]);
    return known;
  }
  const name = (from.name?.trim() || (from.username ? `@${from.username}` : '') || from.email || from.phone || from.platformId).slice(0, 100);
  const made = await em.transactional(async (tx) => {
    const clientId = newId();
    const made = await selectOne<{ id: string; clientId: string }>(
      tx,
      `with client_row as (
         insert into client (id, project_id, name, phone, email, utm_tag, created_at, last_activity_at, variables)
         values (?, ?, ?, ?, ?, ?, now(), now(), '{}') returning id)
       insert into client_channel (id, project_id, client_id, channel_id, platform_id, created_at)
       select ?, ?, id, ?, ?, now() from client_row
       on conflict (channel_id, platform_id) do nothing returning id, client_id`,
      [clientId, channel.projectId, name, from.phone ?? null, from.email?.toLowerCase() ?? null, tag?.slice(0, 255) ?? null, newId(), channel.projectId, channel.id, from.platformId],
    );
    // A new client has no conversation yet: only the Audience's rows (and outgoing webhooks) hear of it, no statement.
    if (made) {
      await announceClientChanges(tx, [{ client: { id: made.clientId, projectId: channel.projectId }, created: true }]);
      return { ...made, created: true };
    }
    // Another event of the same sender made it a moment ago: its client stays, this one goes.
    await tx.execute('delete from client where id = ?', [clientId]);
    return { ...(await selectOne<{ id: string; clientId: string }>(tx, 'select id, client_id from client_channel where channel_id = ? and platform_id = ?', [
      channel.id,
      from.platformId,
    ]))!, created: false };
  });
  return made;
}

/** The message's files fetched into our storage; those of a type we do not keep are named in the text instead. */
async function keepFiles(app: App, em: EntityManager, channel: ChannelRow, clientId: string, inbound: readonly InboundFile[]) {
  const files: StoredFileRow[] = [];
  const notKept: string[] = [];
  const driver = app.channels.drivers[channel.kind as ChannelKind];
  for (const file of inbound) {
    const contentType = allowedType(file.contentType);
    if (!contentType) {
      notKept.push(`📎 ${file.name} (${file.contentType})`);
      continue;
    }
    const bytes = file.base64 !== undefined ? Buffer.from(file.base64, 'base64') : (await driver!.download!(driverChannel(app, channel), file.ref!)).bytes;
    const name = file.name.slice(0, 255);
    try {
      files.push(await storeUpload(app, em, { projectId: channel.projectId, clientId, uploadedById: null, library: false, name, contentType, body: Readable.from([bytes]) }));
    } catch (error) {
      // Too large, empty, or not what its type says: the client's text still comes in, naming it.
      if (!(error instanceof UserError)) throw error;
      notKept.push(`📎 ${name} (${error.message})`);
    }
  }
  return { files, notKept };
}

/**
 * Processed events older than `olderThanDays` go, a batch at a time (a platform repeats an update within hours,
 * not weeks: the keys stay long enough to drop its repeats). Answers how many went.
 */
export async function purgeProcessedInboundEvents(em: EntityManager, olderThanDays = 7, batch = 5000) {
  const rows = await select<{ id: string }>(
    em,
    `delete from inbound_event where id in (select id from inbound_event where processed_at < now() - make_interval(days => ?) limit ?) returning id`,
    [olderThanDays, batch],
  );
  return rows.length;
}
