import { createSignal, For, Show } from 'solid-js';
import { useMessages } from '../../../i18n/messages.ts';
import { formatDateTime } from '../../../ui/format.ts';
import type { ClientCrmState, CrmClient } from './client-crm.ts';
import { crmMessages } from './crm.messages.ts';
import { SetClientVariablesMutation } from './set-client-variables.mutation.ts';

type Variable = CrmClient['variables'][number];

const inputType = (variable: Variable) => (variable.type === 'NUMBER' ? 'number' : variable.type === 'DATE' ? 'date' : 'text');
const systemKeys = ['id', 'created', 'last_activity', 'channel', 'platform_id'] as const;
// platform_id_1, platform_id_2… share one label.
const systemKey = (key: string) => systemKeys.find((known) => known === key.replace(/_\d+$/, ''));

// The project's client variables with this client's values, edited in place and saved together (checked by type
// on the server: one bad value saves nothing); the system variables below, read-only.
export const VariablesSection = (props: { crm: ClientCrmState; client: CrmClient }) => {
  const t = useMessages(crmMessages);
  const systemName = (variable: Variable) => {
    const known = systemKey(variable.key);
    return known ? t(`variables.system.${known}`) : variable.name;
  };
  const [changes, setChanges] = createSignal<Record<string, string>>({});
  const custom = () => props.client.variables.filter((v) => !v.system);
  const system = () => props.client.variables.filter((v) => v.system);
  const valueOf = (variable: Variable) => changes()[variable.key] ?? variable.value ?? '';
  const set = (key: string, value: string) => setChanges({ ...changes(), [key]: value });
  const save = async (event: Event) => {
    event.preventDefault();
    const values = Object.entries(changes()).map(([key, value]) => ({ key, value }));
    if (values.length && (await props.crm.run(SetClientVariablesMutation, { input: { clientId: props.client.id, values } }, (r) => r.setClientVariables))) setChanges({});
  };
  return (
    <section class="card-section crm-variables" data-testid="crm-variables">
      <h3>{t('variables.title')}</h3>
      <form class="crm-form" onSubmit={(e) => void save(e)}>
        <For each={custom()} fallback={<span class="card-missing">{t('variables.none')}</span>}>
          {(variable) => (
            <label data-testid="variable" data-key={variable.key}>
              <span title={`#{${variable.key}}`}>{variable.name}</span>
              <Show
                when={variable.type === 'BOOLEAN'}
                fallback={<input type={inputType(variable)} step="any" name={variable.key} value={valueOf(variable)} onInput={(e) => set(variable.key, e.currentTarget.value)} />}
              >
                <select name={variable.key} value={valueOf(variable)} onChange={(e) => set(variable.key, e.currentTarget.value)}>
                  <option value="">—</option>
                  <option value="true">{t('variables.yes')}</option>
                  <option value="false">{t('variables.no')}</option>
                </select>
              </Show>
            </label>
          )}
        </For>
        <Show when={Object.keys(changes()).length}>
          <div class="crm-form-actions">
            <button type="submit" class="btn btn-small btn-primary" data-testid="variables-save" disabled={props.crm.busy()}>
              {t('variables.save')}
            </button>
            <button type="button" class="btn btn-small" onClick={() => setChanges({})}>
              {t('variables.discard')}
            </button>
          </div>
        </Show>
      </form>
      <dl class="crm-system">
        <For each={system()}>
          {(variable) => (
            <div class="card-row" data-testid="system-variable" data-key={variable.key}>
              <dt>{systemName(variable)}</dt>
              <dd>
                {/* Moments in the reader's language and the project's time zone; ids as code. */}
                <Show when={variable.at} fallback={<code>{variable.value ?? '—'}</code>}>
                  {(at) => <time dateTime={at()}>{formatDateTime(at())}</time>}
                </Show>
              </dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
};
