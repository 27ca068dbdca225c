import { For, Show } from 'solid-js';
import type { PresenceStatus } from '../../generated/graphql.ts';
import { PRESENCE_OPTIONS } from './presence.ts';
import type { TeamPresence } from './team-presence.ts';

// The signed-in operator's own status: only ONLINE operators get new conversations distributed to them.
export const PresenceSelect = (props: { team: TeamPresence }) => (
  <span class="presence-select-wrap" data-status={props.team.own() ?? 'UNKNOWN'}>
    <span class="presence-dot" aria-hidden="true" data-status={props.team.own() ?? 'UNKNOWN'} />
    <select
      class="presence-select"
      data-testid="presence-select"
      aria-label="Your status"
      title="Only online operators get new conversations"
      value={props.team.own() ?? ''}
      disabled={!props.team.own()}
      onChange={(event) => void props.team.setOwn(event.currentTarget.value as PresenceStatus)}
    >
      <For each={PRESENCE_OPTIONS}>
        {(option) => (
          <option value={option.status} data-testid="presence-option" data-status={option.status}>
            {option.label}
          </option>
        )}
      </For>
    </select>
    <Show when={props.team.saveError()}>
      {(message) => (
        <span class="presence-error" role="alert">
          {message()}
          <button type="button" class="btn btn-small btn-ghost" aria-label="Dismiss" onClick={props.team.dismissError}>
            ✕
          </button>
        </span>
      )}
    </Show>
  </span>
);
