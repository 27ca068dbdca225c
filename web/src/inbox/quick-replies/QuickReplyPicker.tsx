import { For, onMount, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { createPermissions } from '../../shared/permissions.ts';
import { NewQuickReply } from './NewQuickReply.tsx';
import { quickReplyPickerMessages } from './quick-replies.messages.ts';
import type { QuickReplyPicker as Picker } from './quick-reply-picker.ts';

type Props = {
  picker: Picker;
  onChoose: (quickReplyId: string) => void;
};

// Above the composer: a search field and the quick replies by folder. Arrows walk, Enter inserts, Esc closes.
// Those the server lets manage quick replies get "New quick reply": a small form, and the new reply goes in at once.
export const QuickReplyPicker = (props: Props) => {
  const t = useMessages(quickReplyPickerMessages);
  const can = createPermissions();
  let popup!: HTMLDivElement;
  let input: HTMLInputElement | undefined;
  onMount(() => input?.focus());

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
  // Focus leaving the popup closes it; moving between its fields (the search, the form) does not. The popup
  // itself takes focus (tabindex -1) on a click between its fields.
  const onFocusOut = (event: FocusEvent) => {
    if (!popup.contains(event.relatedTarget as Node | null)) props.picker.close();
  };
  // The popup holds the focus while one view replaces the other: a focused field being removed would blur out.
  const switchTo = (creating: boolean) => {
    popup.focus();
    props.picker.setCreating(creating);
    if (!creating) input?.focus();
  };

  return (
    <div ref={popup} class="composer-popup quick-reply-picker" classList={{ 'is-creating': props.picker.creating() }} role="dialog" aria-label={t('label')}
      data-testid="quick-reply-picker" tabindex="-1" onFocusOut={onFocusOut}>
      <Show
        when={!props.picker.creating()}
        fallback={<NewQuickReply onCreated={(id) => props.onChoose(id)} onCancel={() => switchTo(false)} />}
      >
        <input
          ref={input}
          class="field quick-reply-search"
          data-testid="quick-reply-search"
          placeholder={t('search')}
          aria-label={t('searchLabel')}
          value={props.picker.search()}
          onInput={(event) => props.picker.setSearch(event.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        <div class="quick-reply-groups" role="listbox">
          <Show when={props.picker.error()}>{(message) => <div class="error-text quick-reply-note">{message()}</div>}</Show>
          <Show when={!props.picker.loading()} fallback={<div class="quick-reply-note"><span class="spinner" /></div>}>
            <For each={props.picker.groups()} fallback={<div class="quick-reply-note">{props.picker.search() ? t('noMatch') : t('empty')}</div>}>
              {(group) => (
                <div class="quick-reply-group">
                  <div class="quick-reply-folder">{group.id ? group.name : t('other')}</div>
                  <For each={group.replies}>
                    {(reply) => (
                      <div
                        class="composer-popup-option quick-reply-option"
                        classList={{ 'is-active': props.picker.isActive(reply.id) }}
                        role="option"
                        aria-selected={props.picker.isActive(reply.id)}
                        data-testid="quick-reply-option"
                        data-quick-reply-id={reply.id}
                        // mousedown, not click: the search field must keep the focus (and the picker stay open).
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
        <Show when={can('manageQuickReplies')}>
          <button type="button" class="quick-reply-new-button" data-testid="quick-reply-new"
            onMouseDown={(event) => event.preventDefault()} onClick={() => switchTo(true)}>
            {t('newReply')}
          </button>
        </Show>
      </Show>
    </div>
  );
};
