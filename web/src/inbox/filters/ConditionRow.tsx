import { For, Match, Switch } from 'solid-js';
import type { ConditionField, FilterOptionsQuery } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { commonMessages } from '../../ui/common.messages.ts';
import { ChoiceOperand, LabelOperand, VariableOperand } from './ConditionOperands.tsx';
import { BOT_STATUSES, FIELDS, KINDS, newCondition, operandOf, type DraftCondition } from './filter-model.ts';
import { filtersMessages } from './filters.messages.ts';

type Props = {
  condition: DraftCondition;
  options: FilterOptionsQuery | undefined;
  onChange: (patch: Partial<DraftCondition>) => void;
  onRemove: () => void;
};

// One condition of the builder: the field, then the operand that field takes.
export const ConditionRow = (props: Props) => {
  const t = useMessages(filtersMessages);
  const common = useMessages(commonMessages);
  // The checkboxes an `anyOf` field offers (operators are a list of their own).
  const choicesOf = (field: ConditionField, options: FilterOptionsQuery | undefined): { choices: { id: string; name: string }[]; empty: string } => {
    switch (field) {
      case 'CHANNEL_KIND':
        return { choices: KINDS.map((kind) => ({ id: kind, name: common(`channels.${kind}`) })), empty: '' };
      case 'FUNNEL':
        return { choices: options?.funnels ?? [], empty: t('empty.funnels') };
      case 'STAGE':
        return {
          choices: (options?.funnels ?? []).flatMap((funnel) => funnel.stages.map((stage) => ({ id: stage.id, name: `${funnel.name} · ${stage.name}` }))),
          empty: t('empty.funnels'),
        };
      case 'BOT_STATUS':
        return { choices: BOT_STATUSES.map((status) => ({ id: status, name: t(`botStatuses.${status}`) })), empty: '' };
      default:
        return { choices: options?.me.project.channels ?? [], empty: t('empty.channels') };
    }
  };
  const c = () => props.condition;
  const operators = () => props.options?.operators ?? [];
  const byOperator = () => c().field === 'ASSIGNEE' || c().field === 'OWNER';
  return (
    <div class="filter-condition" data-testid="filter-condition" data-field={c().field}>
      <div class="filter-condition-head">
        <select
          class="field filter-field"
          data-testid="filter-field"
          aria-label={t('condition.field')}
          value={c().field}
          onChange={(event) => props.onChange(newCondition(event.currentTarget.value as ConditionField))}
        >
          <For each={FIELDS}>{(field) => <option value={field}>{t(`fields.${field}`)}</option>}</For>
        </select>
        <button type="button" class="btn btn-small btn-ghost" aria-label={t('condition.remove')} data-testid="filter-remove" onClick={() => props.onRemove()}>
          ✕
        </button>
      </div>
      <Switch>
        <Match when={operandOf(c().field) === 'is'}>
          <label class="filter-check">
            <input type="checkbox" data-testid="filter-is" checked={c().is} onChange={(event) => props.onChange({ is: event.currentTarget.checked })} />
            {c().is ? t('condition.yes') : t('condition.no')}
          </label>
        </Match>
        <Match when={operandOf(c().field) === 'range'}>
          <div class="filter-range">
            <input type="date" class="field" aria-label={t('condition.from')} data-testid="filter-from" value={c().from} onInput={(event) => props.onChange({ from: event.currentTarget.value })} />
            <span>–</span>
            <input type="date" class="field" aria-label={t('condition.to')} data-testid="filter-to" value={c().to} onInput={(event) => props.onChange({ to: event.currentTarget.value })} />
          </div>
        </Match>
        <Match when={operandOf(c().field) === 'labels'}>
          <LabelOperand condition={c()} options={props.options} onChange={props.onChange} />
        </Match>
        <Match when={operandOf(c().field) === 'variable'}>
          <VariableOperand condition={c()} options={props.options} onChange={props.onChange} />
        </Match>
        <Match when={byOperator()}>
          <label class="filter-check">
            <input type="checkbox" data-testid="filter-unassigned" checked={c().unassigned} onChange={(event) => props.onChange({ unassigned: event.currentTarget.checked })} />
            {c().field === 'OWNER' ? t('condition.nobody') : common('unassigned')}
          </label>
          <select
            multiple
            class="field filter-multi"
            aria-label={t('condition.operators')}
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
          <ChoiceOperand
            condition={c()}
            options={props.options}
            onChange={props.onChange}
            choices={choicesOf(c().field, props.options).choices}
            empty={choicesOf(c().field, props.options).empty}
          />
        </Match>
      </Switch>
    </div>
  );
};
