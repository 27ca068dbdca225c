import { Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { activityMessages } from './activity.messages.ts';
import type { ConversationActivity } from './conversation-activity.ts';

const t = useMessages(activityMessages);

const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : t('and', { first: list.slice(0, -1).join(', '), last: list[list.length - 1] ?? '' });

// "You and Boris Operator are typing…": the viewer joins the sentence only when someone else types too.
export const activityText = (typing: readonly string[], viewing: readonly string[], selfTyping: boolean): string => {
  const parts: string[] = [];
  if (typing.length) {
    const typers = selfTyping ? [t('you'), ...typing] : [...typing];
    parts.push(t('typing', names(typers), typers.length, selfTyping));
  }
  if (viewing.length) parts.push(t('viewing', names(viewing), viewing.length));
  return parts.join(' · ');
};

export const ActivityIndicator = (props: { activity: ConversationActivity; selfTyping: boolean }) => {
  const text = () => activityText(props.activity.typing(), props.activity.viewing(), props.selfTyping);
  return (
    <div class="activity-row" aria-live="polite">
      <Show when={text()}>
        <span class="activity-indicator" classList={{ 'is-typing': props.activity.typing().length > 0 }} data-testid="activity-indicator">
          <Show when={props.activity.typing().length > 0}>
            <span class="typing-dots" aria-hidden="true">
              <span />
              <span />
              <span />
            </span>
          </Show>
          {text()}
        </span>
      </Show>
    </div>
  );
};
