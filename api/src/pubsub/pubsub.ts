import { EventEmitter } from 'node:events';

// Events carry ids only; subscribers load fresh rows themselves. Topics are narrow: one project's inbox,
// one conversation, one web chat visitor; `revocations` tells every node which tokens stopped working.
export type InboxEventKind = 'CONVERSATION_CREATED' | 'CONVERSATION_UPDATED' | 'MESSAGE_ADDED' | 'MESSAGE_STATUS_CHANGED';
export type InboxEventMessage = { kind: InboxEventKind; conversationId: string; messageId?: string; eventId?: string; commentId?: string; activityId?: string };
export type ClientEventMessage = { clientId: string; activityId?: string };
export type VisitorEventMessage = { messageId: string };
export type RevocationMessage = { tokenId: string };
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
  revocations: 'auth:revocations',
};

export type PubSub = {
  publish(topic: string, event: object): Promise<void>;
  /**
   * Resolves once listening: events published on the topic from then on, until returned or aborted. A subscriber
   * that falls more than `maxEventBacklog` events behind is dropped: `onOverflow` is told (and the events end),
   * or, without it, the next read fails with SlowConsumerError.
   */
  subscribe<T>(topic: string, signal?: AbortSignal, onOverflow?: () => void): Promise<AsyncIterableIterator<T>>;
  close(): Promise<void>;
};

/**
 * Announces a write that is already committed. Best effort: a failed publish is logged, never turned into a
 * failed request (subscribers load fresh rows when they reconnect).
 */
export async function publishCommitted(pubsub: PubSub, topic: string, event: object): Promise<void> {
  await pubsub.publish(topic, event).catch((error: unknown) => console.error('[pubsub] publish failed', topic, event, error));
}

/** An inbox event goes to the project's inbox topic and to the conversation's own topic. */
export async function publishInboxEvent(pubsub: PubSub, projectId: string, event: InboxEventMessage): Promise<void> {
  await Promise.all([publishCommitted(pubsub, topics.inbox(projectId), event), publishCommitted(pubsub, topics.conversation(event.conversationId), event)]);
}

/** One process: the API and the worker share an EventEmitter. Redis takes over with several nodes. */
export function createMemoryPubSub(): PubSub {
  const emitter = newEmitter();
  return {
    async publish(topic, event) {
      emitter.emit(topic, event);
    },
    async subscribe<T>(topic: string, signal?: AbortSignal, onOverflow?: () => void) {
      return listen<T>(emitter, topic, signal, undefined, onOverflow);
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

/** Events that may wait for one subscriber; a subscriber that falls further behind is cut off (SlowConsumerError). */
export const maxEventBacklog = 1000;

export class SlowConsumerError extends Error {
  constructor() {
    super(`More than ${maxEventBacklog} events waited for this subscriber: it is too slow and was cut off.`);
    this.name = 'SlowConsumerError';
  }
}

/**
 * The emitter's events on a topic, buffered from this call on (at most `maxEventBacklog`, so a subscriber that
 * stopped reading cannot grow the server's memory); `onEnd` runs once the iterator is finished.
 */
export function listen<T>(emitter: EventEmitter, topic: string, signal?: AbortSignal, onEnd?: () => void, onOverflow?: () => void) {
  const backlog: T[] = [];
  // Events go straight to a waiting reader; they queue only while the reader is busy elsewhere.
  let waiting: ((result: IteratorResult<T>) => void) | null = null;
  let state: 'open' | 'ended' | 'overflowed' = 'open';
  const stop = () => {
    emitter.off(topic, onEvent);
    signal?.removeEventListener('abort', end);
  };
  const onEvent = (event: T) => {
    if (waiting) {
      const resolve = waiting;
      waiting = null;
      return resolve({ done: false, value: event });
    }
    backlog.push(event);
    if (backlog.length <= maxEventBacklog) return;
    state = 'overflowed';
    backlog.length = 0;
    stop();
    onOverflow?.();
  };
  const end = () => {
    if (state === 'open') state = 'ended';
    stop();
    waiting?.({ done: true, value: undefined });
    waiting = null;
  };
  emitter.on(topic, onEvent);
  signal?.addEventListener('abort', end, { once: true });
  if (signal?.aborted) end();
  const source: AsyncIterator<T> = {
    next: () => {
      if (backlog.length) return Promise.resolve({ done: false, value: backlog.shift()! });
      if (state === 'overflowed') return onOverflow ? Promise.resolve({ done: true, value: undefined }) : Promise.reject(new SlowConsumerError());
      if (state === 'ended') return Promise.resolve({ done: true, value: undefined });
      return new Promise((resolve) => (waiting = resolve));
    },
    return: async () => {
      end();
      return { done: true, value: undefined };
    },
  };
  return mapEvents(source, (event) => event, onEnd);
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
  let ended = false;
  const done = (): IteratorReturnResult<undefined> => {
    if (!ended) {
      ended = true;
      onEnd?.();
    }
    return { done: true, value: undefined };
  };
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      try {
        for (;;) {
          const result = await source.next();
          if (result.done || ended) return done();
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
