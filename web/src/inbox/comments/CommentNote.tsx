import { createSignal, Show } from 'solid-js';
import type { CommentFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { formatDateTime, formatTime } from '../../ui/format.ts';
import { commentMessages } from './comments.messages.ts';
import type { CommentActions, CommentResult } from './comment-actions.ts';
import { MentionText } from './MentionText.tsx';

type Props = {
  comment: CommentFragment;
  actions: CommentActions;
};

// An internal note in the timeline: yellow, across the thread, never mistaken for a message to the client.
export const CommentNote = (props: Props) => {
  const t = useMessages(commentMessages);
  const common = useMessages(commonMessages);
  const [editing, setEditing] = createSignal(false);
  const [draft, setDraft] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const c = () => props.comment;
  const deleted = () => !!c().deletedAt;

  const run = async (action: () => Promise<CommentResult>) => {
    setBusy(true);
    const failure = await action();
    setBusy(false);
    setError(failure);
    return !failure;
  };

  const save = async () => {
    const text = draft().trim();
    if (!text) return;
    // Mentions stay those of the note whose name is still written in it.
    const mentionIds = c().mentions.filter((m) => text.includes(`@${m.name}`)).map((m) => m.id);
    if (await run(() => props.actions.edit(c().id, text, mentionIds))) setEditing(false);
  };

  return (
    <div
      class="comment-note"
      classList={{ 'is-deleted': deleted(), 'is-pinned': c().pinned }}
      data-testid="timeline-comment"
      data-comment-id={c().id}
      role="note"
    >
      <div class="comment-note-head">
        <span class="comment-note-label">{t('label', c().author?.name ?? common('api'))}</span>
        <Show when={c().pinned}>
          <span class="comment-note-pinned">{common('pinned')}</span>
        </Show>
        <Show when={c().editedAt && !deleted()}>
          <span class="comment-note-edited" title={formatDateTime(c().editedAt ?? '')}>{common('edited')}</span>
        </Show>
        <time dateTime={c().createdAt} title={formatDateTime(c().createdAt)}>
          {formatTime(c().createdAt)}
        </time>
      </div>
      <Show
        when={!editing()}
        fallback={
          <div class="comment-note-edit">
            <textarea
              class="field comment-note-input"
              data-testid="comment-edit-input"
              value={draft()}
              onInput={(event) => setDraft(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) void save();
                if (event.key === 'Escape') setEditing(false);
              }}
            />
            <div class="comment-note-buttons">
              <button class="btn btn-small btn-primary" data-testid="comment-save" disabled={busy() || !draft().trim()} onClick={() => void save()}>
                {common('save')}
              </button>
              <button class="btn btn-small btn-ghost" onClick={() => setEditing(false)}>
                {common('cancel')}
              </button>
            </div>
          </div>
        }
      >
        <div class="comment-note-text">
          <Show when={c().body} fallback={<span class="comment-note-gone">{t('deleted')}</span>}>
            {(body) => <MentionText text={body()} names={c().mentions.map((m) => m.name)} />}
          </Show>
        </div>
      </Show>
      <Show when={!deleted() && !editing()}>
        <div class="comment-note-actions">
          <button class="link-button" data-testid="comment-pin" disabled={busy()} onClick={() => void run(() => props.actions.pin(c().id, !c().pinned))}>
            {c().pinned ? common('unpin') : common('pin')}
          </button>
          <Show when={c().viewerCanEdit}>
            <button
              class="link-button"
              data-testid="comment-edit"
              disabled={busy()}
              onClick={() => {
                setDraft(c().body ?? '');
                setEditing(true);
              }}
            >
              {common('edit')}
            </button>
          </Show>
          <Show when={c().viewerCanDelete}>
            <button
              class="link-button is-danger"
              data-testid="comment-delete"
              disabled={busy()}
              onClick={() => confirm(t('confirmDelete')) && void run(() => props.actions.remove(c().id))}
            >
              {common('delete')}
            </button>
          </Show>
        </div>
      </Show>
      <Show when={error()}>{(message) => <div class="error-text comment-note-error">{message()}</div>}</Show>
    </div>
  );
};
