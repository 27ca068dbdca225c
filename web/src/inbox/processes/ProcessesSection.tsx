import { createQuery, useClient } from '@urql/solid';
import { createEffect, createSignal, For, onCleanup, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { plain } from '../../shared/plain.ts';
import type { ClientProcessesQuery as ClientProcessesData, ProcessBlockType, ProcessRunItemFragment } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmButton } from '../../settings/ConfirmButton.tsx';
import { mutationOutcome } from '../../shared/mutation-outcome.ts';
import { createPermissions } from '../../shared/permissions.ts';
import { formatDateTime } from '../../ui/format.ts';
import { ClientProcessesQuery } from './client-processes.query.ts';
import { ProcessRunUpdatedSubscription } from './process-run-updated.subscription.ts';
import { VersionBlocksQuery } from './version-blocks.query.ts';
import { StartProcessMutation, SteerProcessRunMutation } from './process-runs.mutations.ts';
import { processesMessages } from './processes.messages.ts';
import './processes.css';

type Command = 'MANUAL' | 'AUTO' | 'MOVE' | 'STOP';

/**
 * The client card's business processes: each run with its process, block (number and name), status Auto or Manual
 * and since when, with the controls (manual / auto, move to a block, stop) for those allowed; and a start of a
 * published process. Live by `processRunUpdated`.
 */
export const ProcessesSection = (props: { clientId: string }) => {
  const t = useMessages(processesMessages);
  const can = createPermissions();
  const client = useClient();
  // Read afresh on every change of a run: the latest read asked for wins, whatever order the answers come back in.
  const [data, setData] = createSignal<ClientProcessesData | null>(null);
  let asked = 0;
  const reload = async () => {
    const ticket = ++asked;
    const result = await client.query(ClientProcessesQuery, { id: props.clientId }, { requestPolicy: 'network-only' }).toPromise();
    if (ticket === asked && result.data) setData(result.data);
  };
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [starting, setStarting] = createSignal('');

  // A run's change carries the run as it is now: it replaces the listed one (and any read asked before it, which
  // may answer older); a run not listed yet (just started) is read with the list.
  const changed = (run: ProcessRunItemFragment | undefined) => {
    const current = data();
    const node = current?.node;
    if (!run || !current || !node || !('processRuns' in node) || !node.processRuns.some((one) => one.id === run.id)) return void reload();
    asked++;
    const listed = node as Extract<NonNullable<ClientProcessesData['node']>, { processRuns: unknown }>;
    setData({ ...current, node: { ...listed, processRuns: listed.processRuns.map((one) => (one.id === run.id ? run : one)) } });
  };
  createEffect(() => {
    void reload();
    const subscription = client.subscription(ProcessRunUpdatedSubscription, { clientId: props.clientId }).subscribe((result) => changed(result.data?.processRunUpdated));
    onCleanup(() => subscription.unsubscribe());
  });

  // Reconciled by id: a run that changes keeps its item (and the block chosen in it) rather than a new one.
  const [list, setList] = createStore<{ runs: ProcessRunItemFragment[] }>({ runs: [] });
  createEffect(() => {
    const node = data()?.node;
    setList('runs', reconcile(plain(node && 'processRuns' in node ? node.processRuns : []), { key: 'id' }));
  });
  const runs = () => list.runs;
  const startable = () => (data()?.processes ?? []).filter((process) => process.published);

  const perform = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setError(await work());
    setBusy(false);
    void reload();
  };
  const steer = (run: ProcessRunItemFragment, command: Command, blockId?: string) =>
    perform(async () => {
      const result = await client.mutation(SteerProcessRunMutation, { input: { runId: run.id, command, blockId: blockId ?? null } }).toPromise();
      return mutationOutcome(result, (data) => data.steerProcessRun, t('failed')).error;
    });
  const start = () =>
    perform(async () => {
      const result = await client.mutation(StartProcessMutation, { input: { processId: starting(), clientIds: [props.clientId] } }).toPromise();
      const outcome = mutationOutcome(result, (data) => data.startProcess, t('failed'));
      if (!outcome.payload) return outcome.error;
      return outcome.payload.runs.length ? null : t('alreadyIn');
    });

  return (
    <section class="card-section processes-section" data-testid="client-processes" aria-label={t('title')}>
      <h3>{t('title')}</h3>
      <Show when={runs().length} fallback={<div class="card-missing">{t('none')}</div>}>
        <ul class="process-runs">
          <For each={runs()}>{(run) => <RunItem run={run} busy={busy()} onSteer={(command, blockId) => void steer(run, command, blockId)} />}</For>
        </ul>
      </Show>
      <Show when={error()}>{(message) => <div class="error-text" role="alert">{message()}</div>}</Show>
      <Show when={can('startProcesses') && startable().length}>
        <div class="process-start">
          <select class="field" aria-label={t('startLabel')} data-testid="process-start-select" value={starting()} onChange={(event) => setStarting(event.currentTarget.value)}>
            <option value="">{t('start')}</option>
            <For each={startable()}>{(process) => <option value={process.id}>{process.name}</option>}</For>
          </select>
          <button type="button" class="btn btn-small" data-testid="process-start" disabled={!starting() || busy()} onClick={() => void start()}>
            {t('startButton')}
          </button>
        </div>
      </Show>
    </section>
  );
};

