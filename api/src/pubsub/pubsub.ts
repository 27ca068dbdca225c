import { EventEmitter } from 'node:events';

// Events carry ids only; subscribers load fresh rows themselves. Topics are narrow: one project's inbox,
// one conversation, one web chat visitor; `revocations` tells every node which tokens stopped working.
export type InboxEventKind = 'CONVERSATION_CREATED' | 'CONVERSATION_UPDATED' | 'MESSAGE_ADDED' | 'MESSAGE_STATUS_CHANGED';
export type InboxEventMessage = { kind: InboxEventKind; conversationId: string; messageId?: string; eventId?: string; commentId?: string; activityId?: string };
export type ClientEventMessage = { clientId: string; activityId?: string };
export type VisitorEventMessage = { messageId: string };
export type RevocationMessage = { tokenId: string };
/** An operator's role or a project's settings changed: cached viewers of them are dropped (auth/viewer-cache.ts). */
export type ViewerChangedMessage = { operatorId?: string; projectId?: string };
export type PresenceMessage = { operatorId: string };
export type NotificationMessage = { notificationId: string };
export type TaskEventMessage = { kind: 'CREATED' | 'UPDATED' | 'DELETED'; taskId: string; clientId: string };
export type ActivityMessage = { operatorId: string; viewing: boolean; typing: boolean; hello?: boolean };

export const topics = {
  inbox: (projectId: string) => `inbox:${projectId}`,
  conversation: (conversationId: string) => `conversation:${conversationId}`,
  visitor: (clientChannelId: string) => `visitor:${clientChannelId}`,
  presence: (projectId: string) => `presence:${projectId}`,
  operator: (operatorId: string) => `operator:${operatorId}`,
  activity: (conversationId: string) => `activity:${conversationId}`,
  tasks: (projectId: string) => `tasks:${projectId}`,
  client: (clientId: string) => `client:${clientId}`,
  clients: (projectId: string) => `clients:${projectId}`,
  clientJob: (jobId: string) => `client-job:${jobId}`,
  broadcast: (broadcastId: string) => `broadcast:${broadcastId}`,
  clientRuns: (clientId: string) => `client-runs:${clientId}`,
  processRuns: (processId: string) => `process-runs:${processId}`,
  revocations: 'auth:revocations',
  viewers: 'auth:viewers',
  /** A project's webhook endpoints changed: every node reloads which event types it takes (webhooks/webhooks.ts). */
  webhookEndpoints: 'webhooks:endpoints',
};

/** The topics that are streams (pubsub/stream.ts): what happens in an inbox, a conversation, a client, a visitor's chat, to an operator. */
export const streamTopicPattern = /^(inbox|conversation|operator|client|visitor|tasks|client-runs):/;
const isStreamTopic = (topic: string) => streamTopicPattern.test(topic);

/** Topics whose events are announced in their write's transaction (pubsub/outbox.ts): the streams and what outgoing webhooks follow. */
const mustAnnounce = (topic: string) => isStreamTopic(topic) || topic.startsWith('clients:');

export type PubSub = {
  publish(topic: string, event: object): Promise<void>;
  /**
   * Resolves once listening: events published on the topic from then on, until returned or aborted. What happens
   * to a subscriber that falls behind: see `listen` and OnBacklog.
   */
  subscribe<T>(topic: string, signal?: AbortSignal, onBacklog?: OnBacklog): Promise<AsyncIterableIterator<T>>;
  close(): Promise<void>;
};

/**
 * Tells of a write that is already committed, on a topic whose events may be lost (presence, progress, settings: the
 * next one tells the same). Best effort: a failed publish is logged, never turned into a failed request. Events of the
 * topics that must not be lost are announced in the write's transaction instead (`announce`, outbox.ts).
 */
export async function publishCommitted(pubsub: PubSub, topic: string, event: object): Promise<void> {
  if (mustAnnounce(topic)) throw new Error(`Events on ${topic} are announced in their write's transaction (pubsub/outbox.ts).`);
  await pubsub.publish(topic, event).catch((error: unknown) => console.error('[pubsub] publish failed', topic, event, error));
}

