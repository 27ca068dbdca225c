import { createSignal, For, Show } from 'solid-js';
import type { OperatorRole } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { appMessages } from '../../shared/app.messages.ts';
import { ErrorNote } from '../ErrorNote.tsx';
import { createSettingsQuery } from '../settings-query.ts';
import { MessageDeletionQuery } from './message-deletion.query.ts';
import { messageDeletionMessages } from './message-deletion.messages.ts';
import { SetMessageDeletionRolesMutation } from './set-message-deletion-roles.mutation.ts';

// Every role the API knows, in the catalogue's order: the typecheck holds the catalogue to OperatorRole. Which of
// them may delete is the project's choice, read from and written to the server; nothing here decides it.
const roleNames: Record<OperatorRole, string> = appMessages.en.roles;
const allRoles = Object.keys(roleNames) as OperatorRole[];

// Owners and admins choose which roles may delete messages (the deleteMessages permission follows it at once).
export const MessageDeletionSettings = () => {
  const t = useMessages(messageDeletionMessages);
  const app = useMessages(appMessages);
  const settings = createSettingsQuery(MessageDeletionQuery, {});
  const [saved, setSaved] = createSignal(false);
  const chosen = () => settings.data()?.me.project.messageDeletionRoles ?? [];

  const toggle = async (role: OperatorRole, on: boolean) => {
    setSaved(false);
    const roles = on ? [...chosen(), role] : chosen().filter((r) => r !== role);
    const done = await settings.run(SetMessageDeletionRolesMutation, { input: { messageDeletionRoles: roles } }, (data) => data.updateProjectSettings);
    setSaved(Boolean(done));
  };

  return (
    <div class="settings-section" data-testid="settings-message-deletion">
      <h2>{t('title')}</h2>
      <p class="settings-hint">{t('lead')}</p>
      <ErrorNote message={settings.error()} />
      <Show when={settings.data()} fallback={<span class="spinner" />}>
        <fieldset class="settings-card settings-fieldset">
          <legend>{t('roles')}</legend>
          <div class="settings-checks">
            <For each={allRoles}>
              {(role) => (
                <label>
                  <input type="checkbox" data-testid={`deletion-role-${role}`} checked={chosen().includes(role)} disabled={settings.busy()}
                    onChange={(event) => void toggle(role, event.currentTarget.checked)} />
                  {app(`roles.${role}`)}
                </label>
              )}
            </For>
          </div>
          <Show when={chosen().length === 0}>
            <p class="settings-hint" data-testid="deletion-nobody">{t('nobody')}</p>
          </Show>
        </fieldset>
        <Show when={saved()}>
          <p class="settings-notice" role="status">{t('saved')}</p>
        </Show>
      </Show>
    </div>
  );
};
