import { For, Show } from 'solid-js';
import type { CommentFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import type { CommentActions } from './comment-actions.ts';
import { commentMessages } from './comments.messages.ts';
import { MentionText } from './MentionText.tsx';

type Props = {
  comments: readonly CommentFragment[];
  actions: CommentActions;
  // Brings the note into view in the timeline, when it is loaded there.
  onShow: (commentId: string) => void;
};

// The pinned notes on top of the chat window: what every operator on the conversation should know first.
export const PinnedComments = (props: Props) => {
  const t = useMessages(commentMessages);
  const common = useMessages(commonMessages);
  return (
  <Show when={props.comments.length > 0}>
    <div class="pinned-comments" data-testid="pinned-comments" aria-label={t('pinnedNotes')}>
      <For each={props.comments}>
        {(comment) => (
          <div class="pinned-comment" data-comment-id={comment.id}>
            <svg class="pinned-comment-icon" width="12" height="12" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
              <path d="M10.5 1.5 14.5 5.5 12.7 6.2 9.9 9l.3 3.6-1.2 1.2-2.8-2.8-3.5 3.5-.7-.7 3.5-3.5-2.8-2.8 1.2-1.2L7.5 6.6l2.8-2.8z" />
            </svg>
            <button class="pinned-comment-text" title={t('showInConversation')} onClick={() => props.onShow(comment.id)}>
              <span class="pinned-comment-author">{comment.author?.name ?? common('api')}:</span>{' '}
              <MentionText text={comment.body ?? ''} names={comment.mentions.map((m) => m.name)} />
            </button>
            <button
              class="btn btn-small btn-ghost pinned-comment-unpin"
              aria-label={common('unpin')}
              title={common('unpin')}
              onClick={() => void props.actions.pin(comment.id, false)}
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
