import { For, Match, Show, Switch } from 'solid-js';
import { blockColors, portsOf, type Block, type Definition } from '../../../workflows/src/processes/definition.ts';
import { useMessages } from '../i18n/messages.ts';
import { ActionFields } from './ActionFields.tsx';
import { Field, IdSelect, MessageFields, QuestionFields, type FieldsProps } from './BlockFields.tsx';
import { ConditionFields } from './ConditionFields.tsx';
import { DelayFields } from './DelayFields.tsx';
import type { EditorOptions } from './editor-options.ts';
import { GotoFields, HandoffFields, HttpFields, StartProcessFields } from './OtherFields.tsx';
import { processesMessages } from './processes.messages.ts';

type Props = {
  block: Block;
  definition: Definition;
  processId: string;
  options: EditorOptions;
  readOnly: boolean;
  onChange: (patch: Partial<Block>, key?: string) => void;
  onConnect: (port: string, to: string | null) => void;
  onSetStart: () => void;
  onDelete: () => void;
};

// Narrows the panel's props to one block type (the Match above it has checked the type).
const as = <T extends Block['type']>(props: Props) => props as unknown as FieldsProps<T>;

/** The selected block: its common fields, its type's fields, and where each of its ports leads (a keyboard way to connect). */
export const BlockPanel = (props: Props) => {
  const t = useMessages(processesMessages);
  const others = () =>
    props.definition.blocks
      .filter((block) => block.id !== props.block.id || props.block.type === 'QUESTION')
      .map((block) => ({ id: block.id, name: t('block.option', { number: String(block.number), name: block.name || t(`types.${block.type}`) }) }));
  const targetOf = (port: string) => props.definition.connections.find((connection) => connection.from === props.block.id && connection.port === port)?.to ?? null;
  return (
    <div class="process-panel-body" data-testid="block-panel" data-block-id={props.block.id}>
      <div class="process-panel-title">
        <span>
          #{props.block.number} · {t(`types.${props.block.type}`)}
        </span>
        <Show when={props.definition.start === props.block.id} fallback={
          <button type="button" class="btn btn-small" data-testid="block-set-start" disabled={props.readOnly} onClick={() => props.onSetStart()}>
            {t('block.setStart')}
          </button>
        }>
          <span class="process-badge" data-testid="block-is-start">{t('block.isStart')}</span>
        </Show>
      </div>
      <Field label={t('block.name')}>
        <input class="field" data-testid="block-name" readOnly={props.readOnly} value={props.block.name} maxLength={100} onInput={(event) => props.onChange({ name: event.currentTarget.value }, 'name')} />
      </Field>
      <div class="process-field-row">
        <Field label={t('block.number')}>
          <input
            class="field"
            type="number"
            min="1"
            max="9999"
            data-testid="block-number"
            readOnly={props.readOnly}
            value={props.block.number}
            onInput={(event) => {
              const number = Math.round(Number(event.currentTarget.value));
              if (number >= 1 && number <= 9999) props.onChange({ number }, 'number');
            }}
          />
        </Field>
        <Field label={t('block.color')}>
          <select class="field" data-testid="block-color" disabled={props.readOnly} value={props.block.color} onChange={(event) => props.onChange({ color: event.currentTarget.value as Block['color'] })}>
            <For each={blockColors}>{(color) => <option value={color}>{t(`colors.${color}`)}</option>}</For>
          </select>
        </Field>
      </div>
      <Switch>
        <Match when={props.block.type === 'MESSAGE'}>
          <MessageFields {...as<'MESSAGE'>(props)} />
        </Match>
        <Match when={props.block.type === 'QUESTION'}>
          <QuestionFields {...as<'QUESTION'>(props)} />
        </Match>
        <Match when={props.block.type === 'DELAY'}>
          <DelayFields {...as<'DELAY'>(props)} />
        </Match>
        <Match when={props.block.type === 'CONDITION'}>
          <ConditionFields {...as<'CONDITION'>(props)} />
        </Match>
        <Match when={props.block.type === 'ACTION'}>
          <ActionFields {...as<'ACTION'>(props)} />
        </Match>
        <Match when={props.block.type === 'HANDOFF'}>
          <HandoffFields {...as<'HANDOFF'>(props)} />
        </Match>
        <Match when={props.block.type === 'HTTP'}>
          <HttpFields {...as<'HTTP'>(props)} />
        </Match>
        <Match when={props.block.type === 'GOTO'}>
          <GotoFields {...as<'GOTO'>(props)} blocks={others().filter((block) => block.id !== props.block.id)} />
        </Match>
        <Match when={props.block.type === 'START_PROCESS'}>
          <StartProcessFields {...as<'START_PROCESS'>(props)} selfId={props.processId} />
        </Match>
        <Match when={props.block.type === 'END'}>
          <p class="process-field-hint">{t('fields.endNote')}</p>
        </Match>
      </Switch>
      <Show when={portsOf[props.block.type].length}>
        <fieldset class="process-connections">
          <legend>{t('block.connections')}</legend>
          <For each={portsOf[props.block.type]}>
            {(port) => (
              <Field label={t('block.connectTo', { port: t(`ports.${port as 'next'}`) })}>
                <IdSelect value={targetOf(port)} items={others()} empty={t('block.nowhere')} testId={`block-connect-${port}`} disabled={props.readOnly} onChange={(to) => props.onConnect(port, to)} />
              </Field>
            )}
          </For>
        </fieldset>
      </Show>
      <Field label={t('block.description')}>
        <textarea class="field" rows={2} data-testid="block-description" readOnly={props.readOnly} value={props.block.description} maxLength={1000} onInput={(event) => props.onChange({ description: event.currentTarget.value }, 'description')} />
      </Field>
      <Show when={!props.readOnly}>
        <button type="button" class="btn btn-danger" data-testid="block-delete" onClick={() => props.onDelete()}>
          {t('block.delete')}
        </button>
      </Show>
    </div>
  );
};
