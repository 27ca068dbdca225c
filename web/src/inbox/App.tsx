import { Provider } from '@urql/solid';
import { onCleanup, Show } from 'solid-js';
import { createApiClient } from './graphql-client.ts';
import { InboxLayout } from './layout/InboxLayout.tsx';
import { LiveContext } from './live-context.ts';
import { LoginPage } from './login/LoginPage.tsx';
import { signOut, token } from './session.ts';

// One urql client (and socket) per login: a new token never sees the previous operator's cache.
const Session = (props: { token: string }) => {
  const api = createApiClient({ token: () => props.token, onUnauthenticated: signOut });
  onCleanup(api.dispose);
  return (
    <Provider value={api.client}>
      <LiveContext.Provider value={api.live}>
        <InboxLayout />
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
