import { useClient } from '@urql/solid';
import { createSignal, onCleanup } from 'solid-js';
import { SetTypingMutation } from './set-typing.mutation.ts';

// typing:true at most this often while the operator types (the others drop it after 6 s without a repeat).
const REPEAT_MS = 3_000;
// No keystroke for this long is a stop.
const IDLE_MS = 4_000;

// Tells the other operators on a conversation that this one is writing a reply, and when they stopped.
export const createTypingNotifier = (conversationId: string) => {
  const client = useClient();
  const [typing, setTyping] = createSignal(false);
  let lastSent = 0;
  let idle: ReturnType<typeof setTimeout> | undefined;

  const send = (value: boolean) => void client.mutation(SetTypingMutation, { input: { conversationId, typing: value } }).toPromise();

  const stop = () => {
    clearTimeout(idle);
    if (!typing()) return;
    setTyping(false);
    send(false);
  };

  // On every keystroke that changes the reply.
  const input = () => {
    const now = Date.now();
    if (!typing() || now - lastSent >= REPEAT_MS) {
      lastSent = now;
      send(true);
    }
    setTyping(true);
    clearTimeout(idle);
    idle = setTimeout(stop, IDLE_MS);
  };

  onCleanup(stop);
  return { typing, input, stop };
};

export type TypingNotifier = ReturnType<typeof createTypingNotifier>;
