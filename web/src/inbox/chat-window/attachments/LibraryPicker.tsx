import { createMutation, createQuery } from '@urql/solid';
import { createSignal, For, onMount, Show } from 'solid-js';
import type { FileItemFragment } from '../../../generated/graphql.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { createPermissions } from '../../../shared/permissions.ts';
import { requestErrorText, refusalText } from '../../../shared/refusal-text.ts';
import { fileIcon, formatSize } from '../../../ui/files.ts';
import { attachmentMessages } from './attachments.messages.ts';
import { DeleteLibraryFileMutation } from './delete-library-file.mutation.ts';
import { FileLibraryQuery } from './file-library.query.ts';
import { uploadFile } from './upload-file.ts';
import './attachments.css';

type Props = { onPick: (file: FileItemFragment) => void; onClose: () => void };

// Above the composer: the project's library of files for attachments. A click attaches; those allowed add and remove.
export const LibraryPicker = (props: Props) => {
  const t = useMessages(attachmentMessages);
  const [library, refetch] = createQuery({ query: FileLibraryQuery, requestPolicy: 'cache-and-network' });
  const [, remove] = createMutation(DeleteLibraryFileMutation);
  const can = createPermissions();
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  let panel!: HTMLDivElement;
  let input!: HTMLInputElement;
  onMount(() => panel.focus());

  const add = async (files: File[]) => {
    setBusy(true);
    setError(null);
    for (const file of files) {
      const result = await uploadFile(file, { library: true });
      if ('error' in result) {
        setError(result.error);
        break;
      }
    }
    setBusy(false);
    refetch({ requestPolicy: 'network-only' });
  };

  const drop = async (file: FileItemFragment) => {
    const result = await remove({ input: { fileId: file.id } });
    const refusal = result.data?.deleteLibraryFile.userErrors[0];
    const failure = result.error ? requestErrorText(result.error) : refusal && refusalText(refusal);
    setError(failure ?? null);
    if (!failure) refetch({ requestPolicy: 'network-only' });
  };

  return (
    <div
      ref={panel}
      class="composer-popup library-picker"
      role="dialog"
      aria-label={t('picker.label')}
      data-testid="library-picker"
      tabindex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        props.onClose();
      }}
    >
      <div class="library-head">
        <span>
          {t('picker.title')}
          <Show when={library.data?.fileLibraryUsage}>
            {(usage) => <span class="library-usage">{` · ${t('picker.usage', { count: String(usage().count), limit: String(usage().limit) })}`}</span>}
          </Show>
        </span>
        <span class="library-head-actions">
          <input ref={input} type="file" multiple hidden onChange={(event) => void add([...(event.currentTarget.files ?? [])])} />
          <Show when={can('manageFileLibrary')}>
            <button type="button" class="btn btn-small btn-ghost" data-testid="library-upload" disabled={busy()} onClick={() => input.click()}>
              {busy() ? t('uploading') : t('picker.add')}
            </button>
          </Show>
          <button type="button" class="btn btn-small btn-ghost" aria-label={t('picker.close')} onClick={() => props.onClose()}>
            ✕
          </button>
        </span>
      </div>
      <Show when={error()}>{(message) => <div class="error-text library-note" role="alert">{message()}</div>}</Show>
      <Show when={library.data} fallback={<div class="library-note"><span class="spinner" /></div>}>
        {(data) => (
          <ul class="library-list">
            <For each={data().fileLibrary.edges} fallback={<li class="library-note">{t('picker.empty')}</li>}>
              {(edge) => (
                <li class="composer-popup-option library-option" data-testid="library-file">
                  <button type="button" class="library-pick" title={t('picker.pick')} onClick={() => props.onPick(edge.node)}>
                    <span class="file-icon" aria-hidden="true">{fileIcon(edge.node.kind, edge.node.contentType)}</span>
                    <span class="library-name">{edge.node.name}</span>
                    <span class="file-size">{formatSize(edge.node.size)}</span>
                  </button>
                  <Show when={can('manageFileLibrary')}>
                    <button type="button" class="btn btn-small btn-ghost library-remove" title={t('picker.removeTitle')} aria-label={t('remove', { name: edge.node.name })} onClick={() => void drop(edge.node)}>
                      🗑
                    </button>
                  </Show>
                </li>
              )}
            </For>
          </ul>
        )}
      </Show>
    </div>
  );
};
