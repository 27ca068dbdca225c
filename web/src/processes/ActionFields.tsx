import { For, Match, Switch } from 'solid-js';
import { actionKinds, type ActionKind } from '../../../workflows/src/processes/definition.ts';
import { useMessages } from '../i18n/messages.ts';
import { Field, IdSelect, type FieldsProps } from './BlockFields.tsx';
import { stagesOf } from './editor-options.ts';
import { processesMessages } from './processes.messages.ts';

// What each action acts on (`targetId`) and what its `value` holds, as the run reads them (api/src/processes/process-steps.service.ts).
type Target = 'tag' | 'list' | 'operator' | 'team' | 'funnel' | 'stage' | null;
const targetOf: Record<ActionKind, Target> = {
  ADD_TAG: 'tag',
  REMOVE_TAG: 'tag',
  ADD_TO_LIST: 'list',
  REMOVE_FROM_LIST: 'list',
  SET_VARIABLE: null,
  ASSIGN: 'operator',
  TRANSFER_TO_TEAM: 'team',
  SET_OWNER: 'operator',
  CREATE_DEAL: 'funnel',
  MOVE_DEAL: 'stage',
  CLOSE_DEAL: null,
  CREATE_TASK: 'operator',
  ADD_COMMENT: null,
  CLOSE_CONVERSATION: null,
  PAUSE_BOT: null,
};
type ValueLabel = 'value' | 'dealTitle' | 'taskTitle' | 'comment' | 'hours';
const valueOf: Partial<Record<ActionKind, ValueLabel>> = { SET_VARIABLE: 'value', CREATE_DEAL: 'dealTitle', CREATE_TASK: 'taskTitle', ADD_COMMENT: 'comment', PAUSE_BOT: 'hours' };

export const ActionFields = (props: FieldsProps<'ACTION'>) => {
  const t = useMessages(processesMessages);
  const filter = () => props.options.filter();
  const items = (target: Exclude<Target, null>) => {
    switch (target) {
      case 'tag':
        return filter()?.tags ?? [];
      case 'list':
        return filter()?.lists ?? [];
      case 'operator':
        return filter()?.operators ?? [];
      case 'team':
        return props.options.teams();
      case 'funnel':
        return filter()?.funnels ?? [];
      case 'stage':
        return stagesOf(props.options);
    }
  };
  const target = () => targetOf[props.block.action];
  const variables = () => (filter()?.variableDefinitions ?? []).map((variable) => ({ id: variable.key, name: variable.name || variable.key }));
  return (
    <>
      <Field label={t('fields.action')}>
        <select
          class="field"
          data-testid="block-action"
          disabled={props.readOnly}
          value={props.block.action}
          onChange={(event) => props.onChange({ action: event.currentTarget.value as ActionKind, targetId: null, variable: null, value: null })}
        >
          <For each={actionKinds}>{(kind) => <option value={kind}>{t(`fields.actions.${kind}`)}</option>}</For>
        </select>
      </Field>
      <Switch>
        <Match when={target()}>
          {(kind) => (
            <Field label={t(`fields.${kind()}`)}>
              <IdSelect
                value={props.block.targetId}
                items={items(kind())}
                empty={kind() === 'operator' && props.block.action !== 'ASSIGN' ? t('fields.anyone') : t('fields.choose')}
                testId="block-target"
                disabled={props.readOnly}
                onChange={(targetId) => props.onChange({ targetId })}
              />
            </Field>
          )}
        </Match>
      </Switch>
      <Switch>
        <Match when={props.block.action === 'SET_VARIABLE'}>
          <Field label={t('fields.variable')}>
            <IdSelect value={props.block.variable} items={variables()} empty={t('fields.choose')} testId="block-action-variable" disabled={props.readOnly} onChange={(variable) => props.onChange({ variable })} />
          </Field>
        </Match>
        <Match when={props.block.action === 'CLOSE_DEAL'}>
          <Field label={t('fields.outcome')}>
            <select class="field" disabled={props.readOnly} value={props.block.value === 'LOST' ? 'LOST' : 'WON'} onChange={(event) => props.onChange({ value: event.currentTarget.value })}>
              <option value="WON">{t('fields.outcomes.WON')}</option>
              <option value="LOST">{t('fields.outcomes.LOST')}</option>
            </select>
          </Field>
        </Match>
      </Switch>
      <Switch>
        <Match when={valueOf[props.block.action]}>
          {(label) => (
            <Field label={t(`fields.${label()}`)} hint={label() === 'hours' ? undefined : t('fields.textHint')}>
              <input
                class="field"
                type={label() === 'hours' ? 'number' : 'text'}
                data-testid="block-action-value"
                readOnly={props.readOnly}
                value={props.block.value ?? ''}
                onInput={(event) => props.onChange({ value: event.currentTarget.value || null }, 'value')}
              />
            </Field>
          )}
        </Match>
      </Switch>
    </>
  );
};
