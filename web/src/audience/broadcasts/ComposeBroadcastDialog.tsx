import { useClient } from '@urql/solid';
import { createSignal, For, onCleanup, onMount, Show } from 'solid-js';
import type { BroadcastAudienceInput, BroadcastFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { failureText, refusalText } from '../../shared/refusal-text.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { broadcastsMessages } from './broadcasts.messages.ts';
import { StartBroadcastMutation } from './start-broadcast.mutation.ts';

/** Who the dialog sends to: the chosen rows, or every client the list's filter matches (`count` when known). */
export type BroadcastTarget = { kind: 'selected'; clientIds: string[] } | { kind: 'matching'; audience: BroadcastAudienceInput; count: number | null };

type Props = {
  target: BroadcastTarget;
  channels: readonly { id: string; name: string }[];
  onClose: () => void;
  onStarted: (broadcast: BroadcastFragment) => void;
};

// `datetime-local` speaks the browser's local time without a zone: read back as a local Date.
const localInputValue = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** Compose a broadcast: the text (with #{variables}), the channel rule, now or at a time. */
export const ComposeBroadcastDialog = (props: Props) => {
  const t = useMessages(broadcastsMessages);
  const common = useMessages(commonMessages);
  const client = useClient();
  const [text, setText] = createSignal('');
  const [channelId, setChannelId] = createSignal('');
  const [later, setLater] = createSignal(false);
  const [sendAt, setSendAt] = createSignal(localInputValue(new Date(Date.now() + 3600_000)));
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  let field!: HTMLTextAreaElement;
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && props.onClose();
  onMount(() => {
    field.focus();
    document.addEventListener('keydown', onKey);
  });
  onCleanup(() => document.removeEventListener('keydown', onKey));

  const send = async () => {
    setBusy(true);
    setError(null);
    const target = props.target;
    const result = await client
      .mutation(StartBroadcastMutation, {
        input: {
          audience: target.kind === 'selected' ? { clientIds: target.clientIds } : target.audience,
          text: text(),
          ...(channelId() ? { channelRule: 'CHANNEL' as const, channelId: channelId() } : { channelRule: 'LATEST' as const }),
          ...(later() ? { sendAt: new Date(sendAt()).toISOString() } : {}),
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
        <p data-testid="broadcast-audience">
          {props.target.kind === 'selected' ? t('compose.toSelected', props.target.clientIds.length) : t('compose.toMatching', props.target.count)}
        </p>
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
            <input type="datetime-local" class="field" data-testid="broadcast-send-at" value={sendAt()} onInput={(event) => setSendAt(event.currentTarget.value)} />
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
          <button type="submit" class="btn btn-primary" data-testid="broadcast-send" disabled={busy() || !text().trim()}>
            {later() ? t('compose.schedule') : t('compose.send')}
          </button>
        </div>
      </form>
    </div>
  );
};
