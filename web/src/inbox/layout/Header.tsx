import { createMutation } from '@urql/solid';
import { Show } from 'solid-js';
import { useMessages } from '../../i18n/messages.ts';
import { appMessages } from '../../shared/app.messages.ts';
import { AppNav } from '../../shared/AppNav.tsx';
import type { MeQuery } from '../../generated/graphql.ts';
import { useLive } from '../live-context.ts';
import { NotificationBell } from '../notifications/NotificationBell.tsx';
import { PresenceAvatar } from '../presence/PresenceAvatar.tsx';
import { PresenceSelect } from '../presence/PresenceSelect.tsx';
import { createTeamPresence } from '../presence/team-presence.ts';
import { TeamPopover } from '../presence/TeamPopover.tsx';
import { signOut } from '../session.ts';
import { LogoutMutation } from './logout.mutation.ts';
import { LanguageSelect } from './LanguageSelect.tsx';
import { ReadOnOpenToggle } from './ReadOnOpenToggle.tsx';
import { ShortcutsHelp } from './ShortcutsHelp.tsx';

export const Header = (props: { me: MeQuery['me'] | undefined }) => {
  const t = useMessages(appMessages);
  const live = useLive();
  const [logoutState, logout] = createMutation(LogoutMutation);
  const team = createTeamPresence(() => props.me?.operator ?? undefined);

  const onLogout = async () => {
    // The token is dropped locally whatever the server answers: logging out must always work.
    await logout({}).catch(() => undefined);
    signOut();
  };

  return (
    <header class="app-header">
      <div class="app-brand">
        <span class="brand-mark" aria-hidden="true" />
        <span class="app-project" data-testid="project-name">
          {props.me?.project.name ?? ' '}
        </span>
      </div>
      <AppNav />
      <div class={`connection connection-${live.state()}`} role="status" title={t('connection.title')}>
        <span class="connection-dot" />
        {t(`connection.${live.state()}`)}
      </div>
      <div class="app-user">
        <Show when={props.me?.operator}>
          {(operator) => (
            <>
              <TeamPopover team={team} viewerId={operator().id} />
              <ShortcutsHelp />
              <NotificationBell />
              <PresenceAvatar name={operator().name} url={operator().avatarUrl} size={30} status={team.own()} dotTestId="presence-dot" />
              <span class="app-user-text">
                <span class="app-user-name" data-testid="operator-name">
                  {operator().name}
                </span>
                <span class="app-user-role">{t(`roles.${operator().role}`)}</span>
              </span>
              <PresenceSelect team={team} />
              <ReadOnOpenToggle checked={operator().readOnOpen} />
              <LanguageSelect />
            </>
          )}
        </Show>
        <button class="btn btn-small" data-testid="logout" onClick={() => void onLogout()} disabled={logoutState.fetching}>
          {t('logout')}
        </button>
      </div>
    </header>
  );
};
