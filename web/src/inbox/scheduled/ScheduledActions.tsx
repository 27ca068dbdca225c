import { createSignal, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmButton } from '../../settings/ConfirmButton.tsx';
import { DueTimePicker } from './DueTimePicker.tsx';
import { scheduledMessages } from './scheduled.messages.ts';

export type ScheduledAction = { reschedule: string } | 'sendNow' | 'cancel';

/**
 * A pending send's three actions: a new date and time (nothing changes until Confirm), Send now, and Cancel (asked
 * first). `act` does one and answers the error to show, or null once done.
 */
export const ScheduledActions = (props: { at: string; cancelWarning: string; act: (action: ScheduledAction) => Promise<string | null> }) => {
  const t = useMessages(scheduledMessages);
  const [moving, setMoving] = createSignal(false);
  const [dueAt, setDueAt] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const run = async (action: ScheduledAction) => {
    setBusy(true);
    setError(null);
    const failure = await props.act(action);
    setBusy(false);
    setError(failure);
    if (!failure) setMoving(false);
  };
  return (
    <>
      <Show
        when={moving()}
        fallback={
          <div class="scheduled-item-actions">
            <button type="button" class="btn btn-small" data-testid="scheduled-reschedule" disabled={busy()} onClick={() => (setDueAt(props.at), setMoving(true))}>
              {t('card.reschedule')}
            </button>
            <button type="button" class="btn btn-small" data-testid="scheduled-send-now" disabled={busy()} onClick={() => void run('sendNow')}>
              {t('card.sendNow')}
            </button>
            <ConfirmButton label={t('card.cancel')} warning={props.cancelWarning} testId="scheduled-cancel" disabled={busy()} onConfirm={() => run('cancel')} />
          </div>
        }
      >
        <div class="scheduled-item-actions">
          <DueTimePicker value={dueAt()} onChange={setDueAt} testId="scheduled-new-time" autofocus />
          <button type="button" class="btn btn-small btn-primary" data-testid="scheduled-confirm" disabled={busy() || !dueAt()} onClick={() => void run({ reschedule: dueAt()! })}>
            {t('card.confirm')}
          </button>
          <button type="button" class="btn btn-small" data-testid="scheduled-keep" onClick={() => (setMoving(false), setError(null))}>
            {t('card.keep')}
          </button>
        </div>
      </Show>
      <Show when={error()}>
        {(message) => (
          <div class="error-text" role="alert" data-testid="scheduled-error">
            {message()}
          </div>
        )}
      </Show>
    </>
  );
};
