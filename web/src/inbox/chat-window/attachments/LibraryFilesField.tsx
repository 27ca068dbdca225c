import { createSignal, For, Show } from 'solid-js';
import type { FileItemFragment } from '../../../generated/graphql.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { fileIcon, formatSize } from '../../../ui/files.ts';
import { attachmentMessages } from './attachments.messages.ts';
import { LibraryPicker } from './LibraryPicker.tsx';

/**
 * Files chosen from the project's library to go with a message sent later (a broadcast's, a process block's): the
 * chosen ones with a remove button each, and the library picker, up to `max`.
 */
export const LibraryFilesField = (props: { files: readonly FileItemFragment[]; max: number; testId: string; disabled?: boolean; onChange: (files: FileItemFragment[]) => void }) => {
  const t = useMessages(attachmentMessages);
  const [picking, setPicking] = createSignal(false);
  return (
    <>
      <Show when={props.files.length}>
        <ul class="pending-attachments" data-testid={`${props.testId}-files`}>
          <For each={props.files}>
            {(file) => (
              <li class="pending-attachment" data-testid={`${props.testId}-file`}>
                <span class="file-icon" aria-hidden="true">{fileIcon(file.kind, file.contentType)}</span>
                <span class="pending-text">
                  <span class="pending-name">{file.name}</span>
                  <span class="file-size">{formatSize(file.size)}</span>
                </span>
                <Show when={!props.disabled}>
                  <button type="button" class="btn btn-small btn-ghost" aria-label={t('remove', { name: file.name })} onClick={() => props.onChange(props.files.filter((kept) => kept.id !== file.id))}>
                    ✕
                  </button>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show
        when={picking()}
        fallback={
          <button type="button" class="btn btn-small" data-testid={`${props.testId}-library`} disabled={props.disabled || props.files.length >= props.max} onClick={() => setPicking(true)}>
            {t('addFromLibrary')}
          </button>
        }
      >
        <LibraryPicker
          onPick={(file) => {
            if (!props.files.some((kept) => kept.id === file.id)) props.onChange([...props.files, file]);
            setPicking(false);
          }}
          onClose={() => setPicking(false)}
        />
      </Show>
    </>
  );
};
