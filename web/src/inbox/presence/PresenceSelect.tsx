import { For, Show } from 'solid-js';
import type { PresenceStatus } from '../../generated/graphql.ts';
import { useMessages } from '../../i18n/messages.ts';
import { presenceLabel, PRESENCE_STATUSES } from './presence.ts';
import { presenceMessages } from './presence.messages.ts';
import type { TeamPresence } from './team-presence.ts';

// The signed-in operator's own status: only ONLINE operators get new conversations distributed to them.
export const PresenceSelect = (props: { team: TeamPresence }) => {
  const t = useMessages(presenceMessages);
  return (
  <span class="presence-select-wrap" data-status={props.team.own() ?? 'UNKNOWN'}>
    <span class="presence-dot" aria-hidden="true" data-status={props.team.own() ?? 'UNKNOWN'} />
    <select
      class="presence-select"
      data-testid="presence-select"
      aria-label={t('yourStatus')}
      title={t('onlyOnline')}
      value={props.team.own() ?? ''}
      disabled={!props.team.own()}
      onChange={(event) => void props.team.setOwn(event.currentTarget.value as PresenceStatus)}
    >
      <For each={PRESENCE_STATUSES}>
        {(status) => (
          <option value={status} data-testid="presence-option" data-status={status}>
            {presenceLabel(status)}
          </option>
        )}
      </For>
    </select>
    <Show when={props.team.saveError()}>
      {(message) => (
        <span class="presence-error" role="alert">
          {message()}
          <button type="button" class="btn btn-small btn-ghost" aria-label={t('dismiss')} onClick={props.team.dismissError}>
            ✕
          </button>
        </span>
      )}
    </Show>
  </span>
);
};
