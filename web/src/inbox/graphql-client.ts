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
};

type Options = {
  token: () => string | null;
  onUnauthenticated: () => void;
};

export const isUnauthenticated = (error: CombinedError | undefined): boolean =>
  !!error?.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED');

// graphql-ws close codes for a rejected connection_init (4401 Unauthorized, 4403 Forbidden).
const AUTH_CLOSE_CODES = new Set([4401, 4403]);

export const createApiClient = ({ token, onUnauthenticated }: Options) => {
  const [state, setState] = createSignal<ConnectionState>('connecting');
  const [reconnects, setReconnects] = createSignal(0);
  let dropped = false;

  const authHeader = (): Record<string, string> => {
    const value = token();
    return value ? { authorization: `Bearer ${value}` } : {};
  };

  const ws = createWsClient({
    url: graphqlWsUrl(),
    lazy: true,
    retryAttempts: Infinity,
    retryWait,
    connectionParams: authHeader,
    shouldRetry: (event) => !AUTH_CLOSE_CODES.has(closeCode(event) ?? 0),
    on: {
      connected: () => {
        setState('connected');
        if (dropped) setReconnects((n) => n + 1);
        dropped = false;
      },
      closed: (event) => {
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

  const live: Live = { state, reconnects };
  return { client, live, dispose: () => void ws.dispose() };
};
