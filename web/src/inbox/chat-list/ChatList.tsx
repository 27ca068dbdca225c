import { createEffect, createMemo, For, Match, on, Show, Switch } from 'solid-js';
import { createNow } from '../../ui/clock.ts';
import { FilterBar } from '../filters/FilterBar.tsx';
import type { ConversationList } from './conversation-list.ts';
import { ChatRow } from './ChatRow.tsx';
import { useMessages } from '../../i18n/messages.ts';
import { chatListMessages } from './chat-list.messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { SearchBox } from './SearchBox.tsx';
import { OrderToggle, SectionTabs } from './SectionTabs.tsx';
import { createVirtualRows } from './virtual-rows.ts';

type Props = {
  list: ConversationList;
  selectedId: string | null;
  onSelect: (id: string) => void;
};

export const ChatList = (props: Props) => {
  const now = createNow();
  const t = useMessages(chatListMessages);
  const common = useMessages(commonMessages);
  const sectionLabel = () => {
    const section = props.list.view().section;
    return section === 'TEAM' ? t('thisTeam') : t(`sections.${section}`);
  };
  const unreadTotal = createMemo(() => props.list.items.filter((item) => item.unreadCount > 0).length);

  const rows = createVirtualRows(() => props.list.items);
  // The selected chat stays in view when the keyboard walks the list.
  createEffect(on(() => props.selectedId, (id) => rows.reveal(props.list.items.findIndex((item) => item.id === id)), { defer: true }));

  // Pages further down load as the list nears its end.
  const onScroll = (event: Event) => {
    const el = event.currentTarget as HTMLElement;
    rows.measure();
    if (el.scrollHeight - el.scrollTop - el.clientHeight < 200) void props.list.loadMore();
  };

  return (
    <section class="pane chat-list-pane" aria-label={t('list')}>
      <header class="pane-header chat-list-header">
        <div class="pane-title">
          {t('title')}
          <Show when={unreadTotal() > 0 && !props.list.searching()}>
            <span class="pane-title-count">{t('unread', unreadTotal())}</span>
          </Show>
          <OrderToggle order={props.list.view().order} onOrder={props.list.setOrder} disabled={props.list.searching()} />
        </div>
        <SearchBox onSearch={props.list.setSearch} busy={props.list.refreshing()} />
        <div class="section-row">
          <SectionTabs view={props.list.view()} onSection={props.list.setSection} />
          <FilterBar list={props.list} />
        </div>
      </header>
      <div class="chat-list-scroll" data-testid="chat-list" ref={rows.attach} onScroll={onScroll}>
        <Switch>
          <Match when={props.list.loading()}>
            <ul class="chat-list-skeleton" aria-busy="true" aria-label={t('loading')}>
              <For each={[1, 2, 3, 4, 5, 6]}>
                {() => (
                  <li class="skeleton-row">
                    <span class="skeleton skeleton-avatar" />
                    <span class="skeleton-lines">
                      <span class="skeleton skeleton-line" />
                      <span class="skeleton skeleton-line short" />
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Match>
          <Match when={props.list.error()}>
            {(message) => (
              <div class="empty-state">
                <span class="empty-state-title">{t('notLoaded')}</span>
                <span class="error-text">{message()}</span>
              </div>
            )}
          </Match>
          <Match when={props.list.items.length === 0}>
            <div class="empty-state">
              <svg width="40" height="40" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.5" aria-hidden="true">
                <path d="M4 5h16v11H9l-5 4z" stroke-linejoin="round" />
              </svg>
              <Show
                when={!props.list.view().search}
                fallback={
                  <>
                    <span class="empty-state-title">{t('noMatch', props.list.view().search ?? '')}</span>
                    <span>{props.list.view().section !== 'ALL' ? t('tryBeyond', sectionLabel()) : t('tryOther')}</span>
                  </>
                }
              >
                <Show
                  when={props.list.view().section !== 'ALL'}
                  fallback={
                    <>
                      <span class="empty-state-title">{t('empty')}</span>
                      <span>{t('emptyHint')}</span>
                    </>
                  }
                >
                  <span class="empty-state-title">{t('nothingIn', sectionLabel())}</span>
                  <span>{t('emptyFiltered')}</span>
                </Show>
              </Show>
            </div>
          </Match>
        </Switch>
        <ul
          class="chat-list"
          role="listbox"
          aria-label={t('list')}
          hidden={props.list.items.length === 0}
          style={{ 'padding-top': `${rows.padTop()}px`, 'padding-bottom': `${rows.padBottom()}px` }}
        >
          <For each={rows.visible()}>
            {(conversation) => (
              <ChatRow
                conversation={conversation}
                selected={conversation.id === props.selectedId}
                now={now()}
                hit={props.list.hitOf(conversation.id)}
                viewerId={props.list.viewerId()}
                onSelect={props.onSelect}
              />
            )}
          </For>
        </ul>
        <Show when={props.list.loadingMore()}>
          <div class="chat-list-note">
            <span class="spinner" />
          </div>
        </Show>
        <Show when={props.list.loadMoreError()}>
          {(message) => (
            <div class="chat-list-note">
              <span class="error-text">{message()}</span>{' '}
              <button class="btn btn-small" onClick={() => void props.list.loadMore()}>
                {common('retry')}
              </button>
            </div>
          )}
        </Show>
      </div>
    </section>
  );
};
