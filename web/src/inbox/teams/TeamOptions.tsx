import { createQuery } from '@urql/solid';
import { For, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { conversationActionMessages } from '../conversation-actions/conversation-actions.messages.ts';
import { TeamsQuery } from './teams.query.ts';

type Props = {
  // The conversation's current team.
  teamId: string | undefined;
  busy: boolean;
  onPick: (teamId: string) => void;
};

// The transfer popover's teams: handing a conversation to a team leaves it there for a member to take.
export const TeamOptions = (props: Props) => {
  const t = useMessages(conversationActionMessages);
  const [teams] = createQuery({ query: TeamsQuery });
  return (
    <Show when={teams.data?.teams.length}>
      <li role="none" class="assign-group-label">
        {t('teams')}
      </li>
      <For each={teams.data?.teams}>
        {(team) => (
          <li role="none">
            <button
              type="button"
              role="menuitem"
              class="assign-option"
              classList={{ 'is-current': team.id === props.teamId }}
              data-testid="transfer-team-option"
              data-team-id={team.id}
              disabled={props.busy}
              onClick={() => props.onPick(team.id)}
            >
              <span class="team-badge" aria-hidden="true">
                {team.name.slice(0, 1).toUpperCase()}
              </span>
              <span>{team.name}</span>
              <Show when={team.id === props.teamId}>
                <span class="assign-option-note">{t('currentTeam')}</span>
              </Show>
            </button>
          </li>
        )}
      </For>
    </Show>
  );
};
