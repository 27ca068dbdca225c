import { Redis } from 'ioredis';
import { listen, newEmitter, type OnBacklog, type PubSub } from './pubsub.ts';

/** Fan-out across api and worker nodes: one subscriber connection per process, a Redis channel per topic. */
export function createRedisPubSub(url: string): PubSub {
  const publisher = new Redis(url);
  // No CLIENT SETINFO on connect: in ioredis 5.8.2–5.x it races a subscribe made between connect and ready, and the
  // ready check then fails the start-up ("Connection in subscriber mode", redis/ioredis#2037, fixed in 6.0).
  const subscriber = new Redis(url, { disableClientInfo: true });
  const local = newEmitter();
  const listeners = new Map<string, number>();

  subscriber.on('message', (topic: string, raw: string) => local.emit(topic, JSON.parse(raw)));

  const release = (topic: string) => {
    const left = (listeners.get(topic) ?? 1) - 1;
    if (left > 0) return void listeners.set(topic, left);
    listeners.delete(topic);
    void subscriber.unsubscribe(topic);
  };

  return {
    async publish(topic, event) {
      await publisher.publish(topic, JSON.stringify(event));
    },
    async subscribe<T>(topic: string, signal?: AbortSignal, onBacklog?: OnBacklog) {
      const count = listeners.get(topic) ?? 0;
      listeners.set(topic, count + 1);
      if (count === 0) await subscriber.subscribe(topic);
      return listen<T>(local, topic, signal, () => release(topic), onBacklog);
    },
    async close() {
      local.removeAllListeners();
      await Promise.all([publisher.quit(), subscriber.quit()]);
    },
  };
}
