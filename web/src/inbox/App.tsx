import { Provider } from '@urql/solid';
import { lazy, Match, onCleanup, Show, Suspense, Switch } from 'solid-js';
import { currentView } from '../shared/app-route.ts';
import { createGateway, GatewayContext } from './gateway/gateway-client.ts';
import { createApiClient } from './graphql-client.ts';
import { InboxLayout } from './layout/InboxLayout.tsx';
import { applyPreferences } from './layout/preferences.ts';
import { LiveContext } from './live-context.ts';
import { LoginPage } from './login/LoginPage.tsx';
import { signOut, token } from './session.ts';

// The Audience (`#/audience`), the scheduled messages (`#/scheduled`), the process editor (`#/processes`) and the settings (`#/settings`) are their own bundles: the inbox does not wait for them.
const AudiencePage = lazy(() => import('../audience/AudiencePage.tsx').then((module) => ({ default: module.AudiencePage })));
const ScheduledPage = lazy(() => import('./scheduled/ScheduledPage.tsx').then((module) => ({ default: module.ScheduledPage })));
const ProcessesPage = lazy(() => import('../processes/ProcessesPage.tsx').then((module) => ({ default: module.ProcessesPage })));
const SettingsPage = lazy(() => import('../settings/SettingsPage.tsx').then((module) => ({ default: module.SettingsPage })));
const loading = <div class="empty-state"><span class="spinner" /></div>;

const Preferences = () => {
  applyPreferences();
  return null;
};

// One urql client (and socket) per login: a new token never sees the previous operator's cache.
const Session = (props: { token: string }) => {
  const api = createApiClient({ token: () => props.token, onUnauthenticated: signOut });
  onCleanup(api.dispose);
  const gateway = createGateway(() => props.token);
  onCleanup(gateway.dispose);
  return (
    <Provider value={api.client}>
      <Preferences />
      <GatewayContext.Provider value={gateway}>
        <LiveContext.Provider value={api.live}>
          <Switch fallback={<InboxLayout />}>
            <Match when={currentView() === 'audience'}>
              <Suspense fallback={loading}>
                <AudiencePage />
              </Suspense>
            </Match>
            <Match when={currentView() === 'scheduled'}>
              <Suspense fallback={loading}>
                <ScheduledPage />
              </Suspense>
            </Match>
            <Match when={currentView() === 'processes'}>
              <Suspense fallback={loading}>
                <ProcessesPage />
              </Suspense>
            </Match>
            <Match when={currentView() === 'settings'}>
              <Suspense fallback={loading}>
                <SettingsPage />
              </Suspense>
            </Match>
          </Switch>
        </LiveContext.Provider>
      </GatewayContext.Provider>
    </Provider>
  );
};

const Anonymous = () => {
  const api = createApiClient({ token: () => null, onUnauthenticated: () => {} });
  onCleanup(api.dispose);
  return (
    <Provider value={api.client}>
      <LoginPage />
    </Provider>
  );
};

export const App = () => (
  <Show when={token()} keyed fallback={<Anonymous />}>
    {(value) => <Session token={value} />}
  </Show>
);
