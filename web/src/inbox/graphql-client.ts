import {
  cacheExchange,
  Client,
  fetchExchange,
  mapExchange,
  subscriptionExchange,
  type CombinedError,
} from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { createSignal, type Accessor } from 'solid-js';
import { closeCode, graphqlWsUrl, NORMAL_CLOSE, retryWait } from '../shared/realtime.ts';

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

export type Live = {
  state: Accessor<ConnectionState>;
  // Bumped after the socket came back from a drop: events may have been missed, so lists refetch.
  reconnects: Accessor<number>;
  // Bumped on every connection, the first too: the server counts the operator online from then.
  connections: Accessor<number>;
};

type Options = {
  token: () => string | null;
  onUnauthenticated: () => void;
};

export const isUnauthenticated = (error: CombinedError | undefined): boolean =>
  !!error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');

// graphql-ws close codes for a rejected connection_init (4401 Unauthorized, 4403 Forbidden).
const AUTH_CLOSE_CODES = new Set([4401, 4403]);

// The server keeps the operator online while the socket lives (it pings the browser itself). These pings are the
// inbox's side: a socket whose server stopped answering (its node died, a proxy dropped it) is cut and reconnects,
// to another node if need be, and the operator is online again.
const KEEP_ALIVE_MS = 10_000;
const PONG_TIMEOUT_MS = 5_000;

export const createApiClient = ({ token, onUnauthenticated }: Options) => {
  const [state, setState] = createSignal<ConnectionState>('connecting');
  const [reconnects, setReconnects] = createSignal(0);
  const [connections, setConnections] = createSignal(0);
  let dropped = false;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;

  const authHeader = (): Record<string, string> => {
    const value = token();
    return value ? { authorization: `Bearer ${value}` } : {};
  };

  const ws = createWsClient({
    url: graphqlWsUrl(),
    lazy: true,
    retryAttempts: Infinity,
    retryWait,
    keepAlive: KEEP_ALIVE_MS,
    connectionParams: authHeader,
    shouldRetry: (event) => !AUTH_CLOSE_CODES.has(closeCode(event) ?? 0),
    on: {
      connected: () => {
        setState('connected');
        setConnections((n) => n + 1);
        if (dropped) setReconnects((n) => n + 1);
        dropped = false;
      },
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => ws.terminate(), PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        const code = closeCode(event);
        if (code !== undefined && AUTH_CLOSE_CODES.has(code)) return onUnauthenticated();
        if (code !== NORMAL_CLOSE) {
          dropped = true;
          setState('reconnecting');
        }
      },
    },
  });

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
          return {
            subscribe: (sink) => ({ unsubscribe: ws.subscribe(input, sink) }),
          };
        },
      }),
    ],
  });

  const live: Live = { state, reconnects, connections };
  return { client, live, dispose: () => void ws.dispose() };
};
