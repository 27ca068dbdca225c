// The inbox's and the widget's graphql-ws socket: one set of retry rules and one honest connection state for both.
import { createClient, type Client } from 'graphql-ws';
import { createSignal, type Accessor } from 'solid-js';

export const graphqlWsUrl = (): string => `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}/graphql`;

// Exponential backoff capped at 15 s, with jitter so a restarted server is not hit by every tab at once.
export const retryWait = (retries: number) =>
  new Promise<void>((resolve) => setTimeout(resolve, Math.min(15_000, 500 * 2 ** retries) + Math.random() * 1000));

export const closeCode = (event: unknown): number | undefined =>
  typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number' ? event.code : undefined;

// 1000 is graphql-ws's lazy close after the last subscription ended: nothing can have been missed.
export const NORMAL_CLOSE = 1000;

// Refused credentials (4401 Unauthorized, 4403 Forbidden): trying again with the same ones cannot help.
export const AUTH_CLOSE_CODES: ReadonlySet<number> = new Set([4401, 4403]);

// Everything but refused credentials is retried, errors included: a browser reports a refused connection (a server
// restarting) as an `error` event before its close, and graphql-ws's default retries close events only.
export const shouldRetry = (errorOrClose: unknown): boolean => !AUTH_CLOSE_CODES.has(closeCode(errorOrClose) ?? 0);

export type ConnectionState = 'connecting' | 'connected' | 'reconnecting';

export type LiveSocket = {
  ws: Client;
  state: Accessor<ConnectionState>;
  // Bumped after the socket came back from a drop: events may have been missed.
  reconnects: Accessor<number>;
  // Bumped on every connection, the first too (the server counts an operator online from then).
  connections: Accessor<number>;
  // Resolves when a socket that is away connects again; never while it is up (the caller's own backoff decides then).
  reconnected: () => Promise<void>;
  dispose: () => void;
};

type Options = {
  connectionParams: () => Record<string, unknown>;
  onAuthRefused?: () => void;
  // Pings the server this often and cuts a socket whose pong is late by pongTimeoutMs: a socket whose server stopped
  // answering (its node died, a proxy dropped it) reconnects, to another node if need be.
  keepAliveMs?: number;
  pongTimeoutMs?: number;
};

/** A lazy graphql-ws client that keeps reconnecting (backoff above) for as long as the page is open. */
export const createLiveSocket = ({ connectionParams, onAuthRefused, keepAliveMs = 0, pongTimeoutMs = 5_000 }: Options): LiveSocket => {
  const [state, setState] = createSignal<ConnectionState>('connecting');
  const [reconnects, setReconnects] = createSignal(0);
  const [connections, setConnections] = createSignal(0);
  let dropped = false;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const waiting: (() => void)[] = [];

  const ws = createClient({
    url: graphqlWsUrl(),
    lazy: true,
    retryAttempts: Infinity,
    retryWait,
    shouldRetry,
    connectionParams,
    keepAlive: keepAliveMs,
    on: {
      connected: () => {
        setState('connected');
        setConnections((n) => n + 1);
        if (dropped) setReconnects((n) => n + 1);
        dropped = false;
        for (const resolve of waiting.splice(0)) resolve();
      },
      ping: (received) => {
        if (received) return;
        clearTimeout(pongTimer);
        pongTimer = setTimeout(() => ws.terminate(), pongTimeoutMs);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        const code = closeCode(event);
        if (code !== undefined && AUTH_CLOSE_CODES.has(code)) return onAuthRefused?.();
        if (code !== NORMAL_CLOSE) {
          dropped = true;
          setState('reconnecting');
        }
      },
    },
  });

  return {
    ws,
    state,
    reconnects,
    connections,
    reconnected: () => new Promise<void>((resolve) => state() !== 'connected' && waiting.push(resolve)),
    dispose: () => void ws.dispose(),
  };
};
