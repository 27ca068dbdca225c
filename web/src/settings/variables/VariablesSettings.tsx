import { Show } from 'solid-js';
import type { VariableScope, VariableType } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ErrorNote } from '../ErrorNote.tsx';
import { createSettingsQuery } from '../settings-query.ts';
import { CreateVariableMutation } from './create-variable.mutation.ts';
import { DeleteVariableMutation } from './delete-variable.mutation.ts';
import { RenameVariableMutation } from './rename-variable.mutation.ts';
import { SettingsVariablesQuery } from './settings-variables.query.ts';
import { SystemVariablesCard } from './SystemVariablesCard.tsx';
import { VariableScopeCard } from './VariableScopeCard.tsx';
import { variablesMessages } from './variables.messages.ts';

// Managers define the project's client and deal variables (key, name, type); the system's own are shown beside.
export const VariablesSettings = () => {
  const t = useMessages(variablesMessages);
  const variables = createSettingsQuery(SettingsVariablesQuery, {});
  const definitionsOf = (scope: VariableScope) => (scope === 'CLIENT' ? variables.data()?.clientVariables : variables.data()?.dealVariables) ?? [];

  const create = (scope: VariableScope, input: { key: string; name: string; type: VariableType }) =>
    variables.run(CreateVariableMutation, { input: { scope, ...input } }, (data) => data.createVariableDefinition);
  const rename = (definitionId: string, name: string) => variables.run(RenameVariableMutation, { input: { definitionId, name } }, (data) => data.updateVariableDefinition);
  const remove = (definitionId: string) => variables.run(DeleteVariableMutation, { input: { definitionId } }, (data) => data.deleteVariableDefinition);

  const card = (scope: VariableScope) => (
    <VariableScopeCard scope={scope} definitions={definitionsOf(scope)} busy={variables.busy()} onCreate={(input) => create(scope, input)} onRename={rename} onDelete={remove} />
  );

  return (
    <div class="settings-section" data-testid="settings-variables">
      <h2>{t('title')}</h2>
      <p class="settings-hint">{t('lead')}</p>
      <ErrorNote message={variables.error()} />
      <Show when={variables.data()} fallback={<span class="spinner" />}>
        {(data) => (
          <>
            {card('CLIENT')}
            {card('DEAL')}
            <SystemVariablesCard variables={data().systemVariables} />
          </>
        )}
      </Show>
    </div>
  );
};
