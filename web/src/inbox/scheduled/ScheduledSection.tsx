import { createQuery, useClient } from '@urql/solid';
import { createEffect, For, on, onCleanup, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { ChatMessageFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { plain } from '../../shared/plain.ts';
import type { MessageBus } from '../chat-window/message-bus.ts';
import { ProcessRunUpdatedSubscription } from '../processes/process-run-updated.subscription.ts';
import { ClientScheduledQuery } from './client-scheduled.query.ts';
import { ScheduledItem } from './ScheduledItem.tsx';
import { ProcessSendItem, type ProcessSend } from './ProcessSendItem.tsx';
import { scheduledMessages } from './scheduled.messages.ts';

/**
 * The client card's "Messages scheduled": every pending send of the client, soonest first, each with its actions —
 * scheduled messages, and what their business processes will send when a delay ends. Read again when a message of
 * the list, or a new pending one, passes on the inbox's live events, when the conversation's `changedAt` moves, and
 * when a run of the client that waits (or waited) at a delay changes.
 */
export const ScheduledSection = (props: { clientId: string; messageBus?: MessageBus | undefined; changedAt?: string | undefined }) => {
  const t = useMessages(scheduledMessages);
  const [query, refetch] = createQuery({ query: ClientScheduledQuery, variables: () => ({ id: props.clientId }), requestPolicy: 'cache-and-network' });
  // Reconciled by id: an item being rescheduled keeps its open calendar when the list is read again.
  const [list, setList] = createStore<{ pending: ChatMessageFragment[]; sends: ProcessSend[] }>({ pending: [], sends: [] });
  createEffect(() => {
    const node = query.data?.node;
    // Read field by field: urql may update its result in place, and this effect must see it.
    const messages = node && 'scheduledMessages' in node ? node.scheduledMessages.map((message) => ({ ...message })) : [];
    const sends = node && 'pendingProcessSends' in node ? node.pendingProcessSends.map((send) => ({ ...send, id: send.run.id })) : [];
    setList('pending', reconcile(plain(messages), { key: 'id' }));
    setList('sends', reconcile(plain(sends), { key: 'id' }));
  });
  const pending = () => list.pending;
  // One list, soonest first: the store's own items, so that a reread keeps each item (and its open calendar).
  const items = () => [...list.pending, ...list.sends].sort((a, b) => Date.parse(dueOf(a)) - Date.parse(dueOf(b)));
  // A reload asked while a read is on its way (which may have left before the change) runs once it is back.
  let again = false;
  const reload = () => {
    if (query.fetching) again = true;
    else refetch({ requestPolicy: 'network-only' });
  };
  createEffect(
    on(
      () => query.fetching,
      (fetching) => {
        if (fetching || !again) return;
        again = false;
        refetch({ requestPolicy: 'network-only' });
      },
    ),
  );
  const concerns = (message: ChatMessageFragment) => message.status === 'SCHEDULED' || pending().some((other) => other.id === message.id);
  if (props.messageBus) onCleanup(props.messageBus.listen((message) => concerns(message) && reload()));
  // The conversation's pending count or activity moved (a send scheduled or gone, from any operator or the API).
  createEffect(on(() => props.changedAt, reload, { defer: true }));
  // A run at a delay (or one listed, which may have moved on) changed: its pending send did too.
  const urql = useClient();
  createEffect(() => {
    const subscription = urql.subscription(ProcessRunUpdatedSubscription, { clientId: props.clientId }).subscribe((result) => {
      const run = result.data?.processRunUpdated;
      if (run && (run.waitingFor === 'DELAY' || list.sends.some((send) => send.id === run.id))) reload();
    });
    onCleanup(() => subscription.unsubscribe());
  });
  return (
    <section class="card-section scheduled-section" data-testid="client-scheduled" aria-label={t('card.title')}>
      <h3>{t('card.title')}</h3>
      <Show when={items().length} fallback={<div class="card-missing">{t('card.none')}</div>}>
        <ul class="scheduled-list">
          <For each={items()}>{(item) => ('sendAt' in item ? <ProcessSendItem send={item} onChanged={reload} /> : <ScheduledItem message={item} onChanged={reload} />)}</For>
        </ul>
      </Show>
    </section>
  );
};

const dueOf = (item: ChatMessageFragment | ProcessSend) => ('sendAt' in item ? item.sendAt : (item.scheduledAt ?? item.createdAt));
