import { createSignal } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';

type Props = { text: string; busy: boolean; onSave: (text: string) => void; onCancel: () => void };

// The inline editor of an own sent message: Ctrl/⌘+Enter saves, Escape cancels.
export const MessageEditor = (props: Props) => {
  const common = useMessages(commonMessages);
  const [draft, setDraft] = createSignal(props.text);
  const save = () => draft().trim() && props.onSave(draft().trim());
  return (
    <div class="message-editor">
      <textarea
        class="field message-edit-input"
        data-testid="message-edit-input"
        ref={(el) => queueMicrotask(() => el.focus())}
        value={draft()}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) save();
          if (event.key === 'Escape') {
            event.stopPropagation();
            props.onCancel();
          }
        }}
      />
      <div class="message-editor-buttons">
        <button type="button" class="btn btn-small btn-primary" data-testid="message-edit-save" disabled={props.busy || !draft().trim()} onClick={save}>
          {common('save')}
        </button>
        <button type="button" class="btn btn-small btn-ghost" onClick={() => props.onCancel()}>
          {common('cancel')}
        </button>
      </div>
    </div>
  );
};
