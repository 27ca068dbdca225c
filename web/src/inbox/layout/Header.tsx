import { createMutation } from '@urql/solid';
import { createSignal, Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { appMessages } from '../../shared/app.messages.ts';
import { AppNav } from '../../shared/AppNav.tsx';
import type { MeQuery } from '../../generated/graphql.ts';
import { useLive } from '../live-context.ts';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { PresenceError } from '../presence/PresenceMenuItems.tsx';
import { createTeamPresence } from '../presence/team-presence.ts';
import { TeamPopover } from '../presence/TeamPopover.tsx';
import { signOut } from '../session.ts';
import { LogoutMutation } from './logout.mutation.ts';
import { ShortcutsPanel } from './ShortcutsPanel.tsx';
import { UserMenu } from './UserMenu.tsx';

// The app's header: the project, its views, the live connection, the team, the bell and the operator's menu.
export const Header = (props: { me: MeQuery['me'] | undefined }) => {
  const t = useMessages(appMessages);
  const live = useLive();
  const [logoutState, logout] = createMutation(LogoutMutation);
  const team = createTeamPresence(() => props.me?.operator ?? undefined);
  const [shortcuts, setShortcuts] = createSignal(false);

  const onLogout = async () => {
    // The token is dropped locally whatever the server answers: logging out must always work.
    await logout({}).catch(() => undefined);
    signOut();
  };

  return (
    <header class="app-header">
      <div class="app-brand">
        <span class="brand-mark" aria-hidden="true" />
        <span class="app-project" data-testid="project-name" title={props.me?.project.name}>
          {props.me?.project.name ?? ' '}
        </span>
      </div>
      <AppNav />
      <div class={`connection connection-${live.state()}`} role="status" title={t('connection.title')}>
        <span class="connection-dot" />
        <span class="connection-text sr-narrow">{t(`connection.${live.state()}`)}</span>
      </div>
      <div class="app-user">
        <Show when={props.me?.operator}>
          {(operator) => (
            <>
              <TeamPopover team={team} viewerId={operator().id} />
              <NotificationBell />
              <UserMenu
                operator={operator()}
                project={props.me?.project.name ?? ''}
                team={team}
                onShortcuts={() => setShortcuts(true)}
                onLogout={() => void onLogout()}
                loggingOut={logoutState.fetching}
              />
              <PresenceError team={team} />
            </>
          )}
        </Show>
        <Show when={shortcuts()}>
          <ShortcutsPanel onClose={() => setShortcuts(false)} />
        </Show>
      </div>
    </header>
  );
};
