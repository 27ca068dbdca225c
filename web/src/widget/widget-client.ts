import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { createSignal } from 'solid-js';
import { closeCode, graphqlWsUrl, NORMAL_CLOSE, retryWait } from '../shared/realtime.ts';

// The widget's own small client: Visitor auth, no document cache (it only runs mutations and one subscription).
export const createWidgetClient = (visitorToken: () => string | null) => {
  const [connected, setConnected] = createSignal(false);
  const [reconnects, setReconnects] = createSignal(0);
  let dropped = false;

  const ws = createWsClient({
    url: graphqlWsUrl(),
    lazy: true,
    retryAttempts: Infinity,
    retryWait,
    connectionParams: () => ({ visitorToken: visitorToken() }),
    on: {
      connected: () => {
        setConnected(true);
        if (dropped) setReconnects((n) => n + 1);
        dropped = false;
      },
      closed: (event) => {
        setConnected(false);
        if (closeCode(event) !== NORMAL_CLOSE) dropped = true;
      },
    },
  });

  const client = new Client({
    url: '/graphql',
    // POST only: Apollo’s CSRF prevention refuses GET queries that carry no preflight header.
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const token = visitorToken();
      return { headers: token ? { authorization: `Visitor ${token}` } : {} };
    },
    exchanges: [
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => {
          const input = { ...request, query: request.query ?? '' };
          return { subscribe: (sink) => ({ unsubscribe: ws.subscribe(input, sink) }) };
        },
      }),
    ],
  });

  return { client, connected, reconnects, dispose: () => void ws.dispose() };
};
