import { For, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { MenuGroup, MenuItem } from '../../ui/Menu.tsx';
import { presenceLabel, PRESENCE_STATUSES } from './presence.ts';
import { presenceMessages } from './presence.messages.ts';
import type { TeamPresence } from './team-presence.ts';

// The signed-in operator's own status, in their menu: only ONLINE operators get new conversations distributed to them.
export const PresenceMenuItems = (props: { team: TeamPresence }) => {
  const t = useMessages(presenceMessages);
  return (
    <MenuGroup label={t('yourStatus')} testId="presence-select">
      <For each={PRESENCE_STATUSES}>
        {(status) => (
          <MenuItem
            kind="radio"
            keepOpen
            checked={props.team.own() === status}
            disabled={!props.team.own()}
            testId="presence-option"
            data-status={status}
            title={t('onlyOnline')}
            onSelect={() => void props.team.setOwn(status)}
          >
            <span class="presence-dot" aria-hidden="true" data-status={status} />
            {presenceLabel(status)}
          </MenuItem>
        )}
      </For>
    </MenuGroup>
  );
};

// A refused status change, under the operator's menu until dismissed.
export const PresenceError = (props: { team: TeamPresence }) => {
  const t = useMessages(presenceMessages);
  return (
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
  );
};
