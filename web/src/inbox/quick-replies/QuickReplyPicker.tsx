import { For, onMount, Show } from 'solid-js';
import type { QuickReplyPicker as Picker } from './quick-reply-picker.ts';

type Props = {
  picker: Picker;
  onChoose: (quickReplyId: string) => void;
};

// Above the composer: a search field and the quick replies by folder. Arrows walk, Enter inserts, Esc closes.
export const QuickReplyPicker = (props: Props) => {
  let input!: HTMLInputElement;
  onMount(() => input.focus());

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') props.picker.move(event.key === 'ArrowDown' ? 1 : -1);
    else if (event.key === 'Escape') props.picker.close();
    else if (event.key === 'Enter') {
      const reply = props.picker.activeReply();
      if (reply) props.onChoose(reply.id);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div class="composer-popup quick-reply-picker" role="dialog" aria-label="Quick replies" data-testid="quick-reply-picker">
      <input
        ref={input}
        class="field quick-reply-search"
        data-testid="quick-reply-search"
        placeholder="Search quick replies…"
        aria-label="Search quick replies"
        value={props.picker.search()}
        onInput={(event) => props.picker.setSearch(event.currentTarget.value)}
        onKeyDown={onKeyDown}
        onBlur={() => props.picker.close()}
      />
      <div class="quick-reply-groups" role="listbox">
        <Show when={props.picker.error()}>{(message) => <div class="error-text quick-reply-note">{message()}</div>}</Show>
        <Show when={!props.picker.loading()} fallback={<div class="quick-reply-note"><span class="spinner" /></div>}>
          <For each={props.picker.groups()} fallback={<div class="quick-reply-note">No quick replies{props.picker.search() ? ' match' : ' yet'}.</div>}>
            {(group) => (
              <div class="quick-reply-group">
                <div class="quick-reply-folder">{group.name}</div>
                <For each={group.replies}>
                  {(reply) => (
                    <div
                      class="composer-popup-option quick-reply-option"
                      classList={{ 'is-active': props.picker.isActive(reply.id) }}
                      role="option"
                      aria-selected={props.picker.isActive(reply.id)}
                      data-testid="quick-reply-option"
                      data-quick-reply-id={reply.id}
                      // mousedown, not click: the search field must not blur (and close the picker) first.
                      onMouseDown={(event) => {
                        event.preventDefault();
                        props.onChoose(reply.id);
                      }}
                    >
                      <span class="quick-reply-title">{reply.title}</span>
                      <span class="quick-reply-text">{reply.text}</span>
                    </div>
                  )}
                </For>
              </div>
            )}
          </For>
        </Show>
      </div>
    </div>
  );
};
