import { For, onMount, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { settingsMessages } from '../settings.messages.ts';
import { quickRepliesMessages } from './quick-replies.messages.ts';
import './quick-reply-form.css';

export type QuickReplyDraft = { title: string; text: string; folderId: string | null };
export type QuickReplyVariable = { key: string; label: string };
type Props = {
  initial?: QuickReplyDraft;
  folders: readonly { id: string; name: string }[];
  variables: readonly QuickReplyVariable[];
  busy: boolean;
  /** The composer's picker: fewer rows, the variables in one wrapped line. */
  compact?: boolean;
  testId: string;
  /** Answers whether it was saved (the form is left to the caller then). */
  onSave: (draft: QuickReplyDraft) => Promise<unknown>;
  onCancel: () => void;
};

/** A quick reply's title, folder and text, with the variables it may hold: a click puts `#{key}` at the caret. */
export const QuickReplyForm = (props: Props) => {
  const t = useMessages(quickRepliesMessages);
  const common = useMessages(settingsMessages);
  let title!: HTMLInputElement;
  let text!: HTMLTextAreaElement;
  onMount(() => title.focus());
  const insert = (key: string) => {
    const at = text.selectionStart ?? text.value.length;
    const end = text.selectionEnd ?? at;
    const token = `#{${key}}`;
    text.setRangeText(token, at, end, 'end');
    text.focus();
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const values = new FormData(event.currentTarget as HTMLFormElement);
    void props.onSave({ title: String(values.get('title') ?? ''), text: String(values.get('text') ?? ''), folderId: String(values.get('folderId') ?? '') || null });
  };

  return (
    <form class="quick-reply-form" classList={{ 'is-compact': props.compact }} data-testid={props.testId} onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && (event.preventDefault(), event.stopPropagation(), props.onCancel())}>
      <div class="quick-reply-form-row">
        <label class="quick-reply-form-title">
          <span>{t('form.title')}</span>
          <input ref={title} name="title" value={props.initial?.title ?? ''} placeholder={t('form.titlePlaceholder')} maxLength={100} required />
        </label>
        <label>
          <span>{t('form.folder')}</span>
          <select name="folderId">
            <option value="" selected={!props.initial?.folderId}>{t('form.none')}</option>
            <For each={props.folders}>{(folder) => <option value={folder.id} selected={props.initial?.folderId === folder.id}>{folder.name}</option>}</For>
          </select>
        </label>
      </div>
      <label>
        <span>{t('form.text')}</span>
        <textarea ref={text} name="text" rows={props.compact ? 3 : 5} value={props.initial?.text ?? ''} placeholder={t('form.textPlaceholder')} maxLength={4096} required />
      </label>
      <div class="quick-reply-variables" role="group" aria-label={t('form.variables')}>
        <span class="quick-reply-variables-label">{t('form.variables')}</span>
        <For each={props.variables}>
          {(variable) => (
            <button type="button" class="quick-reply-variable" title={variable.label} aria-label={t('form.insert', { label: variable.label })} data-testid="quick-reply-variable"
              data-key={variable.key} onMouseDown={(event) => event.preventDefault()} onClick={() => insert(variable.key)}>
              <code>{`#{${variable.key}}`}</code>
              <Show when={!props.compact}>
                <span class="quick-reply-variable-label">{variable.label}</span>
              </Show>
            </button>
          )}
        </For>
      </div>
      <div class="quick-reply-form-actions">
        <button type="submit" class="btn btn-primary" classList={{ 'btn-small': props.compact }} data-testid={`${props.testId}-submit`} disabled={props.busy}>
          {props.initial ? t('form.save') : t('form.create')}
        </button>
        <button type="button" class="btn" classList={{ 'btn-small': props.compact }} onClick={() => props.onCancel()}>
          {common('cancel')}
        </button>
      </div>
    </form>
  );
};
