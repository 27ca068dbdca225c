import { createSignal, For, Show } from 'solid-js';
import { createEditableQuery } from '../../shared/editable-query.ts';
import { CreateTeamMutation } from './create-team.mutation.ts';
import { DeleteTeamMutation } from './delete-team.mutation.ts';
import { RenameTeamMutation } from './rename-team.mutation.ts';
import { SetTeamMembersMutation } from './set-team-members.mutation.ts';
import { SettingsTeamsQuery } from './settings-teams.query.ts';

// Owners, admins and managers create teams, name them and choose their members (each team is an inbox section).
export const TeamsSettings = () => {
  const teams = createEditableQuery(SettingsTeamsQuery, {});
  const [confirming, setConfirming] = createSignal<string | null>(null);

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const name = String(new FormData(form).get('name') ?? '');
    if (await teams.run(CreateTeamMutation, { input: { name } }, (data) => data.createTeam)) form.reset();
  };
  const rename = (teamId: string, name: string) => teams.run(RenameTeamMutation, { input: { teamId, name } }, (data) => data.renameTeam);
  const toggle = (teamId: string, members: string[], operatorId: string, on: boolean) =>
    teams.run(SetTeamMembersMutation, { input: { teamId, operatorIds: on ? [...members, operatorId] : members.filter((id) => id !== operatorId) } }, (data) => data.setTeamMembers);
  const remove = (id: string) => (setConfirming(null), teams.run(DeleteTeamMutation, { input: { id } }, (data) => data.deleteTeam));

  return (
    <div class="settings-section" data-testid="settings-teams">
      <h2>Teams</h2>
      <Show when={teams.error()}>{(message) => <p class="settings-error" role="alert" data-testid="settings-error">{message()}</p>}</Show>
      <For each={teams.data()?.teams ?? []} fallback={<p class="settings-hint">No teams yet.</p>}>
        {(team) => {
          const members = () => team.members.map((member) => member.id);
          return (
            <div class="settings-card" data-testid="team-card">
              <div class="settings-card-head">
                <input class="settings-title-input" aria-label="Team name" value={team.name} maxLength={100}
                  onChange={(event) => event.currentTarget.value.trim() !== team.name && void rename(team.id, event.currentTarget.value)} />
                <Show
                  when={confirming() === team.id}
                  fallback={
                    <button type="button" class="btn btn-small btn-danger-outline" onClick={() => setConfirming(team.id)}>
                      Delete
                    </button>
                  }
                >
                  <span>Its conversations stay, without a team.</span>
                  <button type="button" class="btn btn-small btn-danger" data-testid="team-delete-confirm" onClick={() => void remove(team.id)}>
                    Delete
                  </button>
                  <button type="button" class="btn btn-small" onClick={() => setConfirming(null)}>
                    Keep
                  </button>
                </Show>
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
      <form class="settings-card settings-form settings-form-row" data-testid="add-team" onSubmit={(event) => void create(event)}>
        <label>
          <span>New team</span>
          <input name="name" placeholder="Sales, Support…" maxLength={100} required />
        </label>
        <button type="submit" class="btn btn-primary" disabled={teams.busy()}>
          Create team
        </button>
      </form>
    </div>
  );
};
