import type { JSX } from 'solid-js';

export type ComposerMode = 'reply' | 'note';

// Reply to the client, or an internal note only operators see.
export const ComposerModes = (props: { mode: ComposerMode; onMode: (mode: ComposerMode) => void; children?: JSX.Element }) => (
  <div class="composer-modes" role="tablist" aria-label="Composer mode">
    <button
      type="button"
      role="tab"
      class="composer-mode"
      classList={{ 'is-active': props.mode === 'reply' }}
      aria-selected={props.mode === 'reply'}
      data-testid="composer-mode-reply"
      onClick={() => props.onMode('reply')}
    >
      Reply
    </button>
    <button
      type="button"
      role="tab"
      class="composer-mode is-note"
      classList={{ 'is-active': props.mode === 'note' }}
      aria-selected={props.mode === 'note'}
      data-testid="composer-mode-note"
      title="Only your team sees internal notes"
      onClick={() => props.onMode('note')}
    >
      Internal note
    </button>
    {props.children}
  </div>
);
