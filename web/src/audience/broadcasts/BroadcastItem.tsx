import { useClient } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import type { BroadcastFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { failureText, refusalText } from '../../shared/refusal-text.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { formatDateTime, formatNumber, relativeTime } from '../../ui/format.ts';
import type { Confirmation } from '../ConfirmDialog.tsx';
import { createLiveBroadcast, finishedBroadcast } from './broadcast-live.ts';
import { BroadcastResults } from './BroadcastResults.tsx';
import { broadcastsMessages } from './broadcasts.messages.ts';
import { CancelBroadcastMutation } from './cancel-broadcast.mutation.ts';
import { PauseBroadcastMutation } from './pause-broadcast.mutation.ts';
import { ResumeBroadcastMutation } from './resume-broadcast.mutation.ts';

const share = (part: number, total: number) => (total > 0 ? `${(part / total) * 100}%` : '0%');

/** One broadcast: live counts and a bar of sent/failed/skipped, pause/resume/cancel, and its results. */
export const BroadcastItem = (props: { broadcast: BroadcastFragment; confirm: (question: Confirmation) => void }) => {
  const t = useMessages(broadcastsMessages);
  const common = useMessages(commonMessages);
  const client = useClient();
  const live = createLiveBroadcast(() => props.broadcast);
  const b = () => live.current();
  const [open, setOpen] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  const act = async (action: 'pause' | 'resume' | 'cancel') => {
    setBusy(true);
    setError(null);
    const id = b().id;
    const result =
      action === 'pause'
        ? (await client.mutation(PauseBroadcastMutation, { input: { broadcastId: id } }).toPromise()).data?.pauseBroadcast
        : action === 'resume'
          ? (await client.mutation(ResumeBroadcastMutation, { input: { broadcastId: id } }).toPromise()).data?.resumeBroadcast
          : (await client.mutation(CancelBroadcastMutation, { input: { broadcastId: id } }).toPromise()).data?.cancelBroadcast;
    setBusy(false);
    if (result?.broadcast) live.take(result.broadcast);
    else setError(result?.userErrors.map(refusalText).join(' ') || failureText(undefined, t('actionFailed')));
  };

  return (
    <li class="job broadcast" data-testid="broadcast" data-status={b().status}>
      <div class="job-head">
        <span class={`job-status is-${b().status.toLowerCase()}`} data-testid="broadcast-status">
          {t(`status.${b().status}`)}
        </span>
        <span class="job-numbers cell-missing">
          {b().createdBy?.name ?? common('api')} · {relativeTime(b().createdAt, Date.now())}
        </span>
      </div>
      <p class="broadcast-text">{b().text}</p>
      <div class="progress broadcast-bar" role="progressbar" aria-valuemin={0} aria-valuemax={b().total} aria-valuenow={b().total - b().pending}>
        <div class="progress-fill broadcast-sent" style={{ width: share(b().sent, b().total) }} />
        <div class="progress-fill broadcast-failed" style={{ width: share(b().failed, b().total) }} />
        <div class="progress-fill broadcast-skipped" style={{ width: share(b().skipped, b().total) }} />
      </div>
      <div class="job-summary" data-testid="broadcast-counts">
        <span data-testid="broadcast-sent">
          <b>{formatNumber(b().sent)}</b> {t('counts.sent')}
        </span>
        <span classList={{ 'error-text': b().failed > 0 }}>
          <b>{formatNumber(b().failed)}</b> {t('counts.failed')}
        </span>
        <span>
          <b>{formatNumber(b().skipped)}</b> {t('counts.skipped')}
        </span>
        <span data-testid="broadcast-pending">
          <b>{formatNumber(b().pending)}</b> {t('counts.pending')}
        </span>
      </div>
      <Show when={b().status === 'SCHEDULED' && b().sendAt}>{(at) => <span class="cell-missing">{t('scheduledFor', formatDateTime(at()))}</span>}</Show>
      <span class="cell-missing">
        {b().channel?.name ?? ''} {t('rate', formatNumber(b().ratePerSecond))}
      </span>
      <div class="broadcast-actions">
        <Show when={b().viewerCanControl && !finishedBroadcast(b())}>
          <Show
            when={b().status === 'PAUSED'}
            fallback={
              <button type="button" class="btn btn-small" data-testid="broadcast-pause" disabled={busy()} onClick={() => void act('pause')}>
                {t('pause')}
              </button>
            }
          >
            <button type="button" class="btn btn-small" data-testid="broadcast-resume" disabled={busy()} onClick={() => void act('resume')}>
              {t('resume')}
            </button>
          </Show>
          <button
            type="button"
            class="btn btn-small btn-danger-outline"
            data-testid="broadcast-cancel"
            disabled={busy()}
            onClick={() =>
              props.confirm({
                title: t('confirmCancel.title'),
                message: t('confirmCancel.message'),
                confirm: t('cancel'),
                danger: true,
                onConfirm: () => void act('cancel'),
              })
            }
          >
            {t('cancel')}
          </button>
        </Show>
        <span class="filter-spacer" />
        <button type="button" class="link-button" data-testid="broadcast-results-toggle" onClick={() => setOpen(!open())}>
          {open() ? t('hideResults') : t('results')}
        </button>
      </div>
      <Show when={error()}>
        {(message) => (
          <div class="error-box" role="alert" data-testid="broadcast-action-error">
            {message()}
          </div>
        )}
      </Show>
      <Show when={open()}>
        <BroadcastResults broadcastId={b().id} csvUrl={b().resultsCsvUrl} version={b().total - b().pending} />
      </Show>
    </li>
  );
};
