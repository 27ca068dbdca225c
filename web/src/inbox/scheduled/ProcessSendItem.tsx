import { useClient } from '@urql/solid';
import { Show } from 'solid-js';
import type { ProcessPendingSendItemFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { formatDateTime } from '../../ui/format.ts';
import { SteerProcessRunMutation } from '../processes/process-runs.mutations.ts';
import { ClockIcon } from '../../ui/icons.tsx';
import { ScheduledActions, type ScheduledAction } from './ScheduledActions.tsx';
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
  const act = async (action: ScheduledAction) => {
    const [command, until] = action === 'cancel' ? (['STOP', null] as const) : (['RESCHEDULE', action === 'sendNow' ? new Date().toISOString() : action.reschedule] as const);
    const input = { runId: props.send.run.id, command, blockId: props.send.delay.blockId, until };
    const result = await client.mutation(SteerProcessRunMutation, { input }).toPromise();
    const failure = mutationOutcome(result, (data) => data.steerProcessRun, t('card.failed')).error;
    if (!failure) props.onChanged();
    return failure;
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
        <ScheduledActions at={props.send.sendAt} cancelWarning={t('card.cancelRun')} act={act} />
      </Show>
    </li>
  );
};
