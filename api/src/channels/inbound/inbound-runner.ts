import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { pid } from 'node:process';
import type { App } from '../../context.ts';
import { select, selectOne } from '../../db/rows.ts';
import type { ChannelRow } from '../channel.entity.ts';
import { driverChannel } from '../channels.ts';
import type { DriverChannel, InboundEvent } from '../drivers/driver.ts';
import { inboundStore, processInboundEvents, storeInboundEvents } from './inbound.service.ts';

/**
 * The api node's inbound work: stored events processed at once (and, by a sweep, any a dead node or a failure left),
 * and the listeners of channels that poll (Telegram without a public address, VK Long Poll, IMAP). Each listening
 * channel is held by one node at a time through a lease on its row, renewed while it runs; a node that dies
 * loses it within `leaseMs` and another takes over from the stored position.
 */
export type InboundRunner = {
  /** Stores a webhook's events (with the others arriving meanwhile, in one statement); answers how many are new. */
  store(channel: { id: string; projectId: string }, events: readonly InboundEvent[]): Promise<number>;
  /**
   * The channel a webhook names (its secrets decrypted when it is active), kept for a moment: a platform calls
   * hundreds of times a second and the row rarely changes. `refresh` forgets it on this node; other nodes see a
   * change within `channelCacheMs`.
   */
  channel(id: string): Promise<{ row: ChannelRow | null; channel: DriverChannel | null }>;
  /** Processes the stored events now (in the background). */
  process(): void;
  /** Starts the sweep and the listeners. */
  start(): void;
  /** Looks at the channels again now (one was connected, paused, resumed or disconnected). */
  refresh(): void;
  /** Stops the listeners (their position is kept) and the sweep. */
  stop(): Promise<void>;
};

const leaseMs = 30_000;
const tickMs = 5_000;
const channelCacheMs = 2000;
// Senders processed at once; fewer while webhooks keep coming (within the last second), so that processing leaves the
// cores and the pool's connections to the acknowledgements: a platform waits on those, the inbox a moment longer.
const concurrency = { quiet: 8, whileWebhooks: 2 };

