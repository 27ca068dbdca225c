import { Show } from 'solid-js';

/** Why the last change was refused (or could not be made), until the next one. */
export const ErrorNote = (props: { message: string | null }) => (
  <Show when={props.message}>
    {(message) => (
      <p class="settings-error" role="alert" data-testid="settings-error">
        {message()}
      </p>
    )}
  </Show>
);
