import { batch } from 'solid-js';
import { createStore, produce } from 'solid-js/store';
import type { WidgetChatMessageFragment } from '../generated/graphql.ts';
import { retryWait } from '../shared/realtime.ts';

// A message typed by the visitor and not yet stored by the server. Its id is also its idempotencyKey: however
// often it is sent, the server stores it once.
export type PendingMessage = {
  clientMessageId: string;
  text: string;
  createdAt: string;
  // waiting: the server is out of reach; it goes again by itself, with the same key, when it answers.
  state: 'sending' | 'waiting' | 'failed';
  error?: string;
};

// What one attempt came to: the stored message, no answer (try again), or a refusal to show with a Retry.
export type Attempt = { message: WidgetChatMessageFragment } | { unreachable: true } | { refused: string };

type Options = {
  attempt: (pending: PendingMessage, file: File | undefined) => Promise<Attempt>;
  stored: (message: WidgetChatMessageFragment) => void;
  // Resolves when the server is likely back (the socket reconnected), so a waiting message need not sit out its backoff.
  backOnline: () => Promise<void>;
};

/** The visitor's unsent messages, sent one at a time in the order typed and retried until the server answers. */
export const createOutbox = ({ attempt, stored, backOnline }: Options) => {
  const [pending, setPending] = createStore<PendingMessage[]>([]);
  // File objects stay out of the store (it would wrap them); kept until their message is stored.
  const files = new Map<string, File>();
  let running = false;

  const patch = (clientMessageId: string, change: Partial<PendingMessage> | null) =>
    setPending(
      produce((list) => {
        const index = list.findIndex((p) => p.clientMessageId === clientMessageId);
        if (index < 0) return;
        if (change === null) list.splice(index, 1);
        else Object.assign(list[index] ?? {}, change);
      }),
    );

  const run = async () => {
    if (running) return;
    running = true;
    try {
      for (let misses = 0; ; ) {
        const next = pending.find((p) => p.state !== 'failed');
        if (!next) return;
        const id = next.clientMessageId;
        patch(id, { state: 'sending', error: undefined });
        const result = await attempt({ ...next }, files.get(id));
        if ('message' in result) {
          const message = result.message;
          files.delete(id);
          batch(() => {
            patch(id, null);
            stored(message);
          });
          misses = 0;
        } else if ('refused' in result) {
          patch(id, { state: 'failed', error: result.refused });
        } else {
          // Kept in place, with whatever was typed after it: they go in order once the server answers.
          setPending((p) => p.state !== 'failed', 'state', 'waiting');
          await Promise.race([retryWait(misses++), backOnline()]);
        }
      }
    } finally {
      running = false;
    }
  };

  const add = (text: string, file?: File) => {
    const offline = pending.some((p) => p.state === 'waiting');
    const item: PendingMessage = { clientMessageId: crypto.randomUUID(), text, createdAt: new Date().toISOString(), state: offline ? 'waiting' : 'sending' };
    if (file) files.set(item.clientMessageId, file);
    setPending(pending.length, item);
    void run();
  };

  return {
    pending,
    send: (text: string) => add(text),
    sendFile: (file: File) => add(`📎 ${file.name}`, file),
    retry: (clientMessageId: string) => {
      patch(clientMessageId, { state: 'sending', error: undefined });
      void run();
    },
    // The visitor's own message came back live before its send answered: its placeholder is done.
    arrived: (message: WidgetChatMessageFragment) => {
      const head = pending.find((p) => p.state !== 'failed');
      if (head && !files.has(head.clientMessageId) && head.text === message.text) patch(head.clientMessageId, null);
    },
  };
};
