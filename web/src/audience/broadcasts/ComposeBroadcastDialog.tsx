import { createQuery, useClient } from '@urql/solid';
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { ClientAudienceInput, BroadcastFragment, FileItemFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { LibraryFilesField } from '../../inbox/chat-window/attachments/LibraryFilesField.tsx';
import { SavedFiltersQuery } from '../../inbox/filters/saved-filters.query.ts';
import { DueTimePicker } from '../../inbox/scheduled/DueTimePicker.tsx';
import { failureText, refusalText } from '../../shared/refusal-text.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { broadcastsMessages } from './broadcasts.messages.ts';
import { StartBroadcastMutation } from './start-broadcast.mutation.ts';

/** Who the dialog sends to: the chosen rows, or every client the list's filter matches (`count` when known). */
export type BroadcastTarget = { kind: 'selected'; clientIds: string[] } | { kind: 'matching'; audience: ClientAudienceInput; count: number | null };

type Props = {
  target: BroadcastTarget;
  channels: readonly { id: string; name: string }[];
  onClose: () => void;
  onStarted: (broadcast: BroadcastFragment) => void;
};

/** A broadcast sends at most this many library files with every message (the API's BROADCAST_FILES_INVALID). */
const MAX_FILES = 10;

/**
 * Compose a broadcast: to whom (the target it was opened for, or a saved filter), the text (with #{variables}),
 * library files, the channel rule, now or at a time in the project's time zone.
 */
export const ComposeBroadcastDialog = (props: Props) => {
  const t = useMessages(broadcastsMessages);
  const common = useMessages(commonMessages);
  const client = useClient();
  const [text, setText] = createSignal('');
  const [channelId, setChannelId] = createSignal('');
  const [later, setLater] = createSignal(false);
  const [sendAt, setSendAt] = createSignal<string | null>(new Date(Math.ceil(Date.now() / 3600_000) * 3600_000 + 3600_000).toISOString());
  // '' sends to the target the dialog was opened for; otherwise a saved filter's id.
  const [savedFilterId, setSavedFilterId] = createSignal('');
  const [savedFilters] = createQuery({ query: SavedFiltersQuery });
  const [files, setFiles] = createSignal<FileItemFragment[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let field!: HTMLTextAreaElement;
  const onKey = (event: KeyboardEvent) => {
    // The library picker takes its own Escape (it stops there).
    if (event.key === 'Escape') props.onClose();
  };
  onMount(() => {
    field.focus();
    document.addEventListener('keydown', onKey);
  });
  onCleanup(() => document.removeEventListener('keydown', onKey));

  const send = async () => {
    setBusy(true);
    setError(null);
    const target = props.target;
    const audience = savedFilterId() ? { savedFilterId: savedFilterId() } : target.kind === 'selected' ? { clientIds: target.clientIds } : target.audience;
    const result = await client
      .mutation(StartBroadcastMutation, {
        input: {
          audience,
          text: text(),
          fileIds: files().map((file) => file.id),
          ...(channelId() ? { channelRule: 'CHANNEL' as const, channelId: channelId() } : { channelRule: 'LATEST' as const }),
          ...(later() ? { sendAt: sendAt() } : {}),
        },
      })
      .toPromise();
    setBusy(false);
    const payload = result.data?.startBroadcast;
    if (!payload?.broadcast) return setError(payload?.userErrors.map(refusalText).join(' ') || failureText(result.error, t('compose.failed')));
    props.onStarted(payload.broadcast);
  };

  return (
    <div class="audience-backdrop" onClick={(event) => event.target === event.currentTarget && props.onClose()}>
      <form
        class="confirm-dialog broadcast-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="broadcast-title"
        data-testid="broadcast-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <h2 id="broadcast-title">{t('compose.title')}</h2>
        <fieldset class="broadcast-field broadcast-to">
          <legend>{t('compose.to')}</legend>
          <label>
            <input type="radio" name="broadcast-to" checked={!savedFilterId()} data-testid="broadcast-to-target" onChange={() => setSavedFilterId('')} />{' '}
            <span data-testid="broadcast-audience">
              {props.target.kind === 'selected' ? t('compose.toSelected', props.target.clientIds.length) : t('compose.toMatching', props.target.count)}
            </span>
          </label>
          <Show when={savedFilters.data?.savedFilters.length}>
            <label>
              <input
                type="radio"
                name="broadcast-to"
                checked={!!savedFilterId()}
                data-testid="broadcast-to-saved"
                onChange={() => setSavedFilterId(savedFilters.data?.savedFilters[0]?.id ?? '')}
              />{' '}
              {t('compose.toSaved')}
            </label>
            <Show when={savedFilterId()}>
              <select class="field" aria-label={t('compose.savedFilter')} data-testid="broadcast-saved-filter" value={savedFilterId()} onChange={(event) => setSavedFilterId(event.currentTarget.value)}>
                <For each={savedFilters.data?.savedFilters}>{(saved) => <option value={saved.id}>{saved.name}</option>}</For>
              </select>
              <small class="cell-missing">{t('compose.savedNote')}</small>
            </Show>
          </Show>
        </fieldset>
        <label class="broadcast-field">
          <span>{t('compose.text')}</span>
          <textarea
            ref={field}
            class="field"
            rows={5}
            maxLength={4096}
            placeholder={t('compose.placeholder')}
            data-testid="broadcast-text"
            value={text()}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <small class="cell-missing">{t('compose.variables')}</small>
        </label>
        <div class="broadcast-field broadcast-files">
          <span>{t('compose.files')}</span>
          <LibraryFilesField files={files()} max={MAX_FILES} testId="broadcast" onChange={setFiles} />
        </div>
        <label class="broadcast-field">
          <span>{t('compose.channel')}</span>
          <select class="field" data-testid="broadcast-channel" value={channelId()} onChange={(event) => setChannelId(event.currentTarget.value)}>
            <option value="">{t('compose.latest')}</option>
            <For each={props.channels}>{(channel) => <option value={channel.id}>{channel.name}</option>}</For>
          </select>
        </label>
        <fieldset class="broadcast-field broadcast-when">
          <legend>{t('compose.when')}</legend>
          <label>
            <input type="radio" name="broadcast-when" checked={!later()} data-testid="broadcast-now" onChange={() => setLater(false)} /> {t('compose.now')}
          </label>
          <label>
            <input type="radio" name="broadcast-when" checked={later()} data-testid="broadcast-later" onChange={() => setLater(true)} /> {t('compose.at')}
          </label>
          <Show when={later()}>
            <DueTimePicker value={sendAt()} onChange={setSendAt} testId="broadcast-send-at" />
          </Show>
        </fieldset>
        <small class="cell-missing">{t('compose.skipped')}</small>
        <Show when={error()}>
          {(message) => (
            <div class="error-box" role="alert" data-testid="broadcast-error">
              {message()}
            </div>
          )}
        </Show>
        <div class="confirm-actions">
          <button type="button" class="btn" data-testid="broadcast-close" onClick={() => props.onClose()}>
            {common('cancel')}
          </button>
          <button type="submit" class="btn btn-primary" data-testid="broadcast-send" disabled={busy() || !text().trim() || (later() && !sendAt())}>
            {later() ? t('compose.schedule') : t('compose.send')}
          </button>
        </div>
      </form>
    </div>
  );
};
