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
import { DialogSearchBar, DialogSearchToggle } from './DialogSearch.tsx';
import type { MessageBus } from './message-bus.ts';
import { createSystemEventsPreference } from './system-events-preference.ts';
import { SystemEventsToggle } from './SystemEventsToggle.tsx';
import { TimelineList } from './TimelineList.tsx';

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
};

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
            <Show when={conversation()} fallback={<div class="chat-window-title skeleton skeleton-line" />}>
              {(current) => (
                <>
                  <Avatar name={current().client.name} url={current().client.avatarUrl} size={36} />
                  <div class="chat-window-title">
                    <div class="chat-window-name">{current().client.name}</div>
                    <div class="chat-window-sub">
                      <ChannelIcon kind={current().channel.kind} size={14} />
                      <span>{current().channel.name}</span>
                      <span class={`status-chip status-chip-${current().status}`} data-testid="status-chip">
                        {t(`status.${current().status}`)}
                      </span>
                      <Show when={current().archived}>
                        <span class="status-chip status-chip-ARCHIVED">{t('status.archived')}</span>
                      </Show>
                      <span class="chat-window-assignee" data-testid="assignee-name">
                        {`· ${current().assignee?.name ?? t('unassigned')}`}
                      </span>
                    </div>
                  </div>
                  <SystemEventsToggle preference={systemEvents} />
                  <DialogSearchToggle search={search} words={props.listSearch} />
                  <ConversationActions conversation={current()} actions={actions} />
                </>
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
            comments={comments}
            onSent={timeline.upsertMessage}
            onMarkRead={() => void actions.markRead()}
          />
        </Match>
      </Switch>
    </section>
  );
};
