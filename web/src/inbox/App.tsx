import { Provider } from '@urql/solid';
import { lazy, onCleanup, Show, Suspense } from 'solid-js';
import { audienceOpen } from '../audience/audience-route.ts';
import { createApiClient } from './graphql-client.ts';
import { InboxLayout } from './layout/InboxLayout.tsx';
import { LiveContext } from './live-context.ts';
import { LoginPage } from './login/LoginPage.tsx';
import { signOut, token } from './session.ts';

// The Audience (`#/audience`) is its own bundle: the inbox does not wait for it.
const AudiencePage = lazy(() => import('../audience/AudiencePage.tsx').then((module) => ({ default: module.AudiencePage })));

// One urql client (and socket) per login: a new token never sees the previous operator's cache.
const Session = (props: { token: string }) => {
  const api = createApiClient({ token: () => props.token, onUnauthenticated: signOut });
  onCleanup(api.dispose);
  return (
    <Provider value={api.client}>
      <LiveContext.Provider value={api.live}>
        <Show when={audienceOpen()} fallback={<InboxLayout />}>
          <Suspense fallback={<div class="empty-state"><span class="spinner" /></div>}>
            <AudiencePage />
          </Suspense>
        </Show>
      </LiveContext.Provider>
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
