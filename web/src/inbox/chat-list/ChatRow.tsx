import { Show } from 'solid-js';
import type { ConversationListItemFragment, SearchHitFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { ChannelIcon } from '../../ui/ChannelIcon.tsx';
import { formatDateTime, formatNumber, relativeTime } from '../../ui/format.ts';
import { StatusIcon } from '../../ui/StatusIcon.tsx';
import { chatListMessages } from './chat-list.messages.ts';
import { previewAuthor, previewBody } from './message-preview.ts';
import { SearchHitText } from './SearchHitText.tsx';
import { ClockIcon } from '../../ui/icons.tsx';

type Props = {
  conversation: ConversationListItemFragment;
  selected: boolean;
  now: number;
  // The signed-in operator: their own messages read "You:", a colleague's their first name.
  viewerId: string | undefined;
  // While searching: the matching message shown instead of the last one.
  hit?: SearchHitFragment | null | undefined;
  onSelect: (id: string) => void;
};

export const ChatRow = (props: Props) => {
  const t = useMessages(chatListMessages);
  const prefix = (message: NonNullable<ConversationListItemFragment['lastMessage']>) => {
    const author = previewAuthor(message, props.viewerId);
    if (!author) return '';
    return author.kind === 'colleague' ? t('row.colleague', author.name) : t(`row.${author.kind}`);
  };
  const last = () => props.conversation.lastMessage;
  const unread = () => props.conversation.unreadCount;
  return (
    <li
      class="chat-row"
      classList={{ 'is-selected': props.selected, 'is-unread': unread() > 0, 'is-closed': props.conversation.status === 'CLOSED', 'is-pinned': props.conversation.pinned }}
      data-testid="chat-row"
      data-conversation-id={props.conversation.id}
      role="option"
      aria-selected={props.selected}
      tabindex={0}
      onClick={() => props.onSelect(props.conversation.id)}
      onKeyDown={(event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          props.onSelect(props.conversation.id);
        }
      }}
    >
      <span class="chat-row-avatar">
        <Avatar name={props.conversation.client.name} url={props.conversation.client.avatarUrl} size={40} />
        <span class="chat-row-channel">
          <ChannelIcon kind={props.conversation.channel.kind} size={16} title={props.conversation.channel.name} />
        </span>
      </span>
      <span class="chat-row-body">
        <span class="chat-row-top">
          <span class="chat-row-name">{props.conversation.client.name}</span>
          <Show when={props.conversation.pinned}>
            <span class="pinned-mark" data-testid="pinned-mark" title={t('row.pinned')} aria-label={t('row.pinned')}>
              <svg width="12" height="12" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
                <path d="M10.5 1.5 14.5 5.5 12.7 6.2 9.9 9l.3 3.6-1.2 1.2-2.8-2.8-3.5 3.5-.7-.7 3.5-3.5-2.8-2.8 1.2-1.2L7.5 6.6l2.8-2.8z" />
              </svg>
            </span>
          </Show>
          <Show when={props.conversation.scheduledCount > 0}>
            <span
              class="scheduled-mark"
              data-testid="scheduled-mark"
              title={t('row.scheduled', { count: formatNumber(props.conversation.scheduledCount) })}
              aria-label={t('row.scheduled', { count: formatNumber(props.conversation.scheduledCount) })}
            >
              <ClockIcon size={13} />
            </span>
          </Show>
          <time class="chat-row-time" dateTime={props.conversation.lastActivityAt} title={formatDateTime(props.conversation.lastActivityAt)}>
            {relativeTime(props.conversation.lastActivityAt, props.now)}
          </time>
        </span>
        <span class="chat-row-bottom">
          <Show when={props.hit}>
            {(hit) => (
              <span class="chat-row-preview is-hit" title={t('row.foundIn', { date: formatDateTime(hit().message.createdAt) })}>
                <SearchHitText hit={hit()} />
              </span>
            )}
          </Show>
          <span
            class="chat-row-preview"
            classList={{ 'is-system': last()?.senderKind === 'SYSTEM', 'is-failed': last()?.status === 'FAILED' }}
            hidden={!!props.hit}
          >
            <Show when={last()} fallback={<span class="chat-row-no-messages">{t('row.noMessages')}</span>}>
              {(message) => (
                <>
                  <Show when={message().direction === 'OUTBOUND' && message().senderKind !== 'SYSTEM' && !message().deletedAt}>
                    <StatusIcon status={message().status} />{' '}
                  </Show>
                  <span class="chat-row-preview-text" data-testid="chat-row-preview">
                    {prefix(message())}
                    <Show when={previewBody(message())} keyed>
                      {(body) => (body.kind === 'deleted' ? <span class="chat-row-deleted">{t('row.deleted')}</span> : body.kind === 'text' ? body.text : t('row.attachment'))}
                    </Show>
                  </span>
                </>
              )}
            </Show>
          </span>
          <Show when={unread() > 0}>
            <span class="unread-badge" data-testid="unread-badge" aria-label={t('row.unread', { count: String(unread()) })}>
              {unread() > 99 ? '99+' : unread()}
            </span>
          </Show>
        </span>
      </span>
    </li>
  );
};
