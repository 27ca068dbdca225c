import { createSignal, Show } from 'solid-js';
import { useMessages } from '../../../i18n/messages.ts';
import { FolderIcon, PaperclipIcon } from '../../../ui/icons.tsx';
import { attachmentMessages } from './attachments.messages.ts';
import { LibraryPicker } from './LibraryPicker.tsx';
import type { PendingAttachments } from './pending-attachments.ts';
import './attachments.css';

// The composer's "attach" controls: upload from the computer, or pick from the project's library.
export const AttachButton = (props: { attachments: PendingAttachments; disabled?: boolean | undefined }) => {
  const t = useMessages(attachmentMessages);
  const [libraryOpen, setLibraryOpen] = createSignal(false);
  let input!: HTMLInputElement;
  return (
    <span class="attach-controls">
      <input
        ref={input}
        type="file"
        multiple
        hidden
        data-testid="attach-input"
        onChange={(event) => {
          props.attachments.add([...(event.currentTarget.files ?? [])]);
          event.currentTarget.value = '';
        }}
      />
      <button
        type="button"
        class="btn btn-small btn-ghost"
        data-testid="attach-button"
        title={t('attachTitle')}
        disabled={props.disabled || props.attachments.room() <= 0}
        onClick={() => input.click()}
      >
        <PaperclipIcon />
        <span class="sr-phone">{t('attach')}</span>
      </button>
      <button
        type="button"
        class="btn btn-small btn-ghost"
        data-testid="library-button"
        title={t('libraryTitle')}
        aria-expanded={libraryOpen()}
        disabled={props.disabled}
        onClick={() => setLibraryOpen(!libraryOpen())}
      >
        <FolderIcon />
        <span class="sr-phone">{t('library')}</span>
      </button>
      <Show when={libraryOpen()}>
        <LibraryPicker
          onPick={(file) => {
            props.attachments.pick(file);
            setLibraryOpen(false);
          }}
          onClose={() => setLibraryOpen(false)}
        />
      </Show>
    </span>
  );
};
