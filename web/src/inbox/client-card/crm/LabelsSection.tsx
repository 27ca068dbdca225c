import { createSignal, For, Show } from 'solid-js';
import type { LabelKind } from '../../../generated/graphql.ts';
import { useMessages } from '../../../i18n/messages.ts';
import { commonMessages } from '../../../ui/common.messages.ts';
import { AddClientLabelsMutation } from './add-client-labels.mutation.ts';
import type { ClientCrmState, CrmClient } from './client-crm.ts';
import { CreateLabelMutation } from './create-label.mutation.ts';
import { crmMessages } from './crm.messages.ts';
import { DeleteLabelMutation } from './delete-label.mutation.ts';
import { RemoveClientLabelsMutation } from './remove-client-labels.mutation.ts';
import { UpdateLabelMutation } from './update-label.mutation.ts';

type Label = { id: string; name: string; color: string };

// Tags or lists: the client's as coloured chips (× removes), a picker that finds or creates one, and a small
// manager to rename, recolour or delete the project's labels.
export const LabelsSection = (props: { crm: ClientCrmState; client: CrmClient; kind: LabelKind }) => {
  const t = useMessages(crmMessages);
  const common = useMessages(commonMessages);
  // Test ids name the kind: crm-tags, client-tag, tag-input…
  const noun = () => (props.kind === 'TAG' ? 'tag' : 'list');
  const mine = (): Label[] => (props.kind === 'TAG' ? props.client.tags : props.client.lists);
  const all = (): Label[] => (props.kind === 'TAG' ? props.crm.data()?.tags : props.crm.data()?.lists) ?? [];
  const [query, setQuery] = createSignal('');
  const [managing, setManaging] = createSignal(false);
  const candidates = () => all().filter((label) => !mine().some((m) => m.id === label.id) && label.name.toLowerCase().includes(query().trim().toLowerCase()));
  const exact = () => all().some((label) => label.name.toLowerCase() === query().trim().toLowerCase());
  const input = (labelIds: string[]) => ({ input: { clientIds: [props.client.id], labelIds } });

  const add = async (labelId: string) => {
    if (await props.crm.run(AddClientLabelsMutation, input([labelId]), (r) => r.addClientLabels)) setQuery('');
  };
  const create = async () => {
    const name = query().trim();
    if (!name) return;
    let created: string | null = null;
    const ok = await props.crm.run(CreateLabelMutation, { input: { kind: props.kind, name } }, (r) => {
      created = r.createLabel.label?.id ?? null;
      return r.createLabel;
    });
    if (ok && created) await add(created);
  };
  return (
    <section class="card-section crm-labels" data-testid={`crm-${noun()}s`}>
      <h3>
        {t(`labels.${props.kind}.title`)}
        <button type="button" class="btn btn-small btn-ghost" onClick={() => setManaging(!managing())}>
          {managing() ? t('labels.done') : t('labels.manage')}
        </button>
      </h3>
      <div class="crm-chips">
        <For each={mine()} fallback={<span class="card-missing">{t(`labels.${props.kind}.none`)}</span>}>
          {(label) => (
            <span class="crm-chip" style={{ '--chip': label.color }} data-testid={`client-${noun()}`}>
              {label.name}
              <button type="button" aria-label={t('labels.remove', label.name)} onClick={() => void props.crm.run(RemoveClientLabelsMutation, input([label.id]), (r) => r.removeClientLabels)}>
                ×
              </button>
            </span>
          )}
        </For>
      </div>
      <div class="crm-picker">
        <input
          placeholder={t(`labels.${props.kind}.add`)}
          data-testid={`${noun()}-input`}
          value={query()}
          onInput={(e) => setQuery(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            const first = candidates()[0];
            if (first && first.name.toLowerCase() === query().trim().toLowerCase()) void add(first.id);
            else if (!exact()) void create();
            else if (first) void add(first.id);
          }}
        />
        <Show when={query().trim()}>
          <div class="crm-picker-options">
            <For each={candidates().slice(0, 8)}>
              {(label) => (
                <button type="button" class="crm-chip is-option" style={{ '--chip': label.color }} onClick={() => void add(label.id)}>
                  {label.name}
                </button>
              )}
            </For>
            <Show when={!exact()}>
              <button type="button" class="btn btn-small" data-testid={`${noun()}-create`} onClick={() => void create()}>
                {t('labels.create', query().trim())}
              </button>
            </Show>
          </div>
        </Show>
      </div>
      <Show when={managing()}>
        <ul class="crm-label-manager">
          <For each={all()}>
            {(label) => (
              <li>
                <input type="color" value={label.color} aria-label={t('labels.colour', label.name)} onChange={(e) => void props.crm.run(UpdateLabelMutation, { input: { labelId: label.id, color: e.currentTarget.value } }, (r) => r.updateLabel)} />
                <input value={label.name} aria-label={t('labels.rename', label.name)} onChange={(e) => void props.crm.run(UpdateLabelMutation, { input: { labelId: label.id, name: e.currentTarget.value } }, (r) => r.updateLabel)} />
                <button
                  type="button"
                  class="btn btn-small btn-ghost"
                  aria-label={t('labels.deleteLabel', label.name)}
                  onClick={() => confirm(t(`labels.${props.kind}.confirmDelete`, label.name)) && void props.crm.run(DeleteLabelMutation, { input: { labelId: label.id } }, (r) => r.deleteLabel)}
                >
                  {common('delete')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  );
};
