import { createQuery, useClient } from '@urql/solid';
import { createSignal, For, Show } from 'solid-js';
import { graphql } from '../../generated/index.ts';
import { useMessages } from '../../i18n/messages.ts';
import { StartProcessMutation } from '../../inbox/processes/process-runs.mutations.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
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

/** Starts a published business process for the chosen clients (those already in it, blocked or deleted get none). */
export const ProcessPicker = (props: { clientIds: readonly string[] }) => {
  const t = useMessages(bulkMessages);
  const client = useClient();
  const [processes] = createQuery({ query: PublishedProcessesQuery });
  const [busy, setBusy] = createSignal(false);
  const [outcome, setOutcome] = createSignal<{ text: string; error: boolean } | null>(null);
  const start = async (processId: string) => {
    setBusy(true);
    const result = await client.mutation(StartProcessMutation, { input: { processId, clientIds: [...props.clientIds] } }).toPromise();
    setBusy(false);
    const { payload, error } = mutationOutcome(result, (data) => data.startProcess, t('process.failed'));
    setOutcome(payload ? { text: t('process.started', { started: String(payload.runs.length), chosen: String(props.clientIds.length) }), error: false } : { text: error, error: true });
  };
  return (
    <div>
      <ul class="picker-options">
        <For each={(processes.data?.processes ?? []).filter((process) => process.published)} fallback={<li class="picker-empty">{t('process.none')}</li>}>
          {(process) => (
            <li>
              <button type="button" class="picker-option" data-testid="process-option" disabled={busy()} onClick={() => void start(process.id)}>
                {process.name}
              </button>
            </li>
          )}
        </For>
      </ul>
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
