import { createSignal, For, Show } from 'solid-js';
import { useMessages } from '../../../i18n/messages.ts';
import { formatNumber } from '../../../ui/format.ts';
import { commonMessages } from '../../../ui/common.messages.ts';
import { SetClientOwnerMutation } from './set-client-owner.mutation.ts';
import { TakeClientMutation } from './take-client.mutation.ts';
import { UpdateClientMutation } from './update-client.mutation.ts';
import type { ClientCrmState, CrmClient } from './client-crm.ts';
import { crmMessages } from './crm.messages.ts';

// The profile's fields and the tracking (UTM) ones, as the API names them; their labels are in crm.messages.ts.
const fields = ['name', 'phone', 'email', 'country'] as const;
const trackingFields = ['source', 'campaign', 'ad', 'adSet', 'tag'] as const;

// Owner (take, transfer, clear), the editable profile, tracking data and sales.
export const ProfileSection = (props: { crm: ClientCrmState; client: CrmClient }) => {
  const t = useMessages(crmMessages);
  const common = useMessages(commonMessages);
  const [editing, setEditing] = createSignal(false);
  const [draft, setDraft] = createSignal<Record<string, string>>({});
  const start = () => {
    const c = props.client;
    setDraft({ name: c.name, phone: c.phone ?? '', email: c.email ?? '', country: c.country ?? '', ...Object.fromEntries(trackingFields.map((key) => [key, c.tracking[key] ?? ''])) });
    setEditing(true);
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const d = draft();
    const tracking = Object.fromEntries(trackingFields.map((key) => [key, d[key] ?? '']));
    const ok = await props.crm.run(UpdateClientMutation, { input: { clientId: props.client.id, name: d['name'], phone: d['phone'], email: d['email'], country: d['country'], tracking } }, (r) => r.updateClient);
    if (ok) setEditing(false);
  };
  const setOwner = (ownerId: string) =>
    props.crm.run(SetClientOwnerMutation, { input: { clientId: props.client.id, ownerId: ownerId || null } }, (r) => r.setClientOwner);
  const operators = () => props.crm.data()?.operators ?? [];
  return (
    <section class="card-section crm-profile" data-testid="crm-profile">
      <h3>
        {t('profile.title')}
        <Show when={!editing()}>
          <button type="button" class="btn btn-small btn-ghost" data-testid="profile-edit" onClick={start}>
            {common('edit')}
          </button>
        </Show>
      </h3>
      <div class="card-row">
        <dt>{t('profile.owner')}</dt>
        <dd class="crm-owner">
          <Show when={props.client.ownedByMe} fallback={<span data-testid="client-owner">{props.client.owner?.name ?? t('profile.nobody')}</span>}>
            <span class="crm-badge" data-testid="client-owner">
              {t('profile.yourClient')}
            </span>
          </Show>
          <Show when={props.client.viewerCanTake}>
            <button type="button" class="btn btn-small" data-testid="take-client" disabled={props.crm.busy()} onClick={() => void props.crm.run(TakeClientMutation, { input: { clientId: props.client.id } }, (r) => r.takeClient)}>
              {t('profile.take')}
            </button>
          </Show>
          <select aria-label={t('profile.transfer')} data-testid="owner-select" disabled={!props.client.viewerCanSetOwner} value={props.client.owner?.id ?? ''} onChange={(e) => void setOwner(e.currentTarget.value)}>
            <option value="">{t('profile.noOwner')}</option>
            <For each={operators()}>{(operator) => <option value={operator.id}>{operator.name}</option>}</For>
          </select>
        </dd>
      </div>
      <Show
        when={editing()}
        fallback={
          <dl>
            <div class="card-row">
              <dt>{t('profile.country')}</dt>
              <dd>{props.client.country ?? <span class="card-missing">{t('profile.notSet')}</span>}</dd>
            </div>
            <Show when={props.client.sourceChannel}>
              {(channel) => (
                <div class="card-row">
                  <dt>{t('profile.source')}</dt>
                  <dd>
                    {common(`channels.${channel().kind}`)} · {channel().name}
                  </dd>
                </div>
              )}
            </Show>
            <For each={trackingFields.filter((key) => props.client.tracking[key])}>
              {(key) => (
                <div class="card-row">
                  <dt>{t(`profile.utm.${key}`)}</dt>
                  <dd>{props.client.tracking[key]}</dd>
                </div>
              )}
            </For>
            <div class="card-row">
              <dt>{t('profile.sales')}</dt>
              <dd data-testid="client-sales">
                <Show when={props.client.sales.length} fallback={<span class="card-missing">{t('profile.noSales')}</span>}>
                  <For each={props.client.sales}>
                    {(total) => (
                      <span class="crm-sales">
                        {formatNumber(total.count)} · {formatNumber(total.amount)} {total.currency}
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
          <For each={[...fields.map((key) => ({ key, label: t(`profile.fields.${key}`) })), ...trackingFields.map((key) => ({ key, label: t(`profile.utm.${key}`) }))]}>
            {(field) => (
              <label>
                <span>{field.label}</span>
                <input name={field.key} value={draft()[field.key] ?? ''} onInput={(e) => setDraft({ ...draft(), [field.key]: e.currentTarget.value })} />
              </label>
            )}
          </For>
          <div class="crm-form-actions">
            <button type="submit" class="btn btn-small btn-primary" disabled={props.crm.busy()}>
              {common('save')}
            </button>
            <button type="button" class="btn btn-small" onClick={() => setEditing(false)}>
              {common('cancel')}
            </button>
          </div>
        </form>
      </Show>
    </section>
  );
};
