import { For, Show, type JSX } from 'solid-js';
import { answerKinds, type Block } from '../../../workflows/src/processes/definition.ts';
import { useMessages } from '../i18n/messages.ts';
import type { EditorOptions } from './editor-options.ts';
import { MessageFilesField } from './MessageFilesField.tsx';
import { processesMessages } from './processes.messages.ts';

export type FieldsProps<T extends Block['type']> = {
  block: Extract<Block, { type: T }>;
  options: EditorOptions;
  readOnly: boolean;
  // `key` merges a burst of edits of one field into one undo step.
  onChange: (patch: Partial<Extract<Block, { type: T }>>, key?: string) => void;
};

/** A labelled control of the side panel. */
export const Field = (props: { label: string; hint?: string; children: JSX.Element }) => (
  <label class="process-field">
    <span class="process-field-label">{props.label}</span>
    {props.children}
    <Show when={props.hint}>
      <span class="process-field-hint">{props.hint}</span>
    </Show>
  </label>
);

/** A select of ids by name, with an empty choice. */
// Each option says whether it is chosen: options drawn again (the draft reloaded after publishing) would otherwise
// leave the select on its first one, "nowhere".
export const IdSelect = (props: { value: string | null; items: readonly { id: string; name: string }[]; empty: string; testId?: string; disabled?: boolean; onChange: (id: string | null) => void }) => (
  <select class="field" data-testid={props.testId} disabled={props.disabled} value={props.value ?? ''} onChange={(event) => props.onChange(event.currentTarget.value || null)}>
    <option value="" selected={!props.value}>{props.empty}</option>
    <For each={props.items}>{(item) => <option value={item.id} selected={item.id === props.value}>{item.name}</option>}</For>
  </select>
);

export const lines = (text: string) => text.split('\n').map((line) => line.trim()).filter(Boolean);

const ButtonsField = (props: { buttons: readonly string[]; readOnly: boolean; onChange: (buttons: string[]) => void }) => {
  const t = useMessages(processesMessages);
  return (
    <Field label={t('fields.buttons')}>
      <textarea class="field" rows={3} data-testid="block-buttons" readOnly={props.readOnly} value={props.buttons.join('\n')} onInput={(event) => props.onChange(lines(event.currentTarget.value))} />
    </Field>
  );
};

const TextField = (props: { text: string; readOnly: boolean; onChange: (text: string) => void }) => {
  const t = useMessages(processesMessages);
  return (
    <Field label={t('fields.text')} hint={t('fields.textHint')}>
      <textarea class="field" rows={4} data-testid="block-text" readOnly={props.readOnly} value={props.text} onInput={(event) => props.onChange(event.currentTarget.value)} />
    </Field>
  );
};

export const MessageFields = (props: FieldsProps<'MESSAGE'>) => (
  <>
    <TextField text={props.block.text} readOnly={props.readOnly} onChange={(text) => props.onChange({ text }, 'text')} />
    <MessageFilesField fileIds={props.block.fileIds} readOnly={props.readOnly} onChange={(fileIds) => props.onChange({ fileIds })} />
    <ButtonsField buttons={props.block.buttons} readOnly={props.readOnly} onChange={(buttons) => props.onChange({ buttons }, 'buttons')} />
  </>
);

export const QuestionFields = (props: FieldsProps<'QUESTION'>) => {
  const t = useMessages(processesMessages);
  const variables = () => (props.options.filter()?.variableDefinitions ?? []).map((variable) => ({ id: variable.key, name: variable.name || variable.key }));
  return (
    <>
      <TextField text={props.block.text} readOnly={props.readOnly} onChange={(text) => props.onChange({ text }, 'text')} />
      <ButtonsField buttons={props.block.buttons} readOnly={props.readOnly} onChange={(buttons) => props.onChange({ buttons }, 'buttons')} />
      <Field label={t('fields.expect')}>
        <select class="field" data-testid="block-expect" disabled={props.readOnly} value={props.block.expect} onChange={(event) => props.onChange({ expect: event.currentTarget.value as (typeof answerKinds)[number] })}>
          <For each={answerKinds}>{(kind) => <option value={kind}>{t(`fields.expectKinds.${kind}`)}</option>}</For>
        </select>
      </Field>
      <Field label={t('fields.variable')}>
        <IdSelect value={props.block.variable} items={variables()} empty={t('fields.noVariable')} testId="block-variable" disabled={props.readOnly} onChange={(variable) => props.onChange({ variable })} />
      </Field>
      <Field label={t('fields.timeout')}>
        <input
          class="field"
          type="number"
          min="1"
          data-testid="block-timeout"
          readOnly={props.readOnly}
          value={props.block.timeoutSeconds === null ? '' : Math.round(props.block.timeoutSeconds / 60)}
          onInput={(event) => {
            const minutes = Number(event.currentTarget.value);
            props.onChange({ timeoutSeconds: event.currentTarget.value && minutes > 0 ? Math.round(minutes * 60) : null }, 'timeout');
          }}
        />
      </Field>
    </>
  );
};
