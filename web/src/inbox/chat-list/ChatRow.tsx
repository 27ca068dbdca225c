import { Show } from 'solid-js';
import type { ConversationListItemFragment, SearchHitFragment } from '../../generated/graphql.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { ChannelIcon } from '../../ui/ChannelIcon.tsx';
import { relativeTime } from '../../ui/format.ts';
import { StatusIcon } from '../../ui/StatusIcon.tsx';
import { SearchHitText } from './SearchHitText.tsx';

type Props = {
  conversation: ConversationListItemFragment;
  selected: boolean;
  now: number;
  // While searching: the matching message shown instead of the last one.
  hit?: SearchHitFragment | null | undefined;
  onSelect: (id: string) => void;
};

const previewPrefix = (message: NonNullable<ConversationListItemFragment['lastMessage']>): string => {
  if (message.senderKind === 'OPERATOR') return 'You: ';
  if (message.senderKind === 'BOT') return 'Bot: ';
  return '';
};

export const ChatRow = (props: Props) => {
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
            <span class="pinned-mark" data-testid="pinned-mark" title="Pinned" aria-label="Pinned">
              <svg width="12" height="12" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
                <path d="M10.5 1.5 14.5 5.5 12.7 6.2 9.9 9l.3 3.6-1.2 1.2-2.8-2.8-3.5 3.5-.7-.7 3.5-3.5-2.8-2.8 1.2-1.2L7.5 6.6l2.8-2.8z" />
              </svg>
            </span>
          </Show>
          <time class="chat-row-time" dateTime={props.conversation.lastActivityAt} title={new Date(props.conversation.lastActivityAt).toLocaleString()}>
            {relativeTime(props.conversation.lastActivityAt, props.now)}
          </time>
        </span>
        <span class="chat-row-bottom">
          <Show when={props.hit}>
            {(hit) => (
              <span class="chat-row-preview is-hit" title={`Found in a message of ${new Date(hit().message.createdAt).toLocaleString()}`}>
                <SearchHitText hit={hit()} />
              </span>
            )}
          </Show>
          <span
            class="chat-row-preview"
            classList={{ 'is-system': last()?.senderKind === 'SYSTEM', 'is-failed': last()?.status === 'FAILED' }}
            hidden={!!props.hit}
          >
            <Show when={last()} fallback={<span class="chat-row-no-messages">No messages yet</span>}>
              {(message) => (
                <>
                  <Show when={message().direction === 'OUTBOUND' && message().senderKind !== 'SYSTEM'}>
                    <StatusIcon status={message().status} />{' '}
                  </Show>
                  <span class="chat-row-preview-text">
                    {previewPrefix(message())}
                    {/* Only a message with files has no text. */}
                    {message().text || '📎 Attachment'}
                  </span>
                </>
              )}
            </Show>
          </span>
          <Show when={unread() > 0}>
            <span class="unread-badge" data-testid="unread-badge" aria-label={`${unread()} unread`}>
              {unread() > 99 ? '99+' : unread()}
            </span>
          </Show>
        </span>
      </span>
    </li>
  );
};
