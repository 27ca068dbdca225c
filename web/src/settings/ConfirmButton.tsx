import { createSignal, Show } from 'solid-js';

/** A destructive button that asks in place first: the warning, then the filled button to confirm, or keep. */
export const ConfirmButton = (props: { label: string; warning: string; testId: string; disabled?: boolean; onConfirm: () => unknown }) => {
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
      <span>{props.warning}</span>
      <button type="button" class="btn btn-small btn-danger" data-testid={props.testId} disabled={props.disabled} onClick={() => (setAsking(false), props.onConfirm())}>
        {props.label}
      </button>
      <button type="button" class="btn btn-small" onClick={() => setAsking(false)}>
        Keep
      </button>
    </Show>
  );
};
