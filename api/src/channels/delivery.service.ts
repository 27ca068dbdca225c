import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import { outboundAttachments } from '../files/file.service.ts';
import { setMessageStatus } from '../messages/message.service.ts';
import type { ChannelKind } from './channel.entity.ts';
import { PermanentDeliveryError, type ChannelDriver } from './drivers/driver.ts';
import { webchatDriver } from './drivers/webchat/webchat.driver.ts';

export type Drivers = Partial<Record<ChannelKind, ChannelDriver>>;

export function createDrivers(app: Pick<App, 'pubsub'>): Drivers {
  return { WEBCHAT: webchatDriver(app.pubsub) };
}

type Outbound = { id: string; text: string; kind: ChannelKind; channelId: string; clientChannelId: string; platformId: string; blocked: boolean };

// Longer than the activity's start-to-close timeout: an attempt that timed out but still runs keeps its claim.
const leaseMs = 45_000;

/** Thrown while another attempt holds the message; the activity retries later. */
export class DeliveryInProgressError extends Error {}

/**
 * Sends one QUEUED outbound message through its channel's driver and marks it SENT. Idempotent by message id:
 * an attempt first claims the message for a while, so two attempts never send it at once, and a message that is
 * no longer QUEUED is left alone.
 */
export async function deliverQueuedMessage(app: App, em: EntityManager, drivers: Drivers, messageId: string) {
  const now = new Date();
  const claimed = await selectOne<{ id: string }>(
    em,
    `update message set sending_until = ? where id = ? and direction = 'OUTBOUND' and status = 'QUEUED'
        and (sending_until is null or sending_until < ?) returning id`,
    [new Date(now.getTime() + leaseMs), messageId, now],
  );
  if (!claimed) {
    const current = await selectOne<{ status: string }>(em, 'select status from message where id = ?', [messageId]);
    if (!current) throw new PermanentDeliveryError(`Message ${messageId} does not exist.`);
    if (current.status !== 'QUEUED') return { skipped: true };
    throw new DeliveryInProgressError(`Message ${messageId} is being sent by another attempt.`);
  }
  const message = (await selectOne<Outbound>(
    em,
    `select m.id, m.text, ch.kind, ch.id as channel_id, cc.id as client_channel_id, cc.platform_id, cl.blocked_at is not null as blocked
       from message m join conversation c on c.id = m.conversation_id join client cl on cl.id = c.client_id
       join client_channel cc on cc.id = c.client_channel_id join channel ch on ch.id = cc.channel_id
      where m.id = ?`,
    [messageId],
  ))!;
  if (message.blocked) throw new PermanentDeliveryError('The client is blocked.');
  const driver = drivers[message.kind];
  if (!driver) throw new PermanentDeliveryError(`Channel kind ${message.kind} has no driver yet.`);
  try {
    const { externalId } = await driver.send({
      messageId: message.id,
      text: message.text,
      channelId: message.channelId,
      clientChannelId: message.clientChannelId,
      platformId: message.platformId,
      attachments: await outboundAttachments(app, em, message.id),
    });
    await setMessageStatus(app, em, message.id, 'SENT', { externalId });
  } catch (error) {
    // The messenger refused it: the next attempt need not wait for the claim to lapse.
    await em.execute('update message set sending_until = null where id = ?', [message.id]);
    throw error;
  }
  return { skipped: false };
}

/** After the last retry: the message shows as FAILED with the reason. */
export async function failQueuedMessage(app: App, em: EntityManager, messageId: string, reason: string) {
  await setMessageStatus(app, em, messageId, 'FAILED', { failureReason: reason });
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
