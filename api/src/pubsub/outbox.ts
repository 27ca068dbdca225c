import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { select } from '../db/rows.ts';
import { topics, type InboxEventMessage, type PubSub } from './pubsub.ts';
import { takeAndLog } from './stream.ts';
import { queueWebhookDeliveries } from '../webhooks/webhook-events.ts';
import type { Webhooks } from '../webhooks/webhooks.ts';

// A write's events are stored in its own transaction (`announce`), so that a write that commits has its events and one
// that rolls back has none, whatever happens to the node next. Once a transaction that announced commits, this node
// drains the outbox before the write's caller goes on: in one transaction it takes the events out and logs the stream
// topics' (one statement: stream.ts), stores the outgoing webhooks' deliveries (webhooks/webhook-events.ts), publishes
// them all and commits. Events a node committed and never drained (it died in between) are drained by any node's sweep. Taking an
// event out and logging it commit together: it is logged, and a webhook delivered, exactly once.

export type Announcement = { topic: string; event: object };

/** Stores events with the transaction's writes: published once it commits (after it, on this node, or by a sweep). */
export async function announce(tx: EntityManager, ...announcements: readonly Announcement[]) {
  if (!announcements.length) return;
  const transaction = tx.getTransactionContext<object>();
  if (!transaction) throw new Error('Events are announced inside the transaction of the write they tell of.');
  if ('savepointName' in transaction) throw new Error('Events are announced in the outermost transaction: its commit publishes them.');
  await tx.execute(
    `insert into outbox_event (topic, event) values ${announcements.map(() => '(?, ?::jsonb)').join(', ')}`,
    announcements.flatMap(({ topic, event }) => [topic, JSON.stringify(event)]),
  );
  announcing.add(transaction);
}

/** A write in one statement returning its rows and the events `tell` announces of them, in one transaction. Answers the rows. */
export const writeRowsAnnouncing = <T>(em: EntityManager, sql: string, params: unknown[], tell: (tx: EntityManager, rows: T[]) => Promise<void>) =>
  em.transactional(async (tx) => {
    const rows = await select<T>(tx, sql, params);
    await tell(tx, rows);
    return rows;
  });

/** The same for a write of one row (null: it changed nothing, and nothing is told). Answers the row. */
export const writeAnnouncing = async <T>(em: EntityManager, sql: string, params: unknown[], tell: (tx: EntityManager, row: T) => Promise<void>) =>
  (
    await writeRowsAnnouncing<T>(em, sql, params, async (tx, [row]) => {
      if (row) await tell(tx, row);
    })
  )[0] ?? null;

/**
 * For a write made in one statement, without a transaction: the body of a CTE that stores the announcements given as
 * its parameter (`JSON.stringify(announcements)`) when `condition` holds (the write happened). A later commit that
 * announces, or `Outbox.drain`, publishes them.
 */
export const announceInStatement = (condition: string) => `insert into outbox_event (topic, event) select e ->> 'topic', e -> 'event' from jsonb_array_elements(?::jsonb) e where ${condition}`;

/** An inbox event goes to the project's inbox topic and to the conversation's own topic. */
export const inboxEvent = (projectId: string, event: InboxEventMessage): Announcement[] => [
  { topic: topics.inbox(projectId), event },
  { topic: topics.conversation(event.conversationId), event },
];

/** A message changed (its status, or its text): the inbox event that tells its inbox and its conversation. */
export const messageChanged = (message: { id: string; projectId: string; conversationId: string }) =>
  inboxEvent(message.projectId, { kind: 'MESSAGE_STATUS_CHANGED', conversationId: message.conversationId, messageId: message.id });

// The transactions that announced: their commit drains (any other commit costs nothing more).
const announcing = new WeakSet<object>();

export type Outbox = {
  /** Takes out, logs and publishes what waits; resolves once what was committed before this call is published. */
  drain(): Promise<void>;
  close(): Promise<void>;
};

/** How many events one drain transaction takes. */
const batchSize = 500;

/** Marks the sweep's statements (harness: not a request's). */
export const sweepSqlTag = '/* outbox sweep */';

export function createOutbox(orm: MikroORM, pubsub: PubSub, webhooks: () => Webhooks, sweepMs = 5000): Outbox {
  let running: Promise<void> | null = null;
  let next: Promise<void> | null = null;
  let closed = false;

  const publish = (batch: readonly (Announcement & { cursor: string | null })[]) =>
    // Sent together, in log order (one connection keeps it): a subscriber sees a topic's events as a replay gives them.
    Promise.all(
      batch.map(({ topic, event, cursor }) => pubsub.publish(topic, cursor ? { ...event, cursor } : event).catch((error: unknown) => console.error('[pubsub] publish failed', topic, error))),
    );

  // One transaction: the events taken out and logged (one statement), their deliveries stored, published (before the
  // commit, while the log's lock is held: see takeAndLog), committed. Answers how many were taken.
  const once = async (tag: string) => {
    let wake: [string, string][] = [];
    const taken = await orm.em.fork().transactional(async (tx) => {
      const batch = await takeAndLog(tx, batchSize, tag);
      if (!batch.length) return 0;
      wake = await queueWebhookDeliveries(tx, webhooks(), batch);
      await publish(batch);
      return batch.length;
    });
    for (const [endpointId, key] of wake) webhooks().wake(endpointId, key);
    return taken;
  };

  const run = async (tag: string) => {
    try {
      while ((await once(tag)) === batchSize);
    } catch (error) {
      // Left in the outbox: the next drain or the sweep takes them.
      console.error('[outbox] could not drain', error);
    }
  };

  const drain = (tag = ''): Promise<void> => {
    if (!running) {
      running = run(tag).finally(() => (running = null));
      return running;
    }
    // One at a time: a drain asked for meanwhile runs once this one ends, for every caller that asked.
    next ??= running.then(() => {
      next = null;
      return drain();
    });
    return next;
  };

  const subscriber: EventSubscriber = {
    async afterTransactionCommit({ transaction }: TransactionEventArgs) {
      if (closed || !transaction || !announcing.has(transaction)) return;
      await drain();
    },
  };
  orm.em.getEventManager().registerSubscriber(subscriber);
  // What a node committed and never drained (it stopped in between): whichever node sweeps first publishes it.
  const sweep = setInterval(() => void drain(sweepSqlTag), sweepMs);
  sweep.unref();
  void drain(sweepSqlTag);

  return {
    drain: () => drain(),
    async close() {
      closed = true;
      clearInterval(sweep);
      await (next ?? running);
    },
  };
}
