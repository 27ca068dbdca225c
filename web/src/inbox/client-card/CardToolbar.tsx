import { Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { clientCardMessages } from './client-card.messages.ts';

// The card's corner buttons: the large view (Ctrl+Shift+S) and closing (Esc).
export const CardToolbar = (props: { large: boolean; onClose: () => void; onExpand?: (() => void) | undefined }) => {
  const t = useMessages(clientCardMessages);
  return (
    <div class="card-toolbar">
      <Show when={!props.large && props.onExpand}>
        {(expand) => (
          <button class="btn btn-small btn-ghost" data-testid="client-card-expand" title={t('toolbar.expandTitle')} aria-label={t('toolbar.expand')} onClick={() => expand()()}>
            ⤢
          </button>
        )}
      </Show>
      <button class="btn btn-small btn-ghost" data-testid="client-card-close" title={t('toolbar.closeTitle')} aria-label={t('toolbar.close')} onClick={() => props.onClose()}>
        ✕
      </button>
    </div>
  );
};
