import { For, Show } from 'solid-js';
import { useMessages } from '../../../i18n/messages.ts';
import { fileIcon, formatSize } from '../../../ui/files.ts';
import { attachmentMessages } from './attachments.messages.ts';
import type { PendingAttachments } from './pending-attachments.ts';

// What goes with the next reply, above the text field: each file with its state and a way to take it out.
export const PendingAttachmentList = (props: { attachments: PendingAttachments }) => {
  const t = useMessages(attachmentMessages);
  return (
    <Show when={props.attachments.items().length}>
      <ul class="pending-attachments" data-testid="pending-attachments">
        <For each={props.attachments.items()}>
          {(item) => (
            <li class="pending-attachment" classList={{ 'is-failed': item.state === 'failed' }} data-testid="pending-attachment" data-state={item.state} title={item.error ?? item.name}>
              <Show when={item.previewUrl} fallback={<span class="file-icon" aria-hidden="true">{fileIcon(item.kind, '')}</span>}>
                {(src) => <img class="pending-thumb" src={src()} alt="" />}
              </Show>
              <span class="pending-text">
                <span class="pending-name">{item.name}</span>
                <span class="file-size">{item.state === 'uploading' ? t('uploading') : item.state === 'failed' ? item.error : formatSize(item.size)}</span>
              </span>
              <button type="button" class="btn btn-small btn-ghost" aria-label={t('remove', { name: item.name })} onClick={() => props.attachments.remove(item.key)}>
                ✕
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
};
