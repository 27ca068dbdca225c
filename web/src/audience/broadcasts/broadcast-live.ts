import { useClient } from '@urql/solid';
import { createEffect, createSignal, on, onCleanup, untrack } from 'solid-js';
import type { BroadcastFragment } from '../../generated/graphql.ts';
import { plain } from '../../shared/plain.ts';
import { BroadcastUpdatedSubscription } from './broadcast-updated.subscription.ts';
import { BroadcastQuery } from './broadcast.query.ts';

// While the subscription is the news, a slow poll covers a socket that dropped or progress published before it.
const POLL_MS = 3_000;

export const finishedBroadcast = (broadcast: BroadcastFragment) => broadcast.status === 'COMPLETED' || broadcast.status === 'CANCELLED';
const reached = (broadcast: BroadcastFragment) => broadcast.sent + broadcast.failed + broadcast.skipped;

/**
 * One broadcast kept live: `broadcastUpdated` (and a slow poll) while it is not finished, and whatever fresher state the list brings
 * (a refetch, a mutation's answer). Answers may cross: a state with fewer recipients reached never replaces a later one.
 */
export function createLiveBroadcast(initial: () => BroadcastFragment) {
  const client = useClient();
  const [current, setCurrent] = createSignal(plain(initial()));
  const take = (next: BroadcastFragment | null | undefined) => {
    const now = untrack(current);
    if (!next || next.id !== now.id) return;
    if (finishedBroadcast(now) && !finishedBroadcast(next)) return;
    if (reached(next) < reached(now) || next.total < now.total) return;
    setCurrent(plain(next));
  };
  createEffect(on(initial, take, { defer: true }));
  let subscribed: string | null = null;
  let unsubscribe = () => {};
  createEffect(() => {
    const broadcast = current();
    // A cancelled one still moves its last recipients to SKIPPED: followed until nothing is pending.
    if (finishedBroadcast(broadcast) && broadcast.pending === 0) {
      unsubscribe();
      return;
    }
    if (subscribed === broadcast.id) return;
    subscribed = broadcast.id;
    const subscription = client.subscription(BroadcastUpdatedSubscription, { id: broadcast.id }).subscribe((result) => take(result.data?.broadcastUpdated));
    const poll = () =>
      void client
        .query(BroadcastQuery, { id: broadcast.id }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => take(result.data?.broadcast));
    const timer = setInterval(poll, POLL_MS);
    poll();
    unsubscribe = () => {
      subscription.unsubscribe();
      clearInterval(timer);
      unsubscribe = () => {};
    };
  });
  onCleanup(() => unsubscribe());
  return { current, take };
}
