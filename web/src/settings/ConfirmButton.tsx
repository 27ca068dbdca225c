import { createSignal, Show } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { settingsMessages } from './settings.messages.ts';

/** A destructive button that asks in place first: the warning, then the filled button to confirm, or keep. */
export const ConfirmButton = (props: { label: string; warning: string; testId: string; disabled?: boolean; onConfirm: () => unknown }) => {
  const t = useMessages(settingsMessages);
  const [asking, setAsking] = createSignal(false);
  return (
    <Show
      when={asking()}
      fallback={
        <button type="button" class="btn btn-small btn-danger-outline" disabled={props.disabled} onClick={() => setAsking(true)}>
          {props.label}
        </button>
      }
    >
      <span class="settings-confirm-warning">{props.warning}</span>
      <button type="button" class="btn btn-small btn-danger" data-testid={props.testId} disabled={props.disabled} onClick={() => (setAsking(false), props.onConfirm())}>
        {props.label}
      </button>
      <button type="button" class="btn btn-small" onClick={() => setAsking(false)}>
        {t('keep')}
      </button>
    </Show>
  );
};
