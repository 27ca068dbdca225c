import { Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { clientCardMessages } from './client-card.messages.ts';

type Props = {
  large: boolean;
  onClose: () => void;
  onExpand?: (() => void) | undefined;
  onBack?: (() => void) | undefined;
};

// The card's corner buttons: the large view (Ctrl+Shift+S) and closing (Esc); on a phone, Back to the chat.
export const CardToolbar = (props: Props) => {
  const t = useMessages(clientCardMessages);
  return (
    <Show
      when={props.onBack}
      fallback={
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
      }
    >
      {(back) => (
        <div class="card-back-bar">
          <button type="button" class="btn btn-ghost card-back" data-testid="client-card-back" onClick={() => back()()}>
            <svg width="20" height="20" viewBox="0 0 20 20" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true">
              <path d="M12.5 4.5 7 10l5.5 5.5" />
            </svg>
            {t('toolbar.back')}
          </button>
        </div>
      )}
    </Show>
  );
};
