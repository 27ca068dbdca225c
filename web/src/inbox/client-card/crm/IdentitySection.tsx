import { For, Show } from 'solid-js';
import { useMessages } from '../../../i18n/messages.ts';
import { commonMessages } from '../../../ui/common.messages.ts';
import { ArchiveClientMutation } from './archive-client.mutation.ts';
import type { ClientCrmState, CrmClient } from './client-crm.ts';
import { crmMessages } from './crm.messages.ts';
import { DeleteClientMutation } from './delete-client.mutation.ts';
import { MergeClientsMutation } from './merge-clients.mutation.ts';
import { PurgeClientMutation } from './purge-client.mutation.ts';
import { RestoreClientMutation } from './restore-client.mutation.ts';
import { UnarchiveClientMutation } from './unarchive-client.mutation.ts';

// Possible duplicates (same phone or e-mail) to merge into this client, and archive / delete / restore / purge.
export const IdentitySection = (props: { crm: ClientCrmState; client: CrmClient }) => {
  const t = useMessages(crmMessages);
  const common = useMessages(commonMessages);
  const input = () => ({ input: { clientId: props.client.id } });
  const merge = (other: { id: string; name: string }) =>
    confirm(t('identity.confirmMerge', other.name, props.client.name)) &&
    void props.crm.run(MergeClientsMutation, { input: { survivorId: props.client.id, mergedId: other.id } }, (r) => r.mergeClients);
  return (
    <>
      <Show when={props.client.duplicates.length}>
        <section class="card-section crm-duplicates" data-testid="crm-duplicates">
          <h3>{t('identity.duplicates')}</h3>
          <ul>
            <For each={props.client.duplicates}>
              {(other) => (
                <li>
                  <span>
                    {other.name}
                    <span class="card-missing"> · {other.phone ?? other.email}</span>
                  </span>
                  <button type="button" class="btn btn-small" data-testid="merge" disabled={props.crm.busy()} onClick={() => merge(other)}>
                    {t('identity.merge')}
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <section class="card-section crm-lifecycle" data-testid="crm-lifecycle">
        <h3>{t('identity.title')}</h3>
        <Show when={props.client.deletedAt}>
          <div class="error-text" data-testid="client-deleted">
            {t('identity.deleted')}
          </div>
        </Show>
        <div class="crm-form-actions">
          <Show
            when={props.client.archived}
            fallback={
              <button type="button" class="btn btn-small" data-testid="client-archive" onClick={() => void props.crm.run(ArchiveClientMutation, input(), (r) => r.archiveClient)}>
                {t('identity.archive')}
              </button>
            }
          >
            <button type="button" class="btn btn-small" onClick={() => void props.crm.run(UnarchiveClientMutation, input(), (r) => r.unarchiveClient)}>
              {t('identity.unarchive')}
            </button>
          </Show>
          <Show when={props.crm.can('deleteClients')}>
            <Show
              when={props.client.deletedAt}
              fallback={
                <button
                  type="button"
                  class="btn btn-small btn-danger-outline"
                  data-testid="client-delete"
                  onClick={() => confirm(t('identity.confirmDelete', props.client.name)) && void props.crm.run(DeleteClientMutation, input(), (r) => r.deleteClient)}
                >
                  {common('delete')}
                </button>
              }
            >
              <button type="button" class="btn btn-small" data-testid="client-restore" onClick={() => void props.crm.run(RestoreClientMutation, input(), (r) => r.restoreClient)}>
                {t('identity.restore')}
              </button>
              <Show when={props.crm.can('purgeClients')}>
                <button
                  type="button"
                  class="btn btn-small btn-danger-outline"
                  onClick={() => confirm(t('identity.confirmPurge', props.client.name)) && void props.crm.run(PurgeClientMutation, input(), (r) => r.purgeClient)}
                >
                  {t('identity.purge')}
                </button>
              </Show>
            </Show>
          </Show>
        </div>
      </section>
    </>
  );
};
