import { Show } from 'solid-js';
import type { ConversationActivity } from './conversation-activity.ts';

const names = (list: readonly string[]) =>
  list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;

const verb = (list: readonly string[]) => (list.length > 1 ? 'are' : 'is');

// "You and Boris Operator are typing…": the viewer joins the sentence only when someone else types too.
export const activityText = (typing: readonly string[], viewing: readonly string[], selfTyping: boolean): string => {
  const parts: string[] = [];
  if (typing.length) {
    const typers = selfTyping ? ['You', ...typing] : [...typing];
    parts.push(`${names(typers)} ${typers.length > 1 ? 'are' : 'is'} typing…`);
  }
  if (viewing.length) parts.push(`${names(viewing)} ${verb(viewing)} viewing`);
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
