import { createSignal, For, Show } from 'solid-js';
import { SetClientOwnerMutation } from './set-client-owner.mutation.ts';
import { TakeClientMutation } from './take-client.mutation.ts';
import { UpdateClientMutation } from './update-client.mutation.ts';
import type { ClientCrmState, CrmClient } from './client-crm.ts';

const fields = [
  { key: 'name', label: 'Name' },
  { key: 'phone', label: 'Phone' },
  { key: 'email', label: 'E-mail' },
  { key: 'country', label: 'Country' },
] as const;

const trackingFields = [
  { key: 'source', label: 'Source' },
  { key: 'campaign', label: 'Campaign' },
  { key: 'ad', label: 'Ad' },
  { key: 'adSet', label: 'Ad set' },
  { key: 'tag', label: 'Tag' },
] as const;

// Owner (take, transfer, clear), the editable profile, tracking data and sales.
export const ProfileSection = (props: { crm: ClientCrmState; client: CrmClient }) => {
  const [editing, setEditing] = createSignal(false);
  const [draft, setDraft] = createSignal<Record<string, string>>({});
  const start = () => {
    const c = props.client;
    setDraft({ name: c.name, phone: c.phone ?? '', email: c.email ?? '', country: c.country ?? '', ...Object.fromEntries(trackingFields.map((f) => [f.key, c.tracking[f.key] ?? ''])) });
    setEditing(true);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const d = draft();
    const tracking = Object.fromEntries(trackingFields.map((f) => [f.key, d[f.key] ?? '']));
    const ok = await props.crm.run(UpdateClientMutation, { input: { clientId: props.client.id, name: d['name'], phone: d['phone'], email: d['email'], country: d['country'], tracking } }, (r) => r.updateClient);
    if (ok) setEditing(false);
  };
  const setOwner = (ownerId: string) =>
    props.crm.run(SetClientOwnerMutation, { input: { clientId: props.client.id, ownerId: ownerId || null } }, (r) => r.setClientOwner);
  const operators = () => props.crm.data()?.operators ?? [];
  return (
    <section class="card-section crm-profile" data-testid="crm-profile">
      <h3>
        Profile
        <Show when={!editing()}>
          <button type="button" class="btn btn-small btn-ghost" data-testid="profile-edit" onClick={start}>
            Edit
          </button>
        </Show>
      </h3>
      <div class="card-row">
        <dt>Owner</dt>
        <dd class="crm-owner">
          <Show when={props.client.ownedByMe} fallback={<span data-testid="client-owner">{props.client.owner?.name ?? 'Nobody'}</span>}>
            <span class="crm-badge" data-testid="client-owner">
              Your client
            </span>
          </Show>
          <Show when={props.client.viewerCanTake}>
            <button type="button" class="btn btn-small" data-testid="take-client" disabled={props.crm.busy()} onClick={() => void props.crm.run(TakeClientMutation, { input: { clientId: props.client.id } }, (r) => r.takeClient)}>
              Take
            </button>
          </Show>
          <select aria-label="Transfer the client" data-testid="owner-select" disabled={!props.client.viewerCanSetOwner} value={props.client.owner?.id ?? ''} onChange={(e) => void setOwner(e.currentTarget.value)}>
            <option value="">No owner</option>
            <For each={operators()}>{(operator) => <option value={operator.id}>{operator.name}</option>}</For>
          </select>
        </dd>
      </div>
      <Show
        when={editing()}
        fallback={
          <dl>
            <div class="card-row">
              <dt>Country</dt>
              <dd>{props.client.country ?? <span class="card-missing">Not set</span>}</dd>
            </div>
            <Show when={props.client.sourceChannel}>
              {(channel) => (
                <div class="card-row">
                  <dt>Source</dt>
                  <dd>
                    {channel().kind} · {channel().name}
                  </dd>
                </div>
              )}
            </Show>
            <For each={trackingFields.filter((f) => props.client.tracking[f.key])}>
              {(field) => (
                <div class="card-row">
                  <dt>UTM {field.label.toLowerCase()}</dt>
                  <dd>{props.client.tracking[field.key]}</dd>
                </div>
              )}
            </For>
            <div class="card-row">
              <dt>Sales</dt>
              <dd data-testid="client-sales">
                <Show when={props.client.sales.length} fallback={<span class="card-missing">None yet</span>}>
                  <For each={props.client.sales}>
                    {(total) => (
                      <span class="crm-sales">
                        {total.count} · {total.amount.toLocaleString()} {total.currency}
                      </span>
                    )}
                  </For>
                </Show>
              </dd>
            </div>
          </dl>
        }
      >
        <form class="crm-form" data-testid="profile-form" onSubmit={(e) => void save(e)}>
          <For each={[...fields, ...trackingFields.map((f) => ({ key: f.key, label: `UTM ${f.label.toLowerCase()}` }))]}>
            {(field) => (
              <label>
                <span>{field.label}</span>
                <input name={field.key} value={draft()[field.key] ?? ''} onInput={(e) => setDraft({ ...draft(), [field.key]: e.currentTarget.value })} />
              </label>
            )}
          </For>
          <div class="crm-form-actions">
            <button type="submit" class="btn btn-small btn-primary" disabled={props.crm.busy()}>
              Save
            </button>
            <button type="button" class="btn btn-small" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
};
