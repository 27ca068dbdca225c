import { For, Match, Switch } from 'solid-js';
import type { ConditionField, FilterOptionsQuery } from '../../generated/graphql.ts';
import { FIELDS, KINDS, newCondition, operandOf, type DraftCondition } from './filter-model.ts';

type Props = {
  condition: DraftCondition;
  options: FilterOptionsQuery | undefined;
  onChange: (patch: Partial<DraftCondition>) => void;
  onRemove: () => void;
};

const toggled = (values: string[], value: string, on: boolean) => (on ? [...values, value] : values.filter((other) => other !== value));

// One condition of the builder: the field, then the operand that field takes.
export const ConditionRow = (props: Props) => {
  const c = () => props.condition;
  const channels = () => props.options?.me.project.channels ?? [];
  const operators = () => props.options?.operators ?? [];
  return (
    <div class="filter-condition" data-testid="filter-condition" data-field={c().field}>
      <div class="filter-condition-head">
        <select
          class="field filter-field"
          data-testid="filter-field"
          aria-label="Field"
          value={c().field}
          onChange={(event) => props.onChange(newCondition(event.currentTarget.value as ConditionField))}
        >
          <For each={FIELDS}>{({ field, label }) => <option value={field}>{label}</option>}</For>
        </select>
        <button type="button" class="btn btn-small btn-ghost" aria-label="Remove condition" data-testid="filter-remove" onClick={() => props.onRemove()}>
          ✕
        </button>
      </div>
      <Switch>
        <Match when={operandOf(c().field) === 'is'}>
          <label class="filter-check">
            <input type="checkbox" data-testid="filter-is" checked={c().is} onChange={(event) => props.onChange({ is: event.currentTarget.checked })} />
            {c().is ? 'Yes' : 'No'}
          </label>
        </Match>
        <Match when={operandOf(c().field) === 'range'}>
          <div class="filter-range">
            <input type="date" class="field" aria-label="From" data-testid="filter-from" value={c().from} onInput={(event) => props.onChange({ from: event.currentTarget.value })} />
            <span>–</span>
            <input type="date" class="field" aria-label="To" data-testid="filter-to" value={c().to} onInput={(event) => props.onChange({ to: event.currentTarget.value })} />
          </div>
        </Match>
        <Match when={c().field === 'ASSIGNEE'}>
          <label class="filter-check">
            <input type="checkbox" checked={c().unassigned} onChange={(event) => props.onChange({ unassigned: event.currentTarget.checked })} />
            Unassigned
          </label>
          <select
            multiple
            class="field filter-multi"
            aria-label="Operators"
            data-testid="filter-operators"
            disabled={c().unassigned}
            onChange={(event) => props.onChange({ anyOf: [...event.currentTarget.selectedOptions].map((option) => option.value) })}
          >
            <For each={operators()}>
              {(operator) => (
                <option value={operator.id} selected={c().anyOf.includes(operator.id)}>
                  {operator.name}
                </option>
              )}
            </For>
          </select>
        </Match>
        <Match when={true}>
          <div class="filter-choices">
            <For each={c().field === 'CHANNEL_KIND' ? KINDS.map((kind) => ({ id: kind, name: kind })) : channels()}>
              {(choice) => (
                <label class="filter-check">
                  <input
                    type="checkbox"
                    value={choice.id}
                    checked={c().anyOf.includes(choice.id)}
                    onChange={(event) => props.onChange({ anyOf: toggled(c().anyOf, choice.id, event.currentTarget.checked) })}
                  />
                  {choice.name}
                </label>
              )}
            </For>
          </div>
        </Match>
      </Switch>
    </div>
  );
};