export function inboundRunner(app: App, options: { tickMs?: number } = {}): InboundRunner {
  const owner = `${hostname()}:${pid}:${randomBytes(4).toString('hex')}`;
  const running = new Map<string, { abort: AbortController; done: Promise<void> }>();
  let timer: NodeJS.Timeout | null = null;
  let ticking: Promise<void> = Promise.resolve();
  let stopped = false;
  // One batch after another (a sender's messages keep their order; see processInboundEvents); calls that come
  // while one runs make one more run after it, which takes everything stored meanwhile.
  let processing: Promise<void> = Promise.resolve();
  let pending = false;
  let lastWebhookAt = 0;
  const process = () => {
    if (pending) return;
    pending = true;
    processing = processing.then(async () => {
      pending = false;
      for (let count = -1; count !== 0; ) {
        const busy = Date.now() - lastWebhookAt < 1000;
        count = await processInboundEvents(app, busy ? concurrency.whileWebhooks : concurrency.quiet).catch((error: unknown) => (console.error('[inbound]', error), 0));
      }
    });
  };

  async function tick() {
    if (stopped) return;
    const em = app.orm.em.fork();
    const until = new Date(Date.now() + leaseMs);
    // Renew ours; those not renewed were paused, disconnected or taken over: their listeners stop.
    const kept = new Set(
      running.size
        ? (await select<{ id: string }>(em, `update channel set listen_until = ? where id in (?) and listen_owner = ? and status = 'ACTIVE' returning id`, [until, [...running.keys()], owner])).map(
            (row) => row.id,
          )
        : [],
    );
    for (const [id, listener] of running) if (!kept.has(id)) listener.abort.abort();
    // Take free ones of kinds that listen: always (IMAP), or when platforms cannot call us (no public address).
    const kinds = Object.values(app.channels.drivers)
      .filter((driver) => driver?.listen && (!driver.webhook || !app.channels.webhookBaseUrl))
      .map((driver) => driver!.kind);
    if (!kinds.length) return;
    const taken = await select<ChannelRow>(
      em,
      `update channel set listen_owner = ?, listen_until = ?
        where id in (select id from channel where status = 'ACTIVE' and kind in (?) and (listen_until is null or listen_until < now() or listen_owner = ?)
          ${running.size ? 'and id not in (?)' : ''} for update skip locked)
        returning *`,
      running.size ? [owner, until, kinds, owner, [...running.keys()]] : [owner, until, kinds, owner],
    );
    for (const channel of taken) listen(channel);
  }

  function listen(channel: ChannelRow) {
    const driver = app.channels.drivers[channel.kind]!;
    const abort = new AbortController();
    let position = channel.listenPosition ?? null;
    let lastOk = 0;
    const host = {
      get position() {
        return position;
      },
      async receive(events: InboundEvent[], next?: string) {
        const em = app.orm.em.fork();
        const [stored] = await em.transactional(async (tx) => {
          const counts = await storeInboundEvents(tx, [{ channel, events }]);
          if (next !== undefined) await tx.execute('update channel set listen_position = ? where id = ? and listen_owner = ?', [next, channel.id, owner]);
          return counts;
        });
        if (next !== undefined) position = next;
        if (stored) process();
      },
      ok() {
        if (Date.now() - lastOk < 30_000) return;
        lastOk = Date.now();
        void app.orm.em
          .fork()
          .execute('update channel set connected_at = now(), last_error = null, last_error_at = null where id = ?', [channel.id])
          .catch(() => {});
      },
      failed(error: Error) {
        lastOk = 0;
        void recordChannelError(app, channel.id, error.message);
      },
    };
    const done = driver
      .listen!(driverChannel(app, channel), host, abort.signal)
      .catch((error: unknown) => recordChannelError(app, channel.id, error instanceof Error ? error.message : String(error)))
      .finally(() => running.delete(channel.id));
    running.set(channel.id, { abort, done });
  }

  const channels = new Map<string, { row: ChannelRow | null; channel: DriverChannel | null; until: number }>();
  async function channel(id: string) {
    const hit = channels.get(id);
    if (hit && hit.until > Date.now()) return hit;
    const row = await selectOne<ChannelRow>(app.orm.em.fork(), `select id, project_id, kind, status, config, secrets from channel where id = ?`, [id]);
    const entry = { row, channel: row?.status === 'ACTIVE' ? driverChannel(app, row) : null, until: Date.now() + channelCacheMs };
    if (channels.size >= 10_000) channels.clear();
    channels.set(id, entry);
    return entry;
  }

  const schedule = () => {
    ticking = ticking.then(tick).catch((error: unknown) => console.error('[listeners]', error));
  };

  return {
    store: (() => {
      const store = inboundStore(() => app.orm.em.fork());
      return (channel: { id: string; projectId: string }, events: readonly InboundEvent[]) => {
        lastWebhookAt = Date.now();
        return store({ channel, events });
      };
    })(),
    channel,
    process,
    start() {
      if (timer) return;
      schedule();
      timer = setInterval(() => {
        schedule();
        process();
      }, options.tickMs ?? tickMs);
      timer.unref();
    },
    refresh() {
      channels.clear();
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      await ticking;
      const ids = [...running.keys()];
      for (const listener of running.values()) listener.abort.abort();
      await Promise.all([...running.values()].map((listener) => listener.done));
      if (ids.length) await app.orm.em.fork().execute('update channel set listen_until = null where id in (?) and listen_owner = ?', [ids, owner]);
      await processing;
    },
  };
}

/** The channel's health shows the failure and its time until the platform answers again. */
export async function recordChannelError(app: App, channelId: string, message: string) {
  await app.orm.em
    .fork()
    .execute('update channel set last_error = ?, last_error_at = now() where id = ?', [message.slice(0, 500), channelId])
    .catch(() => {});
}
