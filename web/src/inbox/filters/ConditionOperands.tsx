import { For, Match, Show, Switch } from 'solid-js';
import type { FilterOptionsQuery, VariableType } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { newVariableCondition, VARIABLE_OPS, type DraftCondition, type VariableOp } from './filter-model.ts';
import { filtersMessages } from './filters.messages.ts';

type OperandProps = {
  condition: DraftCondition;
  options: FilterOptionsQuery | undefined;
  onChange: (patch: Partial<DraftCondition>) => void;
};

export const toggled = (values: string[], value: string, on: boolean) => (on ? [...values, value] : values.filter((other) => other !== value));

/** Checkboxes for a list of choices (channels, messengers, funnels, stages, bot status). */
export const ChoiceOperand = (props: OperandProps & { choices: { id: string; name: string }[]; empty: string }) => (
  <div class="filter-choices" data-testid="filter-choices">
    <For each={props.choices} fallback={<span class="filter-empty">{props.empty}</span>}>
      {(choice) => (
        <label class="filter-check">
          <input
            type="checkbox"
            value={choice.id}
            checked={props.condition.anyOf.includes(choice.id)}
            onChange={(event) => props.onChange({ anyOf: toggled(props.condition.anyOf, choice.id, event.currentTarget.checked) })}
          />
          {choice.name}
        </label>
      )}
    </For>
  </div>
);

/** Tags or lists: which ones, and whether the client needs any or all of them. */
export const LabelOperand = (props: OperandProps) => {
  const t = useMessages(filtersMessages);
  const labels = () => (props.condition.field === 'TAGS' ? props.options?.tags : props.options?.lists) ?? [];
  return (
    <>
      <select
        class="field filter-small"
        aria-label={t('labels.howMany')}
        data-testid="filter-label-mode"
        value={props.condition.labelMode}
        onChange={(event) => props.onChange({ labelMode: event.currentTarget.value as 'any' | 'all' })}
      >
        <option value="any">{t('labels.any')}</option>
        <option value="all">{t('labels.all')}</option>
      </select>
      <div class="filter-choices" data-testid="filter-labels">
        <For each={labels()} fallback={<span class="filter-empty">{props.condition.field === 'TAGS' ? t('empty.TAGS') : t('empty.LISTS')}</span>}>
          {(label) => (
            <label class="filter-check filter-label-choice">
              <input
                type="checkbox"
                value={label.id}
                checked={props.condition.anyOf.includes(label.id)}
                onChange={(event) => props.onChange({ anyOf: toggled(props.condition.anyOf, label.id, event.currentTarget.checked) })}
              />
              <span class="filter-label-dot" style={{ background: label.color }} />
              {label.name}
            </label>
          )}
        </For>
      </div>
    </>
  );
};

/** A client variable: which one, how it compares, and the value(s) its type takes. */
export const VariableOperand = (props: OperandProps) => {
  const t = useMessages(filtersMessages);
  const definitions = () => props.options?.variableDefinitions ?? [];
  const type = (): VariableType => definitions().find((definition) => definition.key === props.condition.variable)?.type ?? 'TEXT';
  const input = (key: 'value' | 'min' | 'max' | 'from' | 'to', label: string, kind: 'text' | 'number' | 'date') => (
    <input
      class="field filter-small"
      type={kind}
      aria-label={label}
      placeholder={kind === 'date' ? undefined : label}
      data-testid={`filter-variable-${key}`}
      value={props.condition[key]}
      onInput={(event) => props.onChange({ [key]: event.currentTarget.value })}
    />
  );
  return (
    <>
      <select
        class="field filter-small"
        aria-label={t('variable.label')}
        data-testid="filter-variable"
        value={props.condition.variable}
        onChange={(event) => {
          const key = event.currentTarget.value;
          props.onChange(newVariableCondition(key, definitions().find((definition) => definition.key === key)?.type));
        }}
      >
        <option value="">{definitions().length ? t('variable.choose') : t('variable.none')}</option>
        <For each={definitions()}>{(definition) => <option value={definition.key}>{definition.name}</option>}</For>
      </select>
      <Show when={props.condition.variable}>
        <div class="filter-range">
          <select
            class="field filter-small"
            aria-label={t('variable.comparison')}
            data-testid="filter-variable-op"
            value={props.condition.op}
            onChange={(event) => props.onChange({ op: event.currentTarget.value as VariableOp })}
          >
            <For each={VARIABLE_OPS[type()]}>{({ op, label }) => <option value={op}>{t(`variableOps.${label}`)}</option>}</For>
          </select>
          <Switch>
            <Match when={props.condition.op === 'equals' && type() === 'BOOLEAN'}>
              <select class="field filter-small" aria-label={t('variable.value')} value={props.condition.value} onChange={(event) => props.onChange({ value: event.currentTarget.value })}>
                <option value="true">{t('variable.true')}</option>
                <option value="false">{t('variable.false')}</option>
              </select>
            </Match>
            <Match when={props.condition.op === 'equals' || props.condition.op === 'contains'}>{input('value', t('variable.value'), type() === 'NUMBER' ? 'number' : 'text')}</Match>
            <Match when={props.condition.op === 'between' && type() === 'NUMBER'}>
              {input('min', t('variable.min'), 'number')}
              <span>–</span>
              {input('max', t('variable.max'), 'number')}
            </Match>
            <Match when={props.condition.op === 'between'}>
              {input('from', t('variable.from'), 'date')}
              <span>–</span>
              {input('to', t('variable.to'), 'date')}
            </Match>
          </Switch>
        </div>
      </Show>
    </>
  );
};
