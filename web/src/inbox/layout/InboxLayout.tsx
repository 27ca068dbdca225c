import { createQuery } from '@urql/solid';
import { createEffect, createSignal, Show } from 'solid-js';
import type { ClientControlsFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ChatList } from '../chat-list/ChatList.tsx';
import { createConversationList } from '../chat-list/conversation-list.ts';
import { ChatWindow } from '../chat-window/ChatWindow.tsx';
import { requestMention } from '../chat-window/composer-commands.ts';
import { createMessageBus } from '../chat-window/message-bus.ts';
import { ClientCard } from '../client-card/ClientCard.tsx';
import { isNarrow, isPhone } from '../../ui/media.ts';
import { backToList, cardScreen, closeCardScreen, openCardScreen, selectConversation, selectedId } from '../selection.ts';
import { Header } from './Header.tsx';
import { useInboxKeys } from './inbox-keys.ts';
import { layoutMessages } from './layout.messages.ts';
import { MeQuery } from './me.query.ts';
import { DeliveryBanner } from './DeliveryBanner.tsx';

export const InboxLayout = () => {
  const t = useMessages(layoutMessages);
  const [me] = createQuery({ query: MeQuery });
  const messageBus = createMessageBus();
  const viewerId = () => me.data?.me.operator?.id;
  const list = createConversationList({ onMessage: messageBus.publish, viewerId });

  // Above 1180 px the card is a pane the operator may close; below, a drawer (or a phone's screen) that the hash
  // opens, so the browser's Back closes it.
  const [cardPane, setCardPane] = createSignal(true);
  const cardOpen = () => (isNarrow() ? cardScreen() : cardPane());
  const openCard = () => (isNarrow() ? openCardScreen() : setCardPane(true));
  const closeCard = () => (isNarrow() ? closeCardScreen() : setCardPane(false));
  const [largeCard, setLargeCard] = createSignal(false);

  const step = (delta: 1 | -1) => {
    const items = list.items;
    if (items.length === 0) return;
    const index = items.findIndex((item) => item.id === selectedId());
    const target = items[index < 0 ? 0 : Math.min(items.length - 1, Math.max(0, index + delta))];
    if (target) selectConversation(target.id);
  };
  useInboxKeys({
    step,
    mention: () => selectedId() && requestMention(),
    openLargeCard: () => selectedId() && setLargeCard(true),
    escape: () => (largeCard() ? setLargeCard(false) : closeCard()),
  });

  // The card's bot and blocking changes, into the open conversation as the list keeps it.
  const onClientChanged = (client: ClientControlsFragment) => {
    const conversation = list.byId(selectedId());
    if (conversation?.client.id === client.id) list.upsert([{ ...conversation, client: { ...conversation.client, ...client } }]);
  };

  createEffect(() => {
    const project = me.data?.me.project.name;
    document.title = project ? t('titleOf', { project }) : t('title');
  });

  return (
    <div class="inbox inbox-page" classList={{ 'has-selection': !!selectedId() }}>
      <Header me={me.data?.me} />
      <DeliveryBanner />
      <div class="inbox-panes" classList={{ 'has-selection': !!selectedId(), 'card-closed': !cardOpen(), 'card-open': cardOpen() }}>
        <ChatList list={list} selectedId={selectedId()} onSelect={selectConversation} />
        <Show
          when={selectedId()}
          keyed
          fallback={
            <section class="pane chat-window chat-window-empty">
              <div class="empty-state">
                <svg width="48" height="48" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.4" aria-hidden="true">
                  <path d="M4 5h16v11H9l-5 4z" stroke-linejoin="round" />
                  <path d="M8 9.5h8M8 12.5h5" stroke-linecap="round" />
                </svg>
                <span class="empty-state-title">{t('empty.title')}</span>
                <span>{t('empty.text')}</span>
              </div>
            </section>
          }
        >
          {(id) => (
            <ChatWindow
              conversationId={id}
              listItem={list.byId(id)}
              viewerId={viewerId()}
              readOnOpen={me.data?.me.operator?.readOnOpen ?? false}
              listSearch={list.view().search}
              messageBus={messageBus}
              onConversationChanged={(conversation) => list.upsert([conversation])}
              onBack={isPhone() ? backToList : undefined}
              card={isNarrow() ? { open: cardOpen(), toggle: () => (cardOpen() ? closeCard() : openCard()) } : undefined}
            />
          )}
        </Show>
        <Show
          when={cardOpen() && (!isNarrow() || selectedId())}
          fallback={
            <Show when={!isNarrow()}>
              <aside class="client-card-rail">
                <button class="btn btn-small" data-testid="client-card-open" title={t('card.label')} aria-label={t('card.open')} onClick={openCard}>
                  👤
                </button>
              </aside>
            </Show>
          }
        >
          {/* A drawer over the chat: a press beside it closes it. */}
          <Show when={isNarrow()}>
            <div class="card-drawer-backdrop" data-testid="card-drawer-backdrop" onClick={closeCard} />
          </Show>
          <ClientCard
            conversation={list.byId(selectedId())}
            onClientChanged={onClientChanged}
            onClose={closeCard}
            onBack={isPhone() ? closeCard : undefined}
            onExpand={isPhone() ? undefined : () => setLargeCard(true)}
            messageBus={messageBus}
          />
        </Show>
      </div>
      <Show when={largeCard() && list.byId(selectedId())}>
        <div class="modal-backdrop" onClick={(event) => event.target === event.currentTarget && setLargeCard(false)}>
          <div class="client-card-modal" role="dialog" aria-modal="true" aria-label={t('card.label')}>
            <ClientCard
              variant="large"
              conversation={list.byId(selectedId())}
              onClientChanged={onClientChanged}
              onClose={() => setLargeCard(false)}
              messageBus={messageBus}
            />
          </div>
        </div>
      </Show>
    </div>
  );
};
