import { For } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { createSettingsQuery } from '../settings-query.ts';
import { settingsMessages } from '../settings.messages.ts';
import { teamMessages } from './teams.messages.ts';
import { ConfirmButton } from '../ConfirmButton.tsx';
import { ErrorNote } from '../ErrorNote.tsx';
import { NameForm } from '../NameForm.tsx';
import { CreateTeamMutation } from './create-team.mutation.ts';
import { DeleteTeamMutation } from './delete-team.mutation.ts';
import { RenameTeamMutation } from './rename-team.mutation.ts';
import { SetTeamMembersMutation } from './set-team-members.mutation.ts';
import { SettingsTeamsQuery } from './settings-teams.query.ts';

// Owners, admins and managers create teams, name them and choose their members (each team is an inbox section).
export const TeamsSettings = () => {
  const t = useMessages(teamMessages);
  const words = useMessages(settingsMessages);
  const teams = createSettingsQuery(SettingsTeamsQuery, {});
  const rename = (teamId: string, name: string) => teams.run(RenameTeamMutation, { input: { teamId, name } }, (data) => data.renameTeam);
  const toggle = (teamId: string, members: string[], operatorId: string, on: boolean) =>
    teams.run(SetTeamMembersMutation, { input: { teamId, operatorIds: on ? [...members, operatorId] : members.filter((id) => id !== operatorId) } }, (data) => data.setTeamMembers);
  const remove = (id: string) => teams.run(DeleteTeamMutation, { input: { teamId: id } }, (data) => data.deleteTeam);

  return (
    <div class="settings-section" data-testid="settings-teams">
      <h2>{words('sections.teams')}</h2>
      <ErrorNote message={teams.error()} />
      <For each={teams.data()?.teams ?? []} fallback={<p class="settings-hint">{t('none')}</p>}>
        {(team) => {
          const members = () => team.members.map((member) => member.id);
          return (
            <div class="settings-card" data-testid="team-card" data-name={team.name}>
              <div class="settings-card-head">
                <input class="settings-title-input" aria-label={t('name')} value={team.name} maxLength={100}
                  onChange={(event) => event.currentTarget.value.trim() !== team.name && void rename(team.id, event.currentTarget.value)} />
                <ConfirmButton label={words('delete')} warning={t('deleteWarning')} testId="team-delete-confirm" onConfirm={() => void remove(team.id)} />
              </div>
              <div class="settings-checks">
                <For each={teams.data()?.operators ?? []}>
                  {(operator) => (
                    <label>
                      <input type="checkbox" checked={members().includes(operator.id)} disabled={teams.busy()}
                        onChange={(event) => void toggle(team.id, members(), operator.id, event.currentTarget.checked)} />
                      {operator.name}
                    </label>
                  )}
                </For>
              </div>
            </div>
          );
        }}
      </For>
      <NameForm label={t('new')} placeholder={t('newPlaceholder')} submit={t('create')} busy={teams.busy()} testId="add-team"
        onCreate={(name) => teams.run(CreateTeamMutation, { input: { name } }, (data) => data.createTeam)} />
    </div>
  );
};
