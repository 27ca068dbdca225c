import { createQuery, useClient } from '@urql/solid';
import { createSignal, For, Show } from 'solid-js';
import type { ProcessBlockType } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { createPermissions } from '../../shared/permissions.ts';
import { ConversationProcessesQuery } from './conversation-processes.query.ts';
import { StartProcessMutation, SteerProcessRunMutation } from './process-runs.mutations.ts';
import { processesMessages } from './processes.messages.ts';
import { VersionBlocksQuery } from './version-blocks.query.ts';
import './processes.css';

const types: readonly ProcessBlockType[] = ['MESSAGE', 'QUESTION', 'DELAY', 'CONDITION', 'ACTION', 'HANDOFF', 'HTTP', 'GOTO', 'START_PROCESS', 'END'];
const colors = ['GRAY', 'BLUE', 'GREEN', 'YELLOW', 'ORANGE', 'RED', 'PURPLE'] as const;

/**
 * The composer's "send a block": a block of a published process, found by colour, type, number or words; sending it
 * moves the client's run of that process there (back to auto), or starts one there, and the run goes on from it.
 */
export const SendBlockButton = (props: { conversationId: string; disabled?: boolean | undefined }) => {
  const t = useMessages(processesMessages);
  const can = createPermissions();
  const client = useClient();
  const [open, setOpen] = createSignal(false);
  const [processId, setProcessId] = createSignal('');
  const [type, setType] = createSignal('');
  const [color, setColor] = createSignal('');
  const [search, setSearch] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [sent, setSent] = createSignal<string | null>(null);
  const [context, refetch] = createQuery({ query: ConversationProcessesQuery, variables: () => ({ id: props.conversationId }), pause: () => !open() });
  const chosen = () => context.data?.processes.find((process) => process.id === processId());
  const [blocks] = createQuery({ query: VersionBlocksQuery, variables: () => ({ id: chosen()?.published?.id ?? '' }), pause: () => !chosen()?.published });
  const clientOf = () => {
    const node = context.data?.node;
    return node && 'client' in node ? node.client : null;
  };
  const shown = () => {
    const node = blocks.data?.node;
    const all = node && 'blocks' in node ? node.blocks : [];
    const words = search().trim().toLocaleLowerCase();
    return all.filter(
      (block) =>
        (!type() || block.type === type()) &&
        (!color() || block.color === color()) &&
        (!words || String(block.number) === words || [block.name, block.description, block.text ?? ''].some((text) => text.toLocaleLowerCase().includes(words))),
    );
  };

  const send = async (blockId: string) => {
    const found = clientOf();
    if (!found) return;
    setBusy(true);
    setError(null);
    const run = found.processRuns.find((one) => one.process.id === processId() && (one.status === 'AUTO' || one.status === 'MANUAL'));
    const failure = run
      ? mutationOutcome(await client.mutation(SteerProcessRunMutation, { input: { runId: run.id, command: run.status === 'MANUAL' ? 'AUTO' : 'MOVE', blockId } }).toPromise(), (data) => data.steerProcessRun, t('failed')).error
      : mutationOutcome(await client.mutation(StartProcessMutation, { input: { processId: processId(), clientIds: [found.id], blockId } }).toPromise(), (data) => data.startProcess, t('failed')).error;
    setBusy(false);
    if (failure) return setError(failure);
    setSent(blockId);
    setOpen(false);
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Show when={can('startProcesses') && can('steerProcessRuns')}>
      <span class="send-block">
        <button
          type="button"
          class="btn btn-small btn-ghost"
          data-testid="send-block-button"
          title={t('sendBlock.title')}
          aria-expanded={open()}
          disabled={props.disabled}
          onClick={() => (setOpen(!open()), setSent(null))}
        >
          {t('sendBlock.button')}
        </button>
        <Show when={sent() && !open()}>
          <span class="send-block-sent" role="status" data-testid="send-block-sent">
            {t('sendBlock.sent')}
          </span>
        </Show>
        <Show when={open()}>
          <div
            class="composer-popup send-block-picker"
            role="dialog"
            aria-label={t('sendBlock.title')}
            data-testid="send-block-picker"
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.stopPropagation();
              setOpen(false);
            }}
          >
            <select class="field" aria-label={t('sendBlock.process')} data-testid="send-block-process" value={processId()} onChange={(event) => setProcessId(event.currentTarget.value)}>
              <option value="">{t('sendBlock.process')}</option>
              <For each={(context.data?.processes ?? []).filter((process) => process.published)}>{(process) => <option value={process.id}>{process.name}</option>}</For>
            </select>
            <Show when={chosen()}>
              <div class="send-block-filters">
                <input class="field" type="search" placeholder={t('sendBlock.search')} aria-label={t('sendBlock.search')} data-testid="send-block-search" value={search()} onInput={(event) => setSearch(event.currentTarget.value)} />
                <select class="field" aria-label={t('sendBlock.type')} data-testid="send-block-type" value={type()} onChange={(event) => setType(event.currentTarget.value)}>
                  <option value="">{t('sendBlock.anyType')}</option>
                  <For each={types}>{(one) => <option value={one}>{t(`types.${one}`)}</option>}</For>
                </select>
                <select class="field" aria-label={t('sendBlock.color')} data-testid="send-block-color" value={color()} onChange={(event) => setColor(event.currentTarget.value)}>
                  <option value="">{t('sendBlock.anyColor')}</option>
                  <For each={colors}>{(one) => <option value={one}>{t(`colors.${one}`)}</option>}</For>
                </select>
              </div>
              <ul class="send-block-list">
                <For each={shown()} fallback={<li class="card-missing">{t('sendBlock.none')}</li>}>
                  {(block) => (
                    <li>
                      <button type="button" class="send-block-option" classList={{ [`is-${block.color.toLowerCase()}`]: true }} data-testid="send-block-option" data-block={block.blockId} disabled={busy()} onClick={() => void send(block.blockId)}>
                        <span>
                          <span class="send-block-number">#{block.number}</span> {block.name || t(`types.${block.type}`)}
                        </span>
                        <Show when={block.text}>{(text) => <span class="send-block-text">{text()}</span>}</Show>
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <Show when={error()}>{(message) => <div class="error-text" role="alert">{message()}</div>}</Show>
          </div>
        </Show>
      </span>
    </Show>
  );
};
