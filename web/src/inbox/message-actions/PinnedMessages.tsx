import { For, Show } from 'solid-js';
import type { ChatMessageFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import type { MessageActions } from './message-actions.ts';
import { messageActionMessages } from './message-actions.messages.ts';

type Props = {
  messages: readonly ChatMessageFragment[];
  actions: MessageActions;
  onShow: (messageId: string) => void;
};

// The pinned messages on top of the chat window, most recently pinned first.
export const PinnedMessages = (props: Props) => {
  const t = useMessages(messageActionMessages);
  const common = useMessages(commonMessages);
  return (
  <Show when={props.messages.length > 0}>
    <div class="pinned-comments pinned-messages" data-testid="pinned-messages" aria-label={t('pinnedMessages')}>
      <For each={props.messages}>
        {(message) => (
          <div class="pinned-comment" data-message-id={message.id}>
            <span class="pinned-comment-icon" aria-hidden="true">
              📌
            </span>
            <button class="pinned-comment-text" title={t('showInConversation')} onClick={() => props.onShow(message.id)}>
              <span class="pinned-comment-author">{message.senderKind === 'CLIENT' ? t('client') : (message.author?.name ?? t('bot'))}:</span>{' '}
              {message.deletedAt ? t('deleted') : message.text}
            </button>
            <button
              class="btn btn-small btn-ghost pinned-comment-unpin"
              aria-label={common('unpin')}
              title={common('unpin')}
              onClick={() => void props.actions.pin(message.id, false)}
            >
              ✕
            </button>
          </div>
        )}
      </For>
    </div>
  </Show>
);
};
