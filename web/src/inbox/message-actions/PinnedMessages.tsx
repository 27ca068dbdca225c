import { For, Show } from 'solid-js';
import type { ChatMessageFragment } from '../../generated/graphql.ts';
import type { MessageActions } from './message-actions.ts';

type Props = {
  messages: readonly ChatMessageFragment[];
  actions: MessageActions;
  onShow: (messageId: string) => void;
};

// The pinned messages on top of the chat window, most recently pinned first.
export const PinnedMessages = (props: Props) => (
  <Show when={props.messages.length > 0}>
    <div class="pinned-comments pinned-messages" data-testid="pinned-messages" aria-label="Pinned messages">
      <For each={props.messages}>
        {(message) => (
          <div class="pinned-comment" data-message-id={message.id}>
            <span class="pinned-comment-icon" aria-hidden="true">
              📌
            </span>
            <button class="pinned-comment-text" title="Show in the conversation" onClick={() => props.onShow(message.id)}>
              <span class="pinned-comment-author">{message.senderKind === 'CLIENT' ? 'Client' : (message.author?.name ?? 'Bot')}:</span>{' '}
              {message.deletedAt ? 'Message deleted' : message.text}
            </button>
            <button
              class="btn btn-small btn-ghost pinned-comment-unpin"
              aria-label="Unpin"
              title="Unpin"
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
