import { For } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { widgetMessages } from './widget.messages.ts';

const t = useMessages(widgetMessages);

/** The bot's buttons under its reply: a press answers with the button's text. */
export const WidgetQuickReplies = (props: { buttons: readonly string[]; onPress: (label: string) => void }) => (
  <div class="w-quick-replies" role="group" aria-label={t('quickReplies')} data-testid="widget-quick-replies">
    <For each={props.buttons}>
      {(label) => (
        <button type="button" class="w-quick-reply" data-testid="widget-quick-reply" onClick={() => props.onPress(label)}>
          {label}
        </button>
      )}
    </For>
  </div>
);
