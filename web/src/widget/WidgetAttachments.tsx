import { For, Show } from 'solid-js';
import type { WidgetChatMessageFragment } from '../generated/graphql.ts';
import { fileIcon, formatSize, ownOrigin } from '../ui/files.ts';
import './widget-files.css';
import { useMessages } from '../i18n/messages.ts';
import { widgetMessages } from './widget.messages.ts';

const t = useMessages(widgetMessages);

type Attachment = WidgetChatMessageFragment['attachments'][number];

// A message's files in the widget: images as previews (full size in a new tab), the rest as download chips.
export const WidgetAttachments = (props: { files: readonly Attachment[] }) => (
  <Show when={props.files.length}>
    <div class="w-attachments" data-testid="widget-attachments">
      <For each={props.files}>
        {(file) => (
          <Show
            when={file.kind === 'IMAGE'}
            fallback={
              <a class="w-file" href={ownOrigin(file.downloadUrl)} download={file.name} data-testid="widget-file">
                <span aria-hidden="true">{fileIcon(file.kind, file.contentType)}</span>
                <span class="w-file-name">{file.name}</span>
                <span class="w-file-size">{formatSize(file.size)}</span>
              </a>
            }
          >
            <a class="w-image" href={ownOrigin(file.url)} target="_blank" rel="noopener" title={file.name}>
              <img src={ownOrigin(file.url)} alt={file.name} loading="lazy" data-testid="widget-image" />
            </a>
          </Show>
        )}
      </For>
    </div>
  </Show>
);

// The composer's paperclip: picks a file and sends it at once as its own message.
export const WidgetAttachButton = (props: { onFile: (file: File) => void }) => {
  let input!: HTMLInputElement;
  return (
    <>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="widget-file-input"
        accept="image/*,video/*,audio/*,.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.rtf,.txt,.csv,.zip"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) props.onFile(file);
          event.currentTarget.value = '';
        }}
      />
      <button class="w-attach" type="button" data-testid="widget-attach" aria-label={t('attach')} title={t('attach')} onClick={() => input.click()}>
        <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" aria-hidden="true">
          <path d="M21 11.5 12.6 19.9a5.5 5.5 0 0 1-7.8-7.8l8.5-8.5a3.7 3.7 0 0 1 5.2 5.2l-8.5 8.5a1.8 1.8 0 0 1-2.6-2.6l7.8-7.8" />
        </svg>
      </button>
    </>
  );
};
