import { createSubscription } from '@urql/solid';
import { createEffect, createMemo, on, onCleanup } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { useLive } from '../live-context.ts';
import { ConversationActivitySubscription } from './conversation-activity.subscription.ts';

// The API's rule: typing:true is repeated every few seconds; 6 s of silence means stopped.
const TYPING_TTL_MS = 6_000;

type Other = { name: string; viewing: boolean; typingUntil: number };

/**
 * Who else has the conversation open and who is typing in it. Subscribing marks the viewer as viewing too;
 * the operators already there announce themselves. After a reconnect the list starts over the same way.
 */
export const createConversationActivity = (conversationId: string) => {
  const live = useLive();
  const [others, setOthers] = createStore<{ byId: Record<string, Other | undefined>; now: number }>({ byId: {}, now: Date.now() });

  createSubscription({ query: ConversationActivitySubscription, variables: { conversationId } }, (_previous, data) => {
    const { operator, viewing, typing } = data.conversationActivity;
    const now = Date.now();
    // undefined deletes the key from the store.
    if (!viewing && !typing) setOthers('byId', operator.id, undefined);
    else setOthers('byId', operator.id, { name: operator.name, viewing, typingUntil: typing ? now + TYPING_TTL_MS : 0 });
    setOthers('now', now);
    return data;
  });

  createEffect(on(live.reconnects, () => setOthers('byId', reconcile({})), { defer: true }));

  // A clock for the typing expiry.
  const tick = setInterval(() => setOthers('now', Date.now()), 1_000);
  onCleanup(() => clearInterval(tick));

  const list = createMemo(() => Object.values(others.byId).filter((other): other is Other => !!other));
  return {
    typing: createMemo(() => list().filter((other) => other.typingUntil > others.now).map((other) => other.name)),
    viewing: createMemo(() => list().filter((other) => other.viewing && other.typingUntil <= others.now).map((other) => other.name)),
  };
};

export type ConversationActivity = ReturnType<typeof createConversationActivity>;
