import { createSignal, For, Show } from 'solid-js';
import { createEditableQuery } from '../../shared/editable-query.ts';
import { formatDateTime } from '../../ui/format.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { CopyButton } from '../CopyButton.tsx';
import { ErrorNote } from '../ErrorNote.tsx';
import { NameForm } from '../NameForm.tsx';
import { ApiTokensQuery } from './api-tokens.query.ts';
import { CreateApiTokenMutation } from './create-api-token.mutation.ts';
import { RevokeApiTokenMutation } from './revoke-api-token.mutation.ts';

// Tokens for third-party developers (`Authorization: Bearer <token>`): the secret is shown once, on creation.
export const ApiTokensSettings = () => {
  const tokens = createEditableQuery(ApiTokensQuery, {});
  const [secret, setSecret] = createSignal<string | null>(null);

  const create = async (name: string) => {
    const created = await tokens.run(CreateApiTokenMutation, { input: { name } }, (data) => data.createApiToken);
    if (created) setSecret(created.token ?? null);
    return created;
  };
  const revoke = (id: string) => tokens.run(RevokeApiTokenMutation, { input: { apiTokenId: id } }, (data) => data.revokeApiToken);

  return (
    <div class="settings-section" data-testid="settings-api-tokens">
      <h2>API tokens</h2>
      <p class="settings-hint">
        Third-party apps call <code>/graphql</code> (and its subscriptions) with <code>Authorization: Bearer &lt;token&gt;</code>; they act as the
        project's bot.
      </p>
      <ErrorNote message={tokens.error()} />
      <Show when={secret()}>
        {(value) => (
          <div class="settings-notice settings-code" role="status">
            <span>Copy the token now: it is not shown again.</span>
            <code data-testid="api-token-secret">{value()}</code>
            <CopyButton text={value()} />
          </div>
        )}
      </Show>
      <table class="settings-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Created</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <For each={tokens.data()?.apiTokens ?? []} fallback={<tr><td colSpan={3} class="settings-hint">No tokens yet.</td></tr>}>
            {(token) => (
              <tr data-testid="api-token-row">
                <td>{token.name}</td>
                <td>{formatDateTime(token.createdAt)}</td>
                <td>
                  <div class="settings-row-actions">
                    <ConfirmButton label="Revoke" warning="Apps using it stop working at once." testId="api-token-revoke" onConfirm={() => void revoke(token.id)} />
                  </div>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <NameForm label="New token" placeholder="CRM sync" submit="Create token" busy={tokens.busy()} testId="add-api-token" onCreate={create} />
    </div>
  );
};
