import { createEffect, Match, onCleanup, Show, Switch, untrack } from 'solid-js';
import type { ConversationListItemFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { ChannelIcon } from '../../ui/ChannelIcon.tsx';
import { ActivityIndicator } from '../activity/ActivityIndicator.tsx';
import { createConversationActivity } from '../activity/conversation-activity.ts';
import { createTypingNotifier } from '../activity/typing-notifier.ts';
import { createCommentActions } from '../comments/comment-actions.ts';
import { PinnedComments } from '../comments/PinnedComments.tsx';
import { createConversationActions } from '../conversation-actions/conversation-actions.ts';
import { ConversationActions } from '../conversation-actions/ConversationActions.tsx';
import { createMessageActions } from '../message-actions/message-actions.ts';
import type { MessageContext } from '../message-actions/MessageMenu.tsx';
import { PinnedMessages } from '../message-actions/PinnedMessages.tsx';
import { chatWindowMessages } from './chat-window.messages.ts';
import { Composer } from './Composer.tsx';
import { createConversationTimeline } from './conversation-timeline.ts';
import { createDialogSearch } from './dialog-search.ts';
import { dialogSearchItem, systemEventsItem } from './chat-header-items.tsx';
import { DialogSearchBar } from './DialogSearch.tsx';
import type { MessageBus } from './message-bus.ts';
import { createSystemEventsPreference } from './system-events-preference.ts';
import { TimelineList } from './TimelineList.tsx';
import { ChannelSwitch } from './ChannelSwitch.tsx';

type Props = {
  conversationId: string;
  // The live conversation as the chat list knows it (kept even when it is not in the current section).
  listItem: ConversationListItemFragment | undefined;
  viewerId: string | undefined;
  // The operator's setting: opening a conversation marks it read.
  readOnOpen: boolean;
  // The chat list's search words: the dialog search starts with them.
  listSearch: string | null;
  messageBus: MessageBus;
  onConversationChanged: (conversation: ConversationListItemFragment) => void;
  /** A phone's Back to the chat list (the list is a screen of its own there). */
  onBack?: (() => void) | undefined;
  /** The client card's button, where the card is a drawer or a screen rather than a pane. */
  card?: { open: boolean; toggle: () => void } | undefined;
};

const BackIcon = () => (
  <svg width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
    <path d="M12.5 4.5 7 10l5.5 5.5" />
  </svg>
);

const CardIcon = () => (
  <svg width="18" height="18" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.7" aria-hidden="true">
    <rect x="2.5" y="3.5" width="15" height="13" rx="2" />
    <circle cx="7.5" cy="8.5" r="2" />
    <path d="M4.8 13.5c.5-1.5 1.5-2.2 2.7-2.2s2.2.7 2.7 2.2M12 8h3.5M12 11h3.5" stroke-linecap="round" />
  </svg>
);

export const ChatWindow = (props: Props) => {
  const t = useMessages(chatWindowMessages);
  // conversationId is fixed for this component's life: the parent re-creates it per conversation.
  const timeline = createConversationTimeline(props.conversationId);
  onCleanup(props.messageBus.listen(timeline.upsertMessage));
  const actions = createConversationActions(() => props.conversationId, props.onConversationChanged);
  const search = createDialogSearch(props.conversationId, timeline);
  const comments = createCommentActions((comment) => timeline.upsert([{ __typename: 'Comment', ...comment }]));
  const activity = createConversationActivity(props.conversationId);
  const typing = createTypingNotifier(props.conversationId);
  const systemEvents = createSystemEventsPreference(() => props.viewerId);
  const showComment = (id: string) =>
    document.querySelector(`.chat-window [data-comment-id="${CSS.escape(id)}"][data-testid="timeline-comment"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const showMessage = (id: string) =>
    document.querySelector(`.chat-window [data-message-id="${CSS.escape(id)}"][data-testid="message"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const messageActions = createMessageActions(timeline.upsertMessage);

  const conversation = () => props.listItem ?? timeline.conversation();
  let title: HTMLDivElement | undefined;
  const headerItems = () => [
    dialogSearchItem(search, props.listSearch, t('dialogSearch.label')),
    systemEventsItem(systemEvents, { hide: t('systemEvents.hide'), show: t('systemEvents.show') }),
  ];

  // Read on open: once, as soon as the conversation is known to have unread messages.
  let readOnOpenDone = false;
  createEffect(() => {
    if (readOnOpenDone || !props.readOnOpen || !conversation()) return;
    readOnOpenDone = true;
    if ((conversation()?.unreadCount ?? 0) > 0) void untrack(() => actions.markRead());
  });
  // Forwarding goes to the client's identities on the other channels.
  const messageContext = (): MessageContext => ({
    actions: messageActions,
    forwardTo: conversation()?.client.channels.filter((identity) => identity.channel.id !== conversation()?.channel.id) ?? [],
  });
  // A conversation opened by link may be one the list has not seen: the list adopts it, so the card sees it.
  // A cached result (from an earlier visit) may be older than the list's copy, kept fresh by live events.
  createEffect(() => {
    const fresh = timeline.conversation();
    // Not tracking the list's copy: its live updates must not re-apply this older result.
    if (!fresh || (timeline.stale() && untrack(() => props.listItem))) return;
    const { timeline: _timeline, pinnedComments: _pinned, pinnedMessages: _pinnedMessages, ...row } = fresh;
    props.onConversationChanged(row);
  });

  return (
    <section class="pane chat-window" data-testid="chat-window" aria-label={t('label')}>
      <Switch>
        <Match when={timeline.notFound()}>
          <div class="empty-state">
            <span class="empty-state-title">{t('notFound.title')}</span>
            <span>{t('notFound.text')}</span>
          </div>
        </Match>
        <Match when={timeline.error()}>
          {(message) => (
            <div class="empty-state">
              <span class="empty-state-title">{t('failed')}</span>
              <span class="error-text">{message()}</span>
            </div>
          )}
        </Match>
        <Match when={true}>
          <header class="pane-header chat-window-header">
            <Show when={props.onBack}>
              {(back) => (
                <button type="button" class="btn btn-ghost chat-back" data-testid="chat-back" aria-label={t('back')} title={t('back')} onClick={() => back()()}>
                  <BackIcon />
                </button>
              )}
            </Show>
            <Show when={conversation()} fallback={<div class="chat-window-title skeleton skeleton-line" />}>
              {(current) => (
                <>
                  <Avatar name={current().client.name} url={current().client.avatarUrl} size={36} />
                  <div class="chat-window-title" ref={title}>
                    <div class="chat-window-name" data-testid="chat-window-name" title={current().client.name}>
                      {current().client.name}
                    </div>
                    <div class="chat-window-sub">
                      <ChannelIcon kind={current().channel.kind} size={14} />
                      <Show when={current().client.channels.length > 1} fallback={<span class="chat-window-channel">{current().channel.name}</span>}>
                        <ChannelSwitch identities={current().client.channels} currentChannelId={current().channel.id} />
                      </Show>
                      <span class={`status-chip status-chip-${current().status}`} data-testid="status-chip">
                        {t(`status.${current().status}`)}
                      </span>
                      <Show when={current().archived}>
                        <span class="status-chip status-chip-ARCHIVED">{t('status.archived')}</span>
                      </Show>
                      {/* Live: a block the platform reports (or a refused send) updates the conversation in the inbox. */}
                      <Show when={current().client.channels.find((identity) => identity.channel.id === current().channel.id)?.unreachableAt}>
                        <span class="status-chip status-chip-UNREACHABLE" data-testid="unreachable-chip" title={t('unreachable.hint')}>
                          {t('unreachable.chip')}
                        </span>
                      </Show>
                      <span class="chat-window-assignee" data-testid="assignee-name">
                        {`· ${current().assignee?.name ?? t('unassigned')}`}
                      </span>
                    </div>
                  </div>
                  <ConversationActions conversation={current()} actions={actions} title={() => title} extra={headerItems()} />
                </>
              )}
            </Show>
            <Show when={props.card}>
              {(card) => (
                <button
                  type="button"
                  class="btn btn-ghost chat-card-button"
                  classList={{ 'is-active': card().open }}
                  data-testid="client-card-open"
                  aria-pressed={card().open}
                  aria-label={t('card')}
                  title={t('card')}
                  onClick={() => card().toggle()}
                >
                  <CardIcon />
                </button>
              )}
            </Show>
          </header>
          <Show when={search.open()}>
            <DialogSearchBar search={search} />
          </Show>
          <PinnedMessages messages={timeline.pinnedMessages} actions={messageActions} onShow={showMessage} />
          <PinnedComments comments={timeline.pinned} actions={comments} onShow={showComment} />
          <Show when={actions.error()}>
            {(message) => (
              <div class="error-box chat-window-errors action-error" role="alert" data-testid="action-error">
                <span>{message()}</span>
                <button class="btn btn-small btn-ghost" aria-label={t('dismiss')} onClick={actions.dismissError}>
                  ×
                </button>
              </div>
            )}
          </Show>
          <Show
            when={!timeline.loading()}
            fallback={
              <div class="empty-state">
                <span class="spinner" />
                <span>{t('loading')}</span>
              </div>
            }
          >
            <Show
              when={timeline.items.length > 0}
              fallback={
                <div class="empty-state">
                  <span class="empty-state-title">{t('empty.title')}</span>
                  <span>{t('empty.text', { channel: conversation()?.channel.name ?? t('empty.channel') })}</span>
                </div>
              }
            >
              <TimelineList timeline={timeline} markOf={search.markOf} focus={search.focus()} viewerId={props.viewerId} comments={comments} messages={messageContext()} systemEvents={systemEvents.shown()} />
            </Show>
          </Show>
          <ActivityIndicator activity={activity} selfTyping={typing.typing()} />
          <Composer
            conversationId={props.conversationId}
            typing={typing}
            viewerId={props.viewerId}
            disabled={!conversation()}
            replyRefusal={conversation()?.replyRefusal}
            channelId={conversation()?.channel.id}
            comments={comments}
            onSent={timeline.upsertMessage}
            onMarkRead={() => void actions.markRead()}
          />
        </Match>
      </Switch>
    </section>
  );
};
