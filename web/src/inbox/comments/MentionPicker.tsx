import { For, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { Avatar } from '../../ui/Avatar.tsx';
import { commentMessages } from './comments.messages.ts';
import type { Mentioned, MentionPicker as Picker } from './mention-picker.ts';

// The list of operators above the composer while an @mention is being typed.
export const MentionPicker = (props: { picker: Picker; onPick: (operator: Mentioned) => void }) => {
  const t = useMessages(commentMessages);
  return (
  <Show when={props.picker.open()}>
    <ul class="composer-popup mention-picker" role="listbox" aria-label={t('mention')} data-testid="mention-picker">
      <For each={props.picker.options()}>
        {(operator, index) => (
          <li
            class="composer-popup-option"
            classList={{ 'is-active': index() === props.picker.active() }}
            role="option"
            aria-selected={index() === props.picker.active()}
            data-testid="mention-option"
            data-operator-id={operator.id}
            // mousedown, not click: the textarea must keep its focus and caret.
            onMouseDown={(event) => {
              event.preventDefault();
              props.onPick(operator);
            }}
          >
            <Avatar name={operator.name} url={operator.avatarUrl} size={22} />
            {operator.name}
          </li>
        )}
      </For>
    </ul>
  </Show>
);
};
