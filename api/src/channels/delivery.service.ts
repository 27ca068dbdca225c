import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../context.ts';
import { select } from '../db/rows.ts';
import { outboundAttachments } from '../files/file.service.ts';
import { announceClientChanges } from '../clients/client-activity.service.ts';
import { setMessageStatus } from '../messages/message.service.ts';
import { announce, messageChanged, writeRowsAnnouncing } from '../pubsub/outbox.ts';
import type { Locale } from '../operators/operator.entity.ts';
import type { ChannelKind, ChannelRow } from './channel.entity.ts';
import { driverChannel } from './channels.ts';
import { PermanentDeliveryError, type DeliveryFailure, type DriverChannel, type OutboundMessage } from './drivers/driver.ts';
import type { Drivers } from './drivers/drivers.ts';
import { recordChannelError } from './inbound/inbound-runner.ts';

type Outbound = {
  id: string;
  text: string;
  buttons: string[];
  subject: string | null;
  template: { name: string; language: string; parameters: string[] } | null;
  kind: ChannelKind;
  channel: Pick<ChannelRow, 'id' | 'projectId' | 'config' | 'secrets' | 'status'>;
  clientChannelId: string;
  platformId: string;
  blocked: boolean;
  unreachable: boolean;
  hasFiles: boolean;
  /**
   * E-mail threads: the client's last message (its Message-ID, the ids of the thread it answered, its subject, and
   * what an answer quotes), and how the quote's date is written (the channel's language, the project's time zone).
   */
  lastInbound: { externalId: string | null; references: string[] | null; subject: string | null; text: string | null; at: string; from: string } | null;
  locale: Locale | null;
  timeZone: string;
};

// Longer than the activity's start-to-close timeout: an attempt that timed out but still runs keeps its claim.
const leaseMs = 35_000;

/** Thrown while another attempt holds the message; the activity retries later. */
export class DeliveryInProgressError extends Error {}

/** What became of one message of a batch. */
export type Delivery = { sent: true } | { skipped: 'not queued' | 'in progress' } | { failed: Error };

// Messages of a batch sent at once: their channels mostly wait on the network.
const concurrency = 16;

/**
 * Sends QUEUED outbound messages through their channels' drivers and marks them SENT, a batch in a few statements
 * (claim, read, mark) whatever its size. Idempotent by message id: an attempt first claims each message for a
 * while, so two attempts never send one at once, and a message no longer QUEUED is left alone. Answers, in order,
 * what became of each.
 */
