import { Show } from 'solid-js';

// The card's corner buttons: the large view (Ctrl+Shift+S) and closing (Esc).
export const CardToolbar = (props: { large: boolean; onClose: () => void; onExpand?: (() => void) | undefined }) => (
  <div class="card-toolbar">
    <Show when={!props.large && props.onExpand}>
      {(expand) => (
        <button class="btn btn-small btn-ghost" data-testid="client-card-expand" title="Large view (Ctrl+Shift+S)" aria-label="Large view" onClick={() => expand()()}>
          ⤢
        </button>
      )}
    </Show>
    <button class="btn btn-small btn-ghost" data-testid="client-card-close" title="Close (Esc)" aria-label="Close the client card" onClick={() => props.onClose()}>
      ✕
    </button>
  </div>
);
