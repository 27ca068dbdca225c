import { createSignal, Show, type JSX } from 'solid-js';
import type { ChatMessageFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmButton } from '../../settings/ConfirmButton.tsx';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import { DueTimePicker } from './DueTimePicker.tsx';
import { createScheduledActions, type ChangeResult } from './scheduled-actions.ts';
import { scheduledMessages } from './scheduled.messages.ts';
import './scheduled.css';
import { ClockIcon } from './ClockIcon.tsx';

/**
 * One pending send with its three actions: a new date and time (nothing changes until Confirm), Send now, Cancel.
 * `onChanged` gets the message as the change left it.
 */
export const ScheduledItem = (props: { message: ChatMessageFragment; onChanged: (message: ChatMessageFragment) => void; children?: JSX.Element }) => {
  const t = useMessages(scheduledMessages);
  const actions = createScheduledActions();
  const [moving, setMoving] = createSignal(false);
  const [dueAt, setDueAt] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const run = async (work: () => Promise<ChangeResult>) => {
    setBusy(true);
    setError(null);
    const result = await work();
    setBusy(false);
    if ('error' in result) return setError(result.error);
    setMoving(false);
    props.onChanged(result.message);
  };
  const when = () => props.message.scheduledAt ?? props.message.createdAt;
  return (
    <li class="scheduled-item" data-testid="scheduled-item" data-message-id={props.message.id}>
      <time class="scheduled-item-due" dateTime={when()} data-testid="scheduled-item-due">
        <ClockIcon /> {formatDateTime(when())}
      </time>
      <div class="scheduled-item-text">{props.message.text}</div>
      <Show when={props.message.attachments.length}>
        <div class="scheduled-item-by">{t('card.files', { count: formatNumber(props.message.attachments.length) })}</div>
      </Show>
      <div class="scheduled-item-by">{props.message.author ? t('card.by', { name: props.message.author.name }) : t('card.byApi')}</div>
      {props.children}
      <Show when={props.message.viewerCanChangeSchedule}>
        <Show
          when={moving()}
          fallback={
            <div class="scheduled-item-actions">
              <button type="button" class="btn btn-small" data-testid="scheduled-reschedule" disabled={busy()} onClick={() => (setDueAt(when()), setMoving(true))}>
                {t('card.reschedule')}
              </button>
              <button type="button" class="btn btn-small" data-testid="scheduled-send-now" disabled={busy()} onClick={() => void run(() => actions.sendNow(props.message.id))}>
                {t('card.sendNow')}
              </button>
              <ConfirmButton label={t('card.cancel')} warning={t('card.cancelConfirm')} testId="scheduled-cancel" disabled={busy()} onConfirm={() => run(() => actions.cancel(props.message.id))} />
            </div>
          }
        >
          <div class="scheduled-item-actions">
            <DueTimePicker value={dueAt()} onChange={setDueAt} testId="scheduled-new-time" autofocus />
            <button
              type="button"
              class="btn btn-small btn-primary"
              data-testid="scheduled-confirm"
              disabled={busy() || !dueAt()}
              onClick={() => void run(() => actions.reschedule(props.message.id, dueAt()!))}
            >
              {t('card.confirm')}
            </button>
            <button type="button" class="btn btn-small" data-testid="scheduled-keep" onClick={() => (setMoving(false), setError(null))}>
              {t('card.keep')}
            </button>
          </div>
        </Show>
      </Show>
      <Show when={error()}>
        {(message) => (
          <div class="error-text" role="alert" data-testid="scheduled-error">
            {message()}
          </div>
        )}
      </Show>
    </li>
  );
};
