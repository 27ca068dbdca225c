import { createQuery } from '@urql/solid';
import { For } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { chatListMessages } from '../chat-list/chat-list.messages.ts';
import { TeamsQuery } from './teams.query.ts';

type Props = {
  // The open team section's team, if any.
  activeTeamId: string | null;
  onTeam: (teamId: string, name: string) => void;
};

// One inbox section per team whose inbox the server lets the caller open (their own teams; managers every team).
export const TeamTabs = (props: Props) => {
  const t = useMessages(chatListMessages);
  const [teams] = createQuery({ query: TeamsQuery });
  const visible = () => teams.data?.teams.filter((team) => team.viewerCanOpenInbox) ?? [];
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
          title={t('teamTab', { team: team.name })}
          onClick={() => props.onTeam(team.id, team.name)}
        >
          {team.name}
        </button>
      )}
    </For>
  );
};