/** One process: the API and the worker share an EventEmitter. Redis takes over with several nodes. */
export function createMemoryPubSub(): PubSub {
  const emitter = newEmitter();
  return {
    async publish(topic, event) {
      emitter.emit(topic, event);
    },
    async subscribe<T>(topic: string, signal?: AbortSignal, onBacklog?: OnBacklog) {
      return listen<T>(emitter, topic, signal, undefined, onBacklog);
    },
    async close() {
      emitter.removeAllListeners();
    },
  };
}

export function newEmitter(): EventEmitter {
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  return emitter;
}

/**
 * How many events may wait for one subscriber before it is asked whether its reader has stalled (see `listen`),
 * and how many at most, whatever it answers. Events are shared by every subscriber of a topic: a waiting one costs
 * a reference.
 */
export const maxEventBacklog = 1000;
export const hardEventBacklog = 100_000;

export class SlowConsumerError extends Error {
  constructor() {
    super(`More than ${maxEventBacklog} events waited for this subscriber: it is too slow and was cut off.`);
    this.name = 'SlowConsumerError';
  }
}

/**
 * Asked each time another `maxEventBacklog` events wait: true when the subscriber is cut off (its socket closed),
 * false to keep them (the reader is keeping up; the server itself is behind). `mustCut`: the hard bound is reached.
 */
export type OnBacklog = (mustCut: boolean) => boolean;

/**
 * The other way to read a `listen` iterator, for the many subscribers of a busy topic: `deliver` is called with each
 * event as it comes, in the emitter's own turn, and answers whether it is done with it. When it is not, it calls
 * `resume` (or `fail`) later, never during the call, and the events meanwhile wait as for a slow reader. The promise
 * settles when the iterator ends, as its `next()` would: a subscriber takes an event without a promise of its own.
 */
export const deliverTo = Symbol('deliverTo');
export type Deliver<T> = (event: T, resume: () => void, fail: (error: unknown) => void) => boolean;
export type Deliverable<T> = AsyncIterableIterator<T> & { [deliverTo]?: (deliver: Deliver<T>) => Promise<void> };

/**
 * The emitter's events on a topic, buffered from this call on; `onEnd` runs once the iterator is finished. Without
 * `onBacklog`, a subscriber more than `maxEventBacklog` events behind is dropped, its next read failing with
 * SlowConsumerError, so that one that stopped reading cannot grow the server's memory. Read by `next()` or by
 * `deliverTo`, not both.
 */
