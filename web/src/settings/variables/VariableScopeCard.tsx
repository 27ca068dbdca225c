import { For, Show } from 'solid-js';
import type { SettingsVariablesQuery, VariableScope, VariableType } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { settingsMessages } from '../settings.messages.ts';
import { variablesMessages } from './variables.messages.ts';

type Definition = SettingsVariablesQuery['clientVariables'][number];
type Props = {
  scope: VariableScope;
  definitions: readonly Definition[];
  busy: boolean;
  onCreate: (input: { key: string; name: string; type: VariableType }) => Promise<unknown>;
  onRename: (definitionId: string, name: string) => unknown;
  onDelete: (definitionId: string) => unknown;
};

// The types a variable takes, in the catalogue's order: the typecheck holds the catalogue to the API's VariableType.
const typeNames: Record<VariableType, string> = variablesMessages.en.types;
const types = Object.keys(typeNames) as VariableType[];
const MAX = 100;

/** One scope's variables: the key (fixed), the name (renamed in place), the type (fixed), delete; and a form to add. */
export const VariableScopeCard = (props: Props) => {
  const t = useMessages(variablesMessages);
  const common = useMessages(settingsMessages);
  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const values = Object.fromEntries(new FormData(form)) as Record<string, string>;
    if (await props.onCreate({ key: values['key'] ?? '', name: values['name'] ?? '', type: (values['type'] ?? 'TEXT') as VariableType })) form.reset();
  };

  return (
    <div class="settings-card" data-testid={`variables-${props.scope}`}>
      <div class="settings-card-head">
        <h3>{t(`scopes.${props.scope}.title`)}</h3>
        <span class="settings-count">{t('count', { count: String(props.definitions.length), max: String(MAX) })}</span>
      </div>
      <Show when={props.definitions.length} fallback={<p class="settings-hint settings-empty">{t(`scopes.${props.scope}.empty`)}</p>}>
        <table class="settings-table">
          <thead>
            <tr>
              <th>{t('key')}</th>
              <th>{t('name')}</th>
              <th>{t('type')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            <For each={props.definitions}>
              {(definition) => (
                <tr data-testid="variable-row" data-key={definition.key}>
                  <td><code class="settings-key">{definition.key}</code></td>
                  <td class="settings-wide-cell">
                    <input class="settings-title-input" aria-label={t('nameOf', { key: definition.key })} value={definition.name} maxLength={100}
                      onChange={(event) => event.currentTarget.value.trim() !== definition.name && props.onRename(definition.id, event.currentTarget.value)} />
                  </td>
                  <td class="settings-muted-cell">{t(`types.${definition.type}`)}</td>
                  <td>
                    <span class="settings-row-actions">
                      <ConfirmButton label={common('delete')} warning={t(`scopes.${props.scope}.warning`)} testId="variable-delete-confirm" disabled={props.busy} onConfirm={() => props.onDelete(definition.id)} />
                    </span>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
      <form class="settings-form settings-add-variable" data-testid={`add-variable-${props.scope}`} onSubmit={(event) => void create(event)}>
        <label>
          <span>{t('key')}</span>
          <input name="key" class="settings-key-input" placeholder={t(`scopes.${props.scope}.keyPlaceholder`)} pattern="[A-Za-z_][A-Za-z0-9_]*" maxLength={64} required />
        </label>
        <label>
          <span>{t('name')}</span>
          <input name="name" placeholder={t(`scopes.${props.scope}.namePlaceholder`)} maxLength={100} required />
        </label>
        <label class="settings-narrow">
          <span>{t('type')}</span>
          <select name="type">
            <For each={types}>{(type) => <option value={type}>{t(`types.${type}`)}</option>}</For>
          </select>
        </label>
        <button type="submit" class="btn btn-primary" disabled={props.busy || props.definitions.length >= MAX}>
          {t('add')}
        </button>
      </form>
      <p class="settings-hint">{t('keyHint')}</p>
    </div>
  );
};
