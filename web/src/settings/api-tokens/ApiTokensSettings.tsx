import { createSignal, For, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { createSettingsQuery } from '../settings-query.ts';
import { settingsMessages } from '../settings.messages.ts';
import { apiTokenMessages } from './api-tokens.messages.ts';
import { formatDateTime } from '../../ui/format.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { CopyButton } from '../CopyButton.tsx';
import { ErrorNote } from '../ErrorNote.tsx';
import { NameForm } from '../NameForm.tsx';
import { ApiTokensQuery } from './api-tokens.query.ts';
import { CreateApiTokenMutation } from './create-api-token.mutation.ts';
import { RevokeApiTokenMutation } from './revoke-api-token.mutation.ts';

// Code, the same in every language.
const ENDPOINT = '/graphql';
const HEADER = 'Authorization: Bearer <token>';

// Tokens for third-party developers (`Authorization: Bearer <token>`): the secret is shown once, on creation.
export const ApiTokensSettings = () => {
  const t = useMessages(apiTokenMessages);
  const words = useMessages(settingsMessages);
  const tokens = createSettingsQuery(ApiTokensQuery, {});
  const [secret, setSecret] = createSignal<string | null>(null);

  const create = async (name: string) => {
    const created = await tokens.run(CreateApiTokenMutation, { input: { name } }, (data) => data.createApiToken);
    if (created) setSecret(created.token ?? null);
    return created;
  };
  const revoke = (id: string) => tokens.run(RevokeApiTokenMutation, { input: { apiTokenId: id } }, (data) => data.revokeApiToken);

  return (
    <div class="settings-section" data-testid="settings-api-tokens">
      <h2>{words('sections.api-tokens')}</h2>
      <p class="settings-hint">
        {t('hintBefore')} <code>{ENDPOINT}</code> {t('hintMiddle')} <code>{HEADER}</code>
        {t('hintAfter')}
      </p>
      <ErrorNote message={tokens.error()} />
      <Show when={secret()}>
        {(value) => (
          <div class="settings-notice settings-code" role="status">
            <span>{t('copyNow')}</span>
            <code data-testid="api-token-secret">{value()}</code>
            <CopyButton text={value()} />
          </div>
        )}
      </Show>
      <table class="settings-table">
        <thead>
          <tr>
            <th>{t('name')}</th>
            <th>{t('created')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          <For each={tokens.data()?.apiTokens ?? []} fallback={<tr><td colSpan={3} class="settings-hint">{t('none')}</td></tr>}>
            {(token) => (
              <tr data-testid="api-token-row">
                <td>{token.name}</td>
                <td>{formatDateTime(token.createdAt)}</td>
                <td>
                  <div class="settings-row-actions">
                    <ConfirmButton label={t('revoke')} warning={t('revokeWarning')} testId="api-token-revoke" onConfirm={() => void revoke(token.id)} />
                  </div>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <NameForm label={t('new')} placeholder={t('newPlaceholder')} submit={t('create')} busy={tokens.busy()} testId="add-api-token" onCreate={create} />
    </div>
  );
};
