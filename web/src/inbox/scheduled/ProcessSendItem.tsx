import { useClient } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import type { ProcessPendingSendItemFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmButton } from '../../settings/ConfirmButton.tsx';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { formatDateTime } from '../../ui/format.ts';
import { SteerProcessRunMutation } from '../processes/process-runs.mutations.ts';
import { ClockIcon } from './ClockIcon.tsx';
import { DueTimePicker } from './DueTimePicker.tsx';
import { scheduledMessages } from './scheduled.messages.ts';
import './scheduled.css';

/** A pending send of a business process, keyed by its run. */
export type ProcessSend = ProcessPendingSendItemFragment & { id: string };

/**
 * What a run waiting at a delay will send, with the same three actions as a scheduled message, acting on the run:
 * a new time (RESCHEDULE), Send now (RESCHEDULE to now) and Cancel (STOP, confirmed first). Each names the delay, so a
 * run that has moved on refuses rather than changes elsewhere.
 */
export const ProcessSendItem = (props: { send: ProcessSend; onChanged: () => void }) => {
  const t = useMessages(scheduledMessages);
  const client = useClient();
  const [moving, setMoving] = createSignal(false);
  const [dueAt, setDueAt] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const steer = async (command: 'RESCHEDULE' | 'STOP', until: string | null = null) => {
    setBusy(true);
    setError(null);
    const input = { runId: props.send.run.id, command, blockId: props.send.delay.blockId, until };
    const result = await client.mutation(SteerProcessRunMutation, { input }).toPromise();
    const failure = mutationOutcome(result, (data) => data.steerProcessRun, t('card.failed')).error;
    setBusy(false);
    setError(failure);
    if (failure) return;
    setMoving(false);
    props.onChanged();
  };
  const next = () => props.send.next;
  return (
    <li class="scheduled-item is-process" data-testid="scheduled-process-item" data-run-id={props.send.run.id}>
      <time class="scheduled-item-due" dateTime={props.send.sendAt} data-testid="scheduled-item-due">
        <ClockIcon /> {formatDateTime(props.send.sendAt)}
      </time>
      <Show
        when={props.send.text !== null && props.send.text !== undefined}
        fallback={
          <div class="scheduled-item-text is-delay" data-testid="scheduled-process-delay">
            <Show when={next()} fallback={t('card.delayThenEnd', { number: String(props.send.delay.number) })}>
              {(block) => t('card.delayThen', { number: String(props.send.delay.number), next: String(block().number), name: block().name })}
            </Show>
          </div>
        }
      >
        <div class="scheduled-item-text">{props.send.text}</div>
      </Show>
      <div class="scheduled-item-by" data-testid="scheduled-process-source">
        {t('card.fromProcess', { process: props.send.run.process.name, number: String(next()?.number ?? props.send.delay.number) })}
      </div>
      <Show when={props.send.run.viewerCanSteer}>
        <Show
          when={moving()}
          fallback={
            <div class="scheduled-item-actions">
              <button type="button" class="btn btn-small" data-testid="scheduled-reschedule" disabled={busy()} onClick={() => (setDueAt(props.send.sendAt), setMoving(true))}>
                {t('card.reschedule')}
              </button>
              <button type="button" class="btn btn-small" data-testid="scheduled-send-now" disabled={busy()} onClick={() => void steer('RESCHEDULE', new Date().toISOString())}>
                {t('card.sendNow')}
              </button>
              <ConfirmButton label={t('card.cancel')} warning={t('card.cancelRun')} testId="scheduled-cancel" disabled={busy()} onConfirm={() => steer('STOP')} />
            </div>
          }
        >
          <div class="scheduled-item-actions">
            <DueTimePicker value={dueAt()} onChange={setDueAt} testId="scheduled-new-time" autofocus />
            <button type="button" class="btn btn-small btn-primary" data-testid="scheduled-confirm" disabled={busy() || !dueAt()} onClick={() => void steer('RESCHEDULE', dueAt())}>
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
