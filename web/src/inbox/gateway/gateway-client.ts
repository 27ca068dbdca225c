import { Client, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { createContext, createSignal, useContext, type Accessor } from 'solid-js';
import { closeCode, NORMAL_CLOSE, retryWait, shouldRetry } from '../../shared/realtime.ts';

// The federation gateway in front of the api, when the api names one (`me`'s query asks `gateway { url }`): the
// documents typed against the supergraph (`*.supergraph.ts`, e.g. a client's orders) go there, with the session's
// token. Its failures stay with the sections that asked: the inbox works the same without it.
export type Gateway = {
  /** The urql client for the gateway at `url` (made on first use, one per session). */
  at: (url: string) => GatewayClient;
  dispose: () => void;
};

export type GatewayClient = {
  client: Client;
  // Bumped when the gateway's socket came back from a drop: status changes may have been missed.
  reconnects: Accessor<number>;
};

const wsUrlOf = (url: string) => url.replace(/^http/, 'ws');

export const createGateway = (token: () => string | null): Gateway => {
  let current: { url: string; gateway: GatewayClient; ws: WsClient } | null = null;
  const authorization = (): Record<string, string> => {
    const value = token();
    return value ? { authorization: `Bearer ${value}` } : {};
  };

  const connect = (url: string) => {
    const [reconnects, setReconnects] = createSignal(0);
    let dropped = false;
    const ws = createWsClient({
      url: wsUrlOf(url),
      lazy: true,
      retryAttempts: Infinity,
      retryWait,
      shouldRetry,
      connectionParams: authorization,
      on: {
        connected: () => {
          if (dropped) setReconnects((n) => n + 1);
          dropped = false;
        },
        closed: (event) => {
          if (closeCode(event) !== NORMAL_CLOSE) dropped = true;
        },
      },
    });
    const client = new Client({
      url,
      preferGetMethod: false,
      fetchOptions: () => ({ headers: authorization() }),
      exchanges: [
        fetchExchange,
        subscriptionExchange({
          forwardSubscription: (request) => ({
            subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
          }),
        }),
      ],
    });
    return { url, gateway: { client, reconnects }, ws };
  };

  return {
    at: (url) => {
      if (current?.url !== url) {
        void current?.ws.dispose();
        current = connect(url);
      }
      return current.gateway;
    },
    dispose: () => void current?.ws.dispose(),
  };
};

export const GatewayContext = createContext<Gateway>();

export const useGateway = (): Gateway => {
  const gateway = useContext(GatewayContext);
  if (!gateway) throw new Error('useGateway() outside <GatewayContext.Provider>');
  return gateway;
};
