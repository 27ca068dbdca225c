import {
  cacheExchange,
  Client,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type CombinedError,
} from '@urql/core';
import type { Accessor } from 'solid-js';
import { createLiveSocket, type ConnectionState } from '../shared/realtime.ts';

export type Live = {
  state: Accessor<ConnectionState>;
  // Bumped after the socket came back from a drop: what no stream subscription resumes (presence, typing) is reloaded.
  reconnects: Accessor<number>;
  // Bumped when a stream subscription could not resume (too much was missed): what it feeds is loaded again.
  resyncs: Accessor<number>;
  // Bumped on every connection, the first too: the server counts the operator online from then.
  connections: Accessor<number>;
};

// The server keeps the operator online while the socket lives (it pings the browser itself). These pings are the
// inbox's side: a socket whose server stopped answering is cut and reconnects, and the operator is online again.
const KEEP_ALIVE_MS = 10_000;

type Options = {
  token: () => string | null;
  onUnauthenticated: () => void;
};

export const isUnauthenticated = (error: CombinedError | undefined): boolean =>
  !!error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');

export const createApiClient = ({ token, onUnauthenticated }: Options) => {
  const authHeader = (): Record<string, string> => {
    const value = token();
    return value ? { authorization: `Bearer ${value}` } : {};
  };

  const socket = createLiveSocket({ connectionParams: authHeader, onAuthRefused: onUnauthenticated, keepAliveMs: KEEP_ALIVE_MS });

  const client = new Client({
    url: '/graphql',
    // POST only: Apollo’s CSRF prevention refuses GET queries that carry no preflight header.
    preferGetMethod: false,
    fetchOptions: () => ({ headers: authHeader() }),
    exchanges: [
      mapExchange({
        onError: (error) => {
          if (isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => {
          const input = { ...request, query: request.query ?? '' };
          // Through the live socket's resuming subscribe: a reconnect replays what was missed (realtime.ts).
          return {
            subscribe: (sink) => ({ unsubscribe: socket.subscribe(input, sink) }),
          };
        },
      }),
    ],
  });

  const live: Live = { state: socket.state, reconnects: socket.reconnects, resyncs: socket.resyncs, connections: socket.connections };
  return { client, live, dispose: socket.dispose };
};
