import { For } from 'solid-js';
import type { SettingsVariablesQuery } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { systemVariableLabel } from './system-variable-label.ts';
import { variablesMessages } from './variables.messages.ts';

/** The variables the system fills, read-only: the key, what it holds, and where it is used. */
export const SystemVariablesCard = (props: { variables: SettingsVariablesQuery['systemVariables'] }) => {
  const t = useMessages(variablesMessages);
  return (
    <div class="settings-card" data-testid="system-variables">
      <h3>{t('system.title')}</h3>
      <p class="settings-hint">{t('system.lead')}</p>
      <table class="settings-table">
        <thead>
          <tr>
            <th>{t('key')}</th>
            <th>{t('name')}</th>
            <th>{t('system.usedIn')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.variables}>
            {(variable) => (
              <tr data-testid="system-variable-row" data-key={variable.key}>
                <td><code class="settings-key">{variable.key}</code></td>
                <td>{systemVariableLabel(variable)}</td>
                <td class="settings-muted-cell">{variable.inQuickReplies ? t('system.inQuickReplies') : t('system.onClientCard')}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
};
