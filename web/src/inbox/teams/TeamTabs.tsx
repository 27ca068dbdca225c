import { createQuery } from '@urql/solid';
import { For } from 'solid-js';
import { TeamsQuery } from './teams.query.ts';

const managers = ['OWNER', 'ADMIN', 'MANAGER'];

type Props = {
  // The open team section's team, if any.
  activeTeamId: string | null;
  onTeam: (teamId: string, name: string) => void;
};

// One inbox section per team the operator sees: managers, admins and owners every team, operators their own.
export const TeamTabs = (props: Props) => {
  const [teams] = createQuery({ query: TeamsQuery });
  const visible = () => {
    const data = teams.data;
    if (!data) return [];
    const me = data.me.operator;
    if (me && managers.includes(me.role)) return data.teams;
    const mine = new Set(me?.teams.map((team) => team.id));
    return data.teams.filter((team) => mine.has(team.id));
  };
  return (
    <For each={visible()}>
      {(team) => (
        <button
          type="button"
          class="section-tab section-tab-team"
          classList={{ 'is-active': props.activeTeamId === team.id }}
          role="tab"
          aria-selected={props.activeTeamId === team.id}
          data-testid="section-team"
          data-team-id={team.id}
          title={`Conversations transferred to ${team.name}`}
          onClick={() => props.onTeam(team.id, team.name)}
        >
          {team.name}
        </button>
      )}
    </For>
  );
};