const RunItem = (props: { run: ProcessRunItemFragment; busy: boolean; onSteer: (command: Command, blockId?: string) => void }) => {
  const t = useMessages(processesMessages);
  const [target, setTarget] = createSignal('');
  const [choosing, setChoosing] = createSignal(false);
  const [blocks] = createQuery({ query: VersionBlocksQuery, variables: () => ({ id: props.run.version.id }), pause: () => !choosing() });
  const versionBlocks = () => {
    const node = blocks.data?.node;
    return node && 'blocks' in node ? node.blocks : [];
  };
  const active = () => props.run.status === 'AUTO' || props.run.status === 'MANUAL';
  const blockName = (block: { number: number; name: string; type: ProcessBlockType }) => t('block', { number: String(block.number), name: block.name || t(`types.${block.type}`) });
  return (
    <li class="process-run" data-testid="process-run" data-status={props.run.status} data-block={props.run.block?.blockId ?? ''}>
      <div class="process-run-head">
        <span class="process-run-name">{props.run.process.name}</span>
        <span class="process-run-status" classList={{ [`is-${props.run.status.toLowerCase()}`]: true }} data-testid="process-run-status">
          {t(`status.${props.run.status}`)}
        </span>
      </div>
      <Show when={props.run.block}>{(block) => <div class="process-run-block" data-testid="process-run-block">{blockName(block())}</div>}</Show>
      <div class="process-run-meta">
        {t('since', { at: formatDateTime(props.run.blockEnteredAt) })} · {t('version', { version: String(props.run.version.version) })}
      </div>
      <Show when={active() && props.run.waitingFor}>
        {(waiting) => (
          <div class="process-run-meta" data-testid="process-run-waiting">
            {t(`waiting.${waiting()}`)}
            <Show when={props.run.waitUntil}>{(until) => ` ${t('until', { at: formatDateTime(until()) })}`}</Show>
          </div>
        )}
      </Show>
      <Show when={props.run.error}>{(error) => <div class="error-text">{error()}</div>}</Show>
      <Show when={props.run.viewerCanSteer}>
        <div class="process-run-actions">
          <Show
            when={props.run.status === 'MANUAL'}
            fallback={
              <button type="button" class="btn btn-small" title={t('manualTitle')} data-testid="process-run-manual" disabled={props.busy} onClick={() => props.onSteer('MANUAL')}>
                {t('manual')}
              </button>
            }
          >
            <button type="button" class="btn btn-small btn-primary" title={t('autoTitle')} data-testid="process-run-auto" disabled={props.busy} onClick={() => props.onSteer('AUTO', target() || undefined)}>
              {t('auto')}
            </button>
          </Show>
          <select
            class="field process-run-target"
            aria-label={t('moveLabel')}
            data-testid="process-run-target"
            value={target()}
            onFocus={() => setChoosing(true)}
            onPointerDown={() => setChoosing(true)}
            onChange={(event) => setTarget(event.currentTarget.value)}
          >
            <option value="">{t('move')}</option>
            <For each={versionBlocks()}>{(block) => <option value={block.blockId}>{blockName(block)}</option>}</For>
          </select>
          <button type="button" class="btn btn-small" data-testid="process-run-move" disabled={!target() || props.busy} onClick={() => props.onSteer('MOVE', target())}>
            {t('go')}
          </button>
          <ConfirmButton label={t('stop')} warning={t('stopConfirm')} testId="process-run-stop" disabled={props.busy} onConfirm={() => props.onSteer('STOP')} />
        </div>
      </Show>
    </li>
  );
};
