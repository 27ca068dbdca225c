import { createSignal, For, Show } from 'solid-js';
import type { ClientCrmState, CrmClient } from './client-crm.ts';
import { SetClientVariablesMutation } from './set-client-variables.mutation.ts';

type Variable = CrmClient['variables'][number];

const inputType = (variable: Variable) => (variable.type === 'NUMBER' ? 'number' : variable.type === 'DATE' ? 'date' : 'text');

// The project's client variables with this client's values, edited in place and saved together (checked by type
// on the server: one bad value saves nothing); the system variables below, read-only.
export const VariablesSection = (props: { crm: ClientCrmState; client: CrmClient }) => {
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
      <h3>Variables</h3>
      <form class="crm-form" onSubmit={(e) => void save(e)}>
        <For each={custom()} fallback={<span class="card-missing">No client variables defined</span>}>
          {(variable) => (
            <label data-testid="variable" data-key={variable.key}>
              <span title={`#{${variable.key}}`}>{variable.name}</span>
              <Show
                when={variable.type === 'BOOLEAN'}
                fallback={<input type={inputType(variable)} step="any" name={variable.key} value={valueOf(variable)} onInput={(e) => set(variable.key, e.currentTarget.value)} />}
              >
                <select name={variable.key} value={valueOf(variable)} onChange={(e) => set(variable.key, e.currentTarget.value)}>
                  <option value="">—</option>
                  <option value="true">Yes</option>
                  <option value="false">No</option>
                </select>
              </Show>
            </label>
          )}
        </For>
        <Show when={Object.keys(changes()).length}>
          <div class="crm-form-actions">
            <button type="submit" class="btn btn-small btn-primary" data-testid="variables-save" disabled={props.crm.busy()}>
              Save
            </button>
            <button type="button" class="btn btn-small" onClick={() => setChanges({})}>
              Discard
            </button>
          </div>
        </Show>
      </form>
      <dl class="crm-system">
        <For each={system()}>
          {(variable) => (
            <div class="card-row">
              <dt>{variable.name}</dt>
              <dd>
                <code>{variable.value ?? '—'}</code>
              </dd>
            </div>
          )}
        </For>
      </dl>
    </section>
  );
};