export async function deliverQueuedMessages(app: App, em: EntityManager, drivers: Drivers, messageIds: readonly string[]): Promise<Delivery[]> {
  const now = new Date();
  const claimedUntil = new Date(now.getTime() + leaseMs);
  const claimed = new Set(
    (
      await select<{ id: string }>(
        em,
        `update message set sending_until = ? where id in (?) and direction = 'OUTBOUND' and status = 'QUEUED'
            and (sending_until is null or sending_until < ?) returning id`,
        [claimedUntil, messageIds, now],
      )
    ).map((row) => row.id),
  );
  const others = messageIds.filter((id) => !claimed.has(id));
  const statuses = new Map(
    others.length ? (await select<{ id: string; status: string }>(em, 'select id, status from message where id in (?)', [others])).map((row) => [row.id, row.status]) : [],
  );
  const outbound = new Map(
    claimed.size
      ? (
          await select<Outbound>(
            em,
            `select m.id, m.text, m.buttons, m.subject, m.template, ch.kind, cc.id as client_channel_id, cc.platform_id, cl.blocked_at is not null as blocked,
               cc.unreachable_at is not null as unreachable, ch.locale, p.time_zone,
               json_build_object('id', ch.id, 'projectId', ch.project_id, 'config', ch.config, 'secrets', ch.secrets, 'status', ch.status) as channel,
               exists (select 1 from file f where f.message_id = m.id) as has_files,
               case when ch.kind = 'EMAIL' then (select json_build_object('externalId', i.external_id, 'references', i.mail_references, 'subject', i.subject,
                   'text', case when i.deleted_at is null then i.text end, 'at', i.created_at,
                   'from', case when cl.name = cc.platform_id then cc.platform_id else cl.name || ' <' || cc.platform_id || '>' end) from message i
                 where i.conversation_id = m.conversation_id and i.direction = 'INBOUND' order by i.created_at desc limit 1) end as last_inbound
             from message m join conversation c on c.id = m.conversation_id join client cl on cl.id = c.client_id
               join client_channel cc on cc.id = c.client_channel_id join channel ch on ch.id = cc.channel_id join project p on p.id = ch.project_id
             where m.id in (?)`,
            [[...claimed]],
          )
        ).map((row) => [row.id, row])
      : [],
  );

  const results = new Map<string, Delivery>();
  const sent: { id: string; externalId: string | null }[] = [];
  // A batch's messages mostly share a channel: its secrets are decrypted once.
  const channels = new Map<string, DriverChannel>();
  const channelOf = (channel: Outbound['channel']) => channels.get(channel.id) ?? channels.set(channel.id, driverChannel(app, channel)).get(channel.id)!;
  // Sends start only while the claim holds, with time left for the call itself and the marking after it.
  const sendBy = new Date(now.getTime() + leaseMs - 10_000);
  const send = async (message: Outbound): Promise<Delivery> => {
    if (Date.now() > sendBy.getTime()) return { failed: new Error('The delivery attempt ran out of time before this message; the next one sends it.') };
    if (message.blocked) return { failed: new PermanentDeliveryError('The client is blocked.') };
    if (message.unreachable) return { failed: new PermanentDeliveryError('The client cannot be reached on this channel (they blocked the bot or the chat is gone).', 'CLIENT_BLOCKED_BOT') };
    if (message.channel.status !== 'ACTIVE') return { failed: new PermanentDeliveryError('The channel is paused or disconnected.', 'CHANNEL_PAUSED') };
    const driver = drivers[message.kind];
    if (!driver) return { failed: new PermanentDeliveryError(`Channel kind ${message.kind} has no driver.`, 'CHANNEL_PAUSED') };
    try {
      const { externalId, problem } = await driver.send({
        messageId: message.id,
        text: message.text,
        channel: channelOf(message.channel),
        clientChannelId: message.clientChannelId,
        platformId: message.platformId,
        attachments: message.hasFiles ? await outboundAttachments(app, em, message.id) : [],
        buttons: message.buttons,
        template: message.template,
        sendBy,
        subject: message.subject ?? replySubject(message.lastInbound?.subject ?? null),
        thread: threadOf(message),
      });
      sent.push({ id: message.id, externalId: externalId ?? null });
      if (problem) {
        console.warn('[delivery]', message.id, problem.message);
        void recordChannelError(app, message.channel.id, problem.message);
      }
      return { sent: true };
    } catch (error) {
      return { failed: error instanceof Error ? error : new Error(String(error)) };
    }
  };
  const queue = [...outbound.values()];
  // What went out is marked SENT every second as well as at the end: a batch held up by a slow messenger (a bot's
  // pace) must not leave sent messages QUEUED past their claim, where another attempt would send them again.
  // A marking that fails keeps its messages for the next one: a sent message left QUEUED would be sent again.
  let marking: Promise<void> = Promise.resolve();
  const mark = () =>
    (marking = marking
      .catch(() => {})
      .then(async () => {
        const batch = sent.splice(0);
        try {
          await markSent(app, em, batch);
        } catch (error) {
          sent.unshift(...batch);
          throw error;
        }
      }));
  const marker = setInterval(() => void mark().catch((error: unknown) => console.warn('[delivery] marking sent messages failed; retried', error)), 1000);
  try {
    await Promise.all(
      Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
        for (let message = queue.shift(); message; message = queue.shift()) results.set(message.id, await send(message));
      }),
    );
  } finally {
    clearInterval(marker);
  }
  for (let attempt = 1; ; attempt++) {
    try {
      await mark();
      break;
    } catch (error) {
      if (attempt === 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
  // Refused ones: the next attempt need not wait for the claim to lapse.
  const refused = [...results].filter(([, result]) => 'failed' in result).map(([id]) => id);
  // Only this attempt's own claims: one that lapsed meanwhile may be another attempt's now, and clearing that would
  // let a third attempt send the message beside it.
  if (refused.length) await em.execute('update message set sending_until = null where id in (?) and sending_until = ?', [refused, claimedUntil]);

  return messageIds.map((id): Delivery => {
    const result = results.get(id);
    if (result) return result;
    const status = statuses.get(id);
    if (status === undefined) return { failed: new PermanentDeliveryError(`Message ${id} does not exist.`) };
    return { skipped: status === 'QUEUED' ? 'in progress' : 'not queued' };
  });
}

/** The client's mail an answer belongs to: In-Reply-To its Message-ID, References its thread and it, and its quote. */
function threadOf({ lastInbound: last, locale, timeZone }: Outbound): OutboundMessage['thread'] {
  if (!last?.externalId) return null;
  const quote = last.text ? { text: last.text, at: new Date(last.at), from: last.from, locale, timeZone } : null;
  return { inReplyTo: last.externalId, references: last.references ?? [], quote };
}

/** An answer's subject: the client's, with one "Re: " in front. */
const replySubject = (subject: string | null) => (subject ? (/^re:/i.test(subject) ? subject : `Re: ${subject}`) : null);

/** SENT, with the messenger's ids, in one statement; each change told to the inbox. Only QUEUED ones move. */
async function markSent(app: App, em: EntityManager, sent: { id: string; externalId: string | null }[]) {
  if (!sent.length) return;
  await writeRowsAnnouncing<{ id: string; projectId: string; conversationId: string }>(
    em,
    `update message m set status = 'SENT', sent_at = now(), external_id = coalesce(x.external_id, m.external_id)
       from (values ${sent.map(() => '(?::uuid, ?::text)').join(', ')}) as x(id, external_id)
      where m.id = x.id and m.status = 'QUEUED' returning m.id, m.project_id, m.conversation_id`,
    sent.flatMap((message) => [message.id, message.externalId]),
    (tx, changed) => announce(tx, ...changed.flatMap(messageChanged)),
  );
}

/**
 * One message (deliverQueuedMessages of one): `skipped` when it is no longer QUEUED; throws the channel's error,
 * PermanentDeliveryError when it cannot be sent, DeliveryInProgressError while another attempt holds it.
 */
export async function deliverQueuedMessage(app: App, em: EntityManager, drivers: Drivers, messageId: string) {
  const [result] = await deliverQueuedMessages(app, em, drivers, [messageId]);
  if ('failed' in result!) throw result.failed;
  if ('skipped' in result! && result.skipped === 'in progress') throw new DeliveryInProgressError(`Message ${messageId} is being sent by another attempt.`);
  return { skipped: 'skipped' in result! };
}

/**
 * After the last retry, or refused for good: the message shows as FAILED with the reason; a client who blocked the
 * bot (or whose chat is gone) is marked unreachable on that channel, so nothing more is tried there.
 */
export async function failQueuedMessage(app: App, em: EntityManager, messageId: string, reason: string, code: DeliveryFailure = 'PLATFORM_ERROR') {
  if (new PermanentDeliveryError(reason, code).unreachable) {
    await writeRowsAnnouncing<{ clientId: string; projectId: string }>(
      em,
      `update client_channel set unreachable_at = now() where unreachable_at is null
          and id = (select c.client_channel_id from message m join conversation c on c.id = m.conversation_id where m.id = ?)
        returning client_id, project_id`,
      [messageId],
      // The card and the composer show it at once.
      (tx, marked) => announceClientChanges(tx, marked.map((client) => ({ client: { id: client.clientId, projectId: client.projectId } }))),
    );
  }
  await setMessageStatus(app, em, messageId, 'FAILED', { failureReason: reason, failureCode: code });
}

/**
 * Outbound messages still QUEUED a while after they were stored (Temporal was unreachable, a node died before it
 * handed them over): all of them enqueued again, a page at a time, however many an outage left.
 */
export async function sweepQueuedMessages(app: App, em: EntityManager, olderThanMs = 30_000) {
  const before = new Date(Date.now() - olderThanMs);
  // The page's end as PostgreSQL wrote it (microseconds: a JavaScript Date would cut them and read a row again).
  let after: { at: string; id: string } | null = null;
  let total = 0;
  for (;;) {
    const page: { id: string; at: string }[] = await select<{ id: string; at: string }>(
      em,
      `select id, created_at::text as at from message where status = 'QUEUED' and created_at < ?
        ${after ? 'and (created_at, id) > (?::timestamptz, ?)' : ''} order by created_at, id limit 1000`,
      after ? [before, after.at, after.id] : [before],
    );
    if (!page.length) return total;
    await app.deliveryQueue.enqueue(page.map(({ id }) => id));
    total += page.length;
    after = page.at(-1)!;
  }
}
