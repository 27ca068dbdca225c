import { createQuery, useClient } from '@urql/solid';
import { createSignal, For, Show } from 'solid-js';
import { graphql } from '../../generated/index.ts';
import type { ClientFilter } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { StartProcessMutation } from '../../inbox/processes/process-runs.mutations.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { bulkMessages } from './bulk.messages.ts';

const PublishedProcessesQuery = graphql(`
  query PublishedProcesses {
    processes {
      id
      name
      published {
        id
      }
    }
  }
`);

type Props = {
  clientIds: readonly string[];
  /** Every client the Audience's list matches (all pages): its filter and count. */
  matching: { filter: ClientFilter; count: number | null };
};

/**
 * Starts a published business process for the chosen clients, or for everyone the list's filter matches (resolved by
 * the server when it starts, after a confirmation with the count); those already in it, blocked or deleted get none.
 */
export const ProcessPicker = (props: Props) => {
  const t = useMessages(bulkMessages);
  const common = useMessages(commonMessages);
  const client = useClient();
  const [processes] = createQuery({ query: PublishedProcessesQuery });
  const [everyone, setEveryone] = createSignal(false);
  const [confirming, setConfirming] = createSignal<{ id: string; name: string } | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<{ text: string; error: boolean } | null>(null);
  const start = async (processId: string) => {
    setBusy(true);
    setOutcome(null);
    const input = everyone() ? { processId, audience: { filter: props.matching.filter } } : { processId, clientIds: [...props.clientIds] };
    const result = await client.mutation(StartProcessMutation, { input }).toPromise();
    setBusy(false);
    setConfirming(null);
    const { payload, error } = mutationOutcome(result, (data) => data.startProcess, t('process.failed'));
    if (!payload) return setOutcome({ text: error, error: true });
    const text = everyone() ? t('process.startedMatching', payload.started) : t('process.started', { started: String(payload.started), chosen: String(props.clientIds.length) });
    setOutcome({ text, error: false });
  };
  const choose = (process: { id: string; name: string }) => (everyone() ? setConfirming(process) : void start(process.id));
  return (
    <div>
      <fieldset class="picker-audience" disabled={busy()}>
        <legend class="picker-legend">{t('process.for')}</legend>
        <label>
          <input type="radio" name="process-audience" checked={!everyone()} data-testid="process-to-chosen" onChange={() => (setEveryone(false), setConfirming(null))} /> {t('process.toChosen', props.clientIds.length)}
        </label>
        <label>
          <input type="radio" name="process-audience" checked={everyone()} data-testid="process-to-matching" onChange={() => setEveryone(true)} />{' '}
          <span data-testid="process-matching-count">{t('process.toMatching', props.matching.count)}</span>
        </label>
      </fieldset>
      <Show
        when={confirming()}
        fallback={
          <ul class="picker-options">
            <For each={(processes.data?.processes ?? []).filter((process) => process.published)} fallback={<li class="picker-empty">{t('process.none')}</li>}>
              {(process) => (
                <li>
                  <button type="button" class="picker-option" data-testid="process-option" disabled={busy()} onClick={() => choose(process)}>
                    {process.name}
                  </button>
                </li>
              )}
            </For>
          </ul>
        }
      >
        {(process) => (
          <div class="picker-confirm" role="alertdialog" aria-labelledby="process-confirm-text" data-testid="process-confirm">
            <p id="process-confirm-text">{t('process.confirm', { name: process().name, count: props.matching.count })}</p>
            <div class="confirm-actions">
              <button type="button" class="btn btn-small" data-testid="process-confirm-cancel" disabled={busy()} onClick={() => setConfirming(null)}>
                {common('cancel')}
              </button>
              <button type="button" class="btn btn-small btn-primary" data-testid="process-confirm-start" disabled={busy()} onClick={() => void start(process().id)}>
                {t('process.start')}
              </button>
            </div>
          </div>
        )}
      </Show>
      <Show when={outcome()}>
        {(shown) => (
          <div classList={{ 'error-text': shown().error, 'picker-note': true }} role="status" data-testid="process-outcome">
            {shown().text}
          </div>
        )}
      </Show>
    </div>
  );
};
