import { onCleanup, onMount } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { commonMessages } from '../ui/common.messages.ts';

export type Confirmation = { title: string; message: string; confirm: string; danger?: boolean; onConfirm: () => void };

/** A modal question before a destructive action; Escape or a press outside cancels. */
export const ConfirmDialog = (props: Confirmation & { onCancel: () => void }) => {
  const common = useMessages(commonMessages);
  let ok!: HTMLButtonElement;
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && props.onCancel();
  onMount(() => {
    ok.focus();
    document.addEventListener('keydown', onKey);
  });
  onCleanup(() => document.removeEventListener('keydown', onKey));
  return (
    <div class="audience-backdrop" onClick={(event) => event.target === event.currentTarget && props.onCancel()}>
      <div class="confirm-dialog" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" data-testid="confirm-dialog">
        <h2 id="confirm-title">{props.title}</h2>
        <p>{props.message}</p>
        <div class="confirm-actions">
          <button type="button" class="btn" data-testid="confirm-cancel" onClick={() => props.onCancel()}>
            {common('cancel')}
          </button>
          <button
            type="button"
            ref={ok}
            class="btn"
            classList={{ 'btn-danger': !!props.danger, 'btn-primary': !props.danger }}
            data-testid="confirm-ok"
            onClick={() => props.onConfirm()}
          >
            {props.confirm}
          </button>
        </div>
      </div>
    </div>
  );
};
