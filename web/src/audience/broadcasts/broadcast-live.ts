import { useClient } from '@urql/solid';
import { createEffect, createSignal, onCleanup } from 'solid-js';
import type { BroadcastFragment } from '../../generated/graphql.ts';
import { plain } from '../../shared/plain.ts';
import { BroadcastUpdatedSubscription } from './broadcast-updated.subscription.ts';

export const finishedBroadcast = (broadcast: BroadcastFragment) => broadcast.status === 'COMPLETED' || broadcast.status === 'CANCELLED';
const reached = (broadcast: BroadcastFragment) => broadcast.sent + broadcast.failed + broadcast.skipped;

/**
 * One broadcast kept live: `broadcastUpdated` while it is not finished, and whatever fresher state the list brings
 * (a refetch, a mutation's answer). Answers may cross: a state with fewer recipients reached never replaces a later one.
 */
export function createLiveBroadcast(initial: () => BroadcastFragment) {
  const client = useClient();
  const [current, setCurrent] = createSignal(plain(initial()));
  const take = (next: BroadcastFragment | null | undefined) => {
    const now = current();
    if (!next || next.id !== now.id) return;
    if (finishedBroadcast(now) && !finishedBroadcast(next)) return;
    if (reached(next) < reached(now) || next.total < now.total) return;
    setCurrent(plain(next));
  };
  createEffect(() => take(initial()));
  let subscribed: string | null = null;
  let unsubscribe = () => {};
  createEffect(() => {
    const broadcast = current();
    if (finishedBroadcast(broadcast)) {
      unsubscribe();
      return;
    }
    if (subscribed === broadcast.id) return;
    subscribed = broadcast.id;
    const subscription = client.subscription(BroadcastUpdatedSubscription, { id: broadcast.id }).subscribe((result) => take(result.data?.broadcastUpdated));
    unsubscribe = () => {
      subscription.unsubscribe();
      unsubscribe = () => {};
    };
  });
  onCleanup(() => unsubscribe());
  return { current, take };
}
