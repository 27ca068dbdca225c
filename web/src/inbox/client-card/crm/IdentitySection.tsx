import { For, Show } from 'solid-js';
import { ArchiveClientMutation } from './archive-client.mutation.ts';
import type { ClientCrmState, CrmClient } from './client-crm.ts';
import { DeleteClientMutation } from './delete-client.mutation.ts';
import { MergeClientsMutation } from './merge-clients.mutation.ts';
import { PurgeClientMutation } from './purge-client.mutation.ts';
import { RestoreClientMutation } from './restore-client.mutation.ts';
import { UnarchiveClientMutation } from './unarchive-client.mutation.ts';

// Possible duplicates (same phone or e-mail) to merge into this client, and archive / delete / restore / purge.
export const IdentitySection = (props: { crm: ClientCrmState; client: CrmClient }) => {
  const input = () => ({ input: { clientId: props.client.id } });
  const merge = (other: { id: string; name: string }) =>
    confirm(`Merge “${other.name}” into “${props.client.name}”? Its conversations, deals, tasks, notes and tags move here, and it is deleted.`) &&
    void props.crm.run(MergeClientsMutation, { input: { survivorId: props.client.id, mergedId: other.id } }, (r) => r.mergeClients);
  return (
    <>
      <Show when={props.client.duplicates.length}>
        <section class="card-section crm-duplicates" data-testid="crm-duplicates">
          <h3>Possible duplicates</h3>
          <ul>
            <For each={props.client.duplicates}>
              {(other) => (
                <li>
                  <span>
                    {other.name}
                    <span class="card-missing"> · {other.phone ?? other.email}</span>
                  </span>
                  <button type="button" class="btn btn-small" data-testid="merge" disabled={props.crm.busy()} onClick={() => merge(other)}>
                    Merge into this client
                  </button>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <section class="card-section crm-lifecycle" data-testid="crm-lifecycle">
        <h3>Client</h3>
        <Show when={props.client.deletedAt}>
          <div class="error-text" data-testid="client-deleted">
            Deleted — purged for good after the retention period.
          </div>
        </Show>
        <div class="crm-form-actions">
          <Show
            when={props.client.archived}
            fallback={
              <button type="button" class="btn btn-small" data-testid="client-archive" onClick={() => void props.crm.run(ArchiveClientMutation, input(), (r) => r.archiveClient)}>
                Archive
              </button>
            }
          >
            <button type="button" class="btn btn-small" onClick={() => void props.crm.run(UnarchiveClientMutation, input(), (r) => r.unarchiveClient)}>
              Unarchive
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
                  onClick={() => confirm(`Delete “${props.client.name}”? It can be restored until it is purged.`) && void props.crm.run(DeleteClientMutation, input(), (r) => r.deleteClient)}
                >
                  Delete
                </button>
              }
            >
              <button type="button" class="btn btn-small" data-testid="client-restore" onClick={() => void props.crm.run(RestoreClientMutation, input(), (r) => r.restoreClient)}>
                Restore
              </button>
              <Show when={props.crm.can('purgeClients')}>
                <button
                  type="button"
                  class="btn btn-small btn-danger-outline"
                  onClick={() => confirm(`Erase “${props.client.name}” and everything it had, for good?`) && void props.crm.run(PurgeClientMutation, input(), (r) => r.purgeClient)}
                >
                  Purge now
                </button>
              </Show>
            </Show>
          </Show>
        </div>
      </section>
    </>
  );
};
