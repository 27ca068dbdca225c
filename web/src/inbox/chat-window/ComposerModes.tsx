import type { JSX } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { chatWindowMessages } from './chat-window.messages.ts';

export type ComposerMode = 'reply' | 'note';

// Reply to the client, or an internal note only operators see; `children` are the composer's tools beside them.
export const ComposerModes = (props: { mode: ComposerMode; onMode: (mode: ComposerMode) => void; children?: JSX.Element }) => {
  const t = useMessages(chatWindowMessages);
  return (
    <div class="composer-modes">
      <div class="composer-mode-tabs" role="tablist" aria-label={t('composer.modes.label')}>
        <button
          type="button"
          role="tab"
          class="composer-mode"
          classList={{ 'is-active': props.mode === 'reply' }}
          aria-selected={props.mode === 'reply'}
          data-testid="composer-mode-reply"
          onClick={() => props.onMode('reply')}
        >
          {t('composer.modes.reply')}
        </button>
        <button
          type="button"
          role="tab"
          class="composer-mode is-note"
          classList={{ 'is-active': props.mode === 'note' }}
          aria-selected={props.mode === 'note'}
          data-testid="composer-mode-note"
          title={t('composer.modes.noteTitle')}
          onClick={() => props.onMode('note')}
        >
          {t('composer.modes.note')}
        </button>
      </div>
      {props.children}
    </div>
  );
};