export function listen<T>(emitter: EventEmitter, topic: string, signal?: AbortSignal, onEnd?: () => void, onBacklog?: OnBacklog): Deliverable<T> {
  // A queue read from `head`: shifting a long array would cost its length at every read.
  let backlog: T[] = [];
  let head = 0;
  // Events go straight to a waiting reader; they queue only while the reader is busy elsewhere.
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  // Or to the deliverer, unless it is busy with one.
  let pushing: { deliver: Deliver<T>; busy: boolean; run: PromiseWithResolvers<void> } | null = null;
  let state: 'open' | 'ended' | 'overflowed' = 'open';
  // Its own iterator, not a mapEvents of one: every subscriber reads every event of its topic through it, and a layer
  // less is a promise and two turns of the microtask queue less for each (ten thousand an event on a busy inbox).
  const { done, ended: finished } = endOnce(onEnd);
  const stop = () => {
    emitter.off(topic, onEvent);
    signal?.removeEventListener('abort', end);
  };
  const take = () => {
    const value = backlog[head++]!;
    if (head > 1024 && head * 2 > backlog.length) {
      backlog = backlog.slice(head);
      head = 0;
    }
    return value;
  };
  // The deliverer's run ends with the iterator: a failure, or the end `next()` would have read.
  const settle = (error?: unknown) => {
    if (!pushing) return;
    if (error === undefined && state === 'overflowed' && !onBacklog) error = new SlowConsumerError();
    if (error === undefined) pushing.run.resolve();
    else pushing.run.reject(error);
    done();
  };
  const push = (event: T) => {
    try {
      pushing!.busy = !pushing!.deliver(event, resume, fail);
    } catch (error) {
      fail(error);
    }
  };
  const resume = () => {
    if (state !== 'open' || !pushing) return;
    pushing.busy = false;
    while (!pushing.busy && head < backlog.length && state === 'open') push(take());
  };
  const fail = (error: unknown) => {
    state = 'ended';
    stop();
    settle(error);
  };
  const onEvent = (event: T) => {
    if (pushing && !pushing.busy) return push(event);
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      return resolve({ done: false, value: event });
    }
    backlog.push(event);
    const waitingEvents = backlog.length - head;
    if (waitingEvents <= maxEventBacklog || waitingEvents % maxEventBacklog !== 1) return;
    if (onBacklog && !onBacklog(waitingEvents > hardEventBacklog)) return;
    state = 'overflowed';
    backlog = [];
    head = 0;
    stop();
    settle();
  };
  const end = () => {
    if (state === 'open') state = 'ended';
    stop();
    waiting?.(done());
    waiting = null;
    settle();
  };
  emitter.on(topic, onEvent);
  signal?.addEventListener('abort', end, { once: true });
  if (signal?.aborted) end();
  const iterator: Deliverable<T> = {
    next: () => {
      if (finished()) return Promise.resolve(done());
      if (head < backlog.length) return Promise.resolve({ done: false, value: take() });
      if (state === 'overflowed') return onBacklog ? Promise.resolve(done()) : Promise.reject(new SlowConsumerError());
      if (state === 'ended') return Promise.resolve(done());
      return new Promise((resolve) => (waiting = resolve));
    },
    return: async () => {
      end();
      return done();
    },
    [deliverTo]: (deliver) => {
      pushing = { deliver, busy: false, run: Promise.withResolvers() };
      const { promise } = pushing.run;
      if (state === 'open') resume();
      else settle();
      return promise;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** An iterator's end: `done()` answers it, running `onEnd` the first time; `ended()` tells whether it has. */
function endOnce(onEnd?: () => void) {
  let ended = false;
  return {
    ended: () => ended,
    done: (): IteratorReturnResult<undefined> => {
      if (!ended) {
        ended = true;
        onEnd?.();
      }
      return { done: true, value: undefined };
    },
  };
}

/**
 * Maps (and, with null, drops) the events of `source`. Unlike an async generator, `return()` ends it at once
 * even while it waits for the next event, so an unsubscribe on a quiet topic releases its listener now.
 */
export function mapEvents<S, T>(
  source: AsyncIterator<S>,
  map: (event: S) => T | null | Promise<T | null>,
  onEnd?: () => void,
): AsyncIterableIterator<T> {
  const { done, ended } = endOnce(onEnd);
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      try {
        for (;;) {
          const result = await source.next();
          if (result.done || ended()) return done();
          const mapped = await map(result.value);
          if (mapped !== null) return { done: false, value: mapped };
        }
      } catch (error) {
        if ((error as Error).name === 'AbortError') return done();
        throw error;
      }
    },
    async return() {
      await source.return?.();
      return done();
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}

/** `first`, then the events of `rest` (a resumed subscription's missed items, then the live ones). */
export function startWith<T>(first: readonly T[], rest: AsyncIterableIterator<T>): AsyncIterableIterator<T> {
  const queue = [...first];
  const source: AsyncIterator<T> = {
    next: () => (queue.length ? Promise.resolve({ done: false, value: queue.shift()! }) : rest.next()),
    return: async () => {
      queue.length = 0;
      return (await rest.return?.()) ?? { done: true, value: undefined };
    },
  };
  return mapEvents(source, (event) => event);
}
