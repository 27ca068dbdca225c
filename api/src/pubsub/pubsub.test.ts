import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryPubSub, deliverTo, hardEventBacklog, maxEventBacklog, topics, type Deliverable, type PubSub } from './pubsub.ts';
import { createRedisPubSub } from './redis-pubsub.ts';

// The in-process implementation serves one node; Redis carries events between the api nodes and the worker.
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const opened: PubSub[] = [];
const open = (pubsub: PubSub) => (opened.push(pubsub), pubsub);
afterAll(async () => {
  await Promise.all(opened.map((pubsub) => pubsub.close()));
});

async function take<T>(events: AsyncIterableIterator<T>, count: number): Promise<T[]> {
  const got: T[] = [];
  for await (const event of events) {
    got.push(event);
    if (got.length === count) break;
  }
  return got;
}

describe.each([
  ['in-process', () => { const one = open(createMemoryPubSub()); return [one, one] as const; }],
  ['Redis, across two processes’ connections', () => [open(createRedisPubSub(redisUrl)), open(createRedisPubSub(redisUrl))] as const],
])('%s pub/sub', (_, make) => {
  it('delivers events in order to every subscriber of a topic, and nothing from other topics', async () => {
    const [publisher, subscriber] = make();
    const inbox = topics.inbox(`p-${Math.random()}`);
    const first = await subscriber.subscribe<{ n: number }>(inbox);
    const second = await subscriber.subscribe<{ n: number }>(inbox);
    await publisher.publish(topics.inbox('another-project'), { n: -1 });
    for (let n = 1; n <= 3; n++) await publisher.publish(inbox, { n });
    expect(await take(first, 3)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(await take(second, 3)).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('ends a subscriber waiting on a quiet topic at once when it leaves', async () => {
    const [, subscriber] = make();
    const events = await subscriber.subscribe(topics.visitor(`v-${Math.random()}`));
    const waiting = events.next();
    const left = await Promise.race([events.return!().then(() => 'left'), new Promise((r) => setTimeout(() => r('still waiting'), 1000))]);
    expect(left).toBe('left');
    expect(await waiting).toEqual({ done: true, value: undefined });
  });

  it('hands events to a deliverer as they come, holds them while it is busy, gives them in order once it resumes, and ends when it leaves', async () => {
    const [publisher, subscriber] = make();
    const topic = topics.inbox(`p-${Math.random()}`);
    const events = (await subscriber.subscribe<{ n: number }>(topic)) as Deliverable<{ n: number }>;
    const witness = await subscriber.subscribe<{ n: number }>(topic);
    const got: number[] = [];
    let resume = () => {};
    const run = events[deliverTo]!((event, resumeLater) => {
      got.push(event.n);
      resume = resumeLater;
      return event.n !== 2;
    });
    for (let n = 1; n <= 4; n++) await publisher.publish(topic, { n });
    // Once another subscriber of the same node has 4, the busy deliverer's 3 and 4 are waiting for it.
    await take(witness, 4);
    expect(got).toEqual([1, 2]);
    resume();
    expect(got).toEqual([1, 2, 3, 4]);
    await events.return!();
    await expect(run).resolves.toBeUndefined();
    await publisher.publish(topic, { n: 5 });
    expect(got).toEqual([1, 2, 3, 4]);
  });

  it('stops delivering once the subscriber leaves', async () => {
    const [publisher, subscriber] = make();
    const topic = topics.conversation(`c-${Math.random()}`);
    const controller = new AbortController();
    const events = await subscriber.subscribe(topic, controller.signal);
    controller.abort();
    await publisher.publish(topic, { late: true });
    expect(await events.next()).toEqual({ done: true, value: undefined });
  });
});

it('releases the Redis channel once the last subscriber of a topic leaves', async () => {
  const pubsub = open(createRedisPubSub(redisUrl));
  const { Redis } = await import('ioredis');
  const probe = new Redis(redisUrl);
  const topic = topics.conversation(`c-${Math.random()}`);
  const subscribers = async () => Number(((await probe.pubsub('NUMSUB', topic)) as [string, number])[1]);
  const first = await pubsub.subscribe(topic);
  const second = await pubsub.subscribe(topic);
  expect(await subscribers()).toBe(1);
  await first.return!();
  expect(await subscribers()).toBe(1);
  await second.return!();
  await expect.poll(subscribers).toBe(0);
  probe.disconnect();
});

describe('a subscriber that falls behind', () => {
  const flood = async (pubsub: PubSub, topic: string, count: number) => {
    for (let i = 0; i < count; i++) await pubsub.publish(topic, { i });
  };
  const drain = async (events: AsyncIterator<unknown>) => {
    let read = 0;
    for (;;) {
      const next = await events.next().catch((error: Error) => error);
      if (next instanceof Error) return { read, error: next.name };
      if (next.done) return { read, error: null };
      read++;
    }
  };

  it('is dropped past maxEventBacklog when nobody is asked, its next read failing', async () => {
    const pubsub = open(createMemoryPubSub());
    const events = await pubsub.subscribe('t');
    await flood(pubsub, 't', maxEventBacklog + 1);
    expect(await drain(events)).toEqual({ read: 0, error: 'SlowConsumerError' });
  });

  it('is dropped past maxEventBacklog behind a busy deliverer, its run failing; a deliverer that throws ends it too', async () => {
    const pubsub = open(createMemoryPubSub());
    const events = (await pubsub.subscribe('t')) as Deliverable<unknown>;
    let delivered = 0;
    const run = events[deliverTo]!(() => (delivered++, false)).catch((error: Error) => error.name);
    await flood(pubsub, 't', maxEventBacklog + 2);
    expect(await run).toBe('SlowConsumerError');
    expect(delivered).toBe(1);
    const failing = (await pubsub.subscribe('u')) as Deliverable<unknown>;
    const failed = failing[deliverTo]!(() => {
      throw new Error('cannot');
    }).catch((error: Error) => error.message);
    await pubsub.publish('u', {});
    expect(await failed).toBe('cannot');
  });

  it('keeps its events while its reader is said to keep up, up to the hard bound, and ends once cut off', async () => {
    const pubsub = open(createMemoryPubSub());
    const asked: boolean[] = [];
    const keeping = await pubsub.subscribe('t', undefined, (mustCut) => (asked.push(mustCut), mustCut));
    await flood(pubsub, 't', 3 * maxEventBacklog + 1);
    // Asked at 1,001, 2,001 and 3,001 waiting events: kept each time.
    expect(asked).toEqual([false, false, false]);
    const cut = await pubsub.subscribe('u', undefined, () => true);
    await flood(pubsub, 'u', maxEventBacklog + 5);
    expect(await drain(cut)).toEqual({ read: 0, error: null });
    await pubsub.publish('t', { last: true });
    const kept = await drain({ next: () => Promise.race([keeping.next(), new Promise<IteratorResult<unknown>>((resolve) => setTimeout(() => resolve({ done: true, value: undefined }), 50))]) });
    expect(kept.read).toBe(3 * maxEventBacklog + 2);
    expect(hardEventBacklog).toBeGreaterThan(maxEventBacklog);
  });
});
