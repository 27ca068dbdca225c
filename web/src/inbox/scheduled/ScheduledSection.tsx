import { createQuery } from '@urql/solid';
import { createEffect, For, on, onCleanup, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import type { ChatMessageFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { plain } from '../../shared/plain.ts';
import type { MessageBus } from '../chat-window/message-bus.ts';
import { ClientScheduledQuery } from './client-scheduled.query.ts';
import { ScheduledItem } from './ScheduledItem.tsx';
import { scheduledMessages } from './scheduled.messages.ts';

/**
 * The client card's "Messages scheduled": every pending send of the client, soonest first, each with its actions.
 * Read again when a message of the list, or a new pending one, passes on the inbox's live events, and when the
 * conversation's `changedAt` moves.
 */
export const ScheduledSection = (props: { clientId: string; messageBus?: MessageBus | undefined; changedAt?: string | undefined }) => {
  const t = useMessages(scheduledMessages);
  const [query, refetch] = createQuery({ query: ClientScheduledQuery, variables: () => ({ id: props.clientId }), requestPolicy: 'cache-and-network' });
  // Reconciled by id: an item being rescheduled keeps its open calendar when the list is read again.
  const [list, setList] = createStore<{ pending: ChatMessageFragment[] }>({ pending: [] });
  createEffect(() => {
    const node = query.data?.node;
    // Read field by field: urql may update its result in place, and this effect must see it.
    const messages = node && 'scheduledMessages' in node ? node.scheduledMessages.map((message) => ({ ...message })) : [];
    setList('pending', reconcile(plain(messages), { key: 'id' }));
  });
  const pending = () => list.pending;
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
  return (
    <section class="card-section scheduled-section" data-testid="client-scheduled" aria-label={t('card.title')}>
      <h3>{t('card.title')}</h3>
      <Show when={pending().length} fallback={<div class="card-missing">{t('card.none')}</div>}>
        <ul class="scheduled-list">
          <For each={pending()}>{(message) => <ScheduledItem message={message} onChanged={reload} />}</For>
        </ul>
      </Show>
    </section>
  );
};
