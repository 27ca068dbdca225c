import { createQuery, useClient } from '@urql/solid';
import { createSignal, For, Show } from 'solid-js';
import { ConfirmDialog, type Confirmation } from '../audience/ConfirmDialog.tsx';
import type { ProcessFieldsFragment } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import { processHref } from '../shared/app-route.ts';
import { mutationOutcome } from '../shared/mutation-outcome.ts';
import { failureText } from '../shared/refusal-text.ts';
import { formatNumber } from '../ui/format.ts';
import { CreateProcessMutation } from './create-process.mutation.ts';
import { DeleteProcessMutation } from './delete-process.mutation.ts';
import { ProcessQuery } from './process.query.ts';
import { ProcessesQuery } from './processes.query.ts';
import { processesMessages } from './processes.messages.ts';

const context = { additionalTypenames: ['Process'] };

/** A definition as a JSON file the browser saves. */
function download(name: string, definition: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(definition, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `${name.replace(/[\\/:*?"<>|]+/g, '_') || 'process'}.json` });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `#/processes`: the project's processes: create, import, export, delete, open. */
export const ProcessList = () => {
  const t = useMessages(processesMessages);
  const client = useClient();
  const [list, refetch] = createQuery({ query: ProcessesQuery, context });
  const [name, setName] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const [confirm, setConfirm] = createSignal<Confirmation | null>(null);
  let file!: HTMLInputElement;

  const create = async (processName: string, definition?: unknown) => {
    setBusy(true);
    const result = await client.mutation(CreateProcessMutation, { input: { name: processName, ...(definition === undefined ? {} : { definition }) } }, context).toPromise();
    setBusy(false);
    const outcome = mutationOutcome(result, (data) => data.createProcess, t('list.failed'));
    if (outcome.error !== null) return setError(outcome.error);
    setError(null);
    setName('');
    refetch({ requestPolicy: 'network-only' });
    if (outcome.payload.process) location.hash = processHref(outcome.payload.process.id);
  };

  const importFile = async (chosen: File) => {
    let definition: unknown;
    try {
      definition = JSON.parse(await chosen.text());
    } catch {
      return setError(t('list.importFailed'));
    }
    await create(chosen.name.replace(/\.json$/i, '').slice(0, 100) || 'Imported', definition);
  };

  const exportDraft = async (process: ProcessFieldsFragment) => {
    const result = await client.query(ProcessQuery, { id: process.id }, { requestPolicy: 'network-only' }).toPromise();
    const node = result.data?.node;
    if (!node || !('draft' in node)) return setError(failureText(result.error, t('list.failed')));
    download(process.name, node.draft);
  };

  const remove = (process: ProcessFieldsFragment) =>
    setConfirm({
      title: t('list.deleteTitle'),
      message: t('list.deleteMessage', { name: process.name }),
      confirm: t('list.delete'),
      danger: true,
      onConfirm: async () => {
        setConfirm(null);
        const result = await client.mutation(DeleteProcessMutation, { input: { processId: process.id } }, context).toPromise();
        const outcome = mutationOutcome(result, (data) => data.deleteProcess, t('list.failed'));
        setError(outcome.error);
        refetch({ requestPolicy: 'network-only' });
      },
    });

  return (
    <main class="processes-page" data-testid="processes-page">
      <h1>{t('list.heading')}</h1>
      <form
        class="processes-create"
        onSubmit={(event) => {
          event.preventDefault();
          if (name().trim()) void create(name().trim());
        }}
      >
        <input class="field" placeholder={t('list.newName')} aria-label={t('list.newName')} maxLength={100} data-testid="process-new-name" value={name()} onInput={(event) => setName(event.currentTarget.value)} />
        <button type="submit" class="btn btn-primary" data-testid="process-create" disabled={busy() || !name().trim()}>
          {t('list.create')}
        </button>
        <button type="button" class="btn" data-testid="process-import" disabled={busy()} onClick={() => file.click()}>
          {t('list.import')}
        </button>
        <input
          ref={file}
          type="file"
          accept="application/json,.json"
          hidden
          data-testid="process-import-file"
          onChange={(event) => {
            const chosen = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (chosen) void importFile(chosen);
          }}
        />
      </form>
      <Show when={error()}>{(message) => <div class="error-box" role="alert" data-testid="processes-error">{message()}</div>}</Show>
      <Show when={list.data?.processes.length} fallback={<Show when={list.data}><div class="empty-state">{t('list.empty')}</div></Show>}>
        <ul class="processes-list">
          <For each={list.data?.processes ?? []}>
            {(process) => (
              <li class="processes-row" data-testid="process-row">
                <a class="processes-name" href={processHref(process.id)} data-testid="process-open">
                  {process.name}
                </a>
                <span class="process-badge" data-testid="process-version">
                  {process.published ? t('list.version', { version: String(process.published.version) }) : t('list.notPublished')}
                </span>
                <Show when={process.hasUnpublishedChanges && process.published}>
                  <span class="process-badge is-warning" data-testid="process-unpublished">{t('list.unpublished')}</span>
                </Show>
                <span class="processes-runs" data-testid="process-runs">{t('list.runs', { count: formatNumber(process.activeRuns) })}</span>
                <span class="process-toolbar-gap" />
                <button type="button" class="btn btn-small" data-testid="process-export" onClick={() => void exportDraft(process)}>
                  {t('list.export')}
                </button>
                <Show when={process.viewerCanEdit}>
                  <button type="button" class="btn btn-small btn-danger-outline" data-testid="process-delete" onClick={() => remove(process)}>
                    {t('list.delete')}
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={confirm()}>{(question) => <ConfirmDialog {...question()} onCancel={() => setConfirm(null)} />}</Show>
    </main>
  );
};
