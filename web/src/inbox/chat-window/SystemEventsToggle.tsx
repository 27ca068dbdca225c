import { useMessages } from '../../i18n/messages.ts';
import { chatWindowMessages } from './chat-window.messages.ts';
import type { SystemEventsPreference } from './system-events-preference.ts';

// In the chat window's header: hides conversation events and card changes, leaving the messages and notes.
export const SystemEventsToggle = (props: { preference: SystemEventsPreference }) => {
  const t = useMessages(chatWindowMessages);
  const label = () => (props.preference.shown() ? t('systemEvents.hide') : t('systemEvents.show'));
  return (
    <button
      type="button"
      class="btn btn-small btn-ghost system-events-toggle"
      classList={{ 'is-active': !props.preference.shown() }}
      data-testid="system-events-toggle"
      data-shown={props.preference.shown()}
      aria-pressed={!props.preference.shown()}
      title={label()}
      aria-label={label()}
      onClick={() => props.preference.toggle()}
    >
      <svg width="15" height="15" viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" aria-hidden="true">
        <path d="M2 4h12M2 8h7M2 12h12" />
        <path d="M11.5 6.5v3" opacity={props.preference.shown() ? 1 : 0} />
        <path d="M2 14 14 2" opacity={props.preference.shown() ? 0 : 1} />
      </svg>
    </button>
  );
};
