import { createEffect, on, onMount } from 'solid-js';
import type { ConversationCondition } from '../generated/graphql.ts';
import { useMessages } from '../i18n/messages.ts';
import { ConditionBuilder, createConditionDraft } from '../inbox/filters/ConditionBuilder.tsx';
import '../inbox/filters/filters.css';
import type { FieldsProps } from './BlockFields.tsx';
import { processesMessages } from './processes.messages.ts';

// The inbox filter's condition builder, as is: the Condition block speaks the filters' language. Conditions still
// missing their operand are left out of the block (as the filter leaves them out of the query).
export const ConditionFields = (props: FieldsProps<'CONDITION'>) => {
  const t = useMessages(processesMessages);
  const draft = createConditionDraft();
  onMount(() => draft.load({ conditions: props.block.conditions as ConversationCondition[], match: props.block.match }));
  const built = () => JSON.stringify(draft.built());
  createEffect(
    on(built, (json) => {
      const next = JSON.parse(json) as ReturnType<typeof draft.built>;
      const current = { conditions: props.block.conditions, match: props.block.match };
      if (JSON.stringify(next) !== JSON.stringify(current)) props.onChange({ conditions: next.conditions, match: next.match }, 'conditions');
    }, { defer: true }),
  );
  return (
    <fieldset class="process-conditions" disabled={props.readOnly} data-testid="block-conditions">
      <ConditionBuilder draft={draft} options={props.options.filter()} />
      <button type="button" class="btn" data-testid="block-add-condition" onClick={() => draft.add()}>
        {t('fields.addCondition')}
      </button>
    </fieldset>
  );
};
