import { createSignal, For, Show } from 'solid-js';
import { createEditableQuery } from '../../shared/editable-query.ts';
import { formatDateTime } from '../../ui/format.ts';
import { CopyButton } from '../CopyButton.tsx';
import { ApiTokensQuery } from './api-tokens.query.ts';
import { CreateApiTokenMutation } from './create-api-token.mutation.ts';
import { RevokeApiTokenMutation } from './revoke-api-token.mutation.ts';

// Tokens for third-party developers (`Authorization: Bearer <token>`): the secret is shown once, on creation.
export const ApiTokensSettings = () => {
  const tokens = createEditableQuery(ApiTokensQuery, {});
  const [secret, setSecret] = createSignal<string | null>(null);
  const [confirming, setConfirming] = createSignal<string | null>(null);

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '');
    const created = await tokens.run(CreateApiTokenMutation, { input: { name } }, (data) => data.createApiToken);
    if (created) {
      setSecret(created.token ?? null);
      form.reset();
    }
  };
  const revoke = (id: string) => (setConfirming(null), tokens.run(RevokeApiTokenMutation, { input: { id } }, (data) => data.revokeApiToken));

  return (
    <div class="settings-section" data-testid="settings-api-tokens">
      <h2>API tokens</h2>
      <p class="settings-hint">
        Third-party apps call <code>/graphql</code> (and its subscriptions) with <code>Authorization: Bearer &lt;token&gt;</code>; they act as the
        project's bot.
      </p>
      <Show when={tokens.error()}>{(message) => <p class="settings-error" role="alert" data-testid="settings-error">{message()}</p>}</Show>
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
                    <Show
                      when={confirming() === token.id}
                      fallback={
                        <button type="button" class="btn btn-small btn-danger-outline" onClick={() => setConfirming(token.id)}>
                          Revoke
                        </button>
                      }
                    >
                      <span>Apps using it stop working at once.</span>
                      <button type="button" class="btn btn-small btn-danger" data-testid="api-token-revoke" onClick={() => void revoke(token.id)}>
                        Revoke
                      </button>
                      <button type="button" class="btn btn-small" onClick={() => setConfirming(null)}>
                        Keep
                      </button>
                    </Show>
                  </div>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <form class="settings-card settings-form settings-form-row" data-testid="add-api-token" onSubmit={(event) => void create(event)}>
        <label>
          <span>New token</span>
          <input name="name" placeholder="CRM sync" maxLength={100} required />
        </label>
        <button type="submit" class="btn btn-primary" disabled={tokens.busy()}>
          Create token
        </button>
      </form>
    </div>
  );
};
