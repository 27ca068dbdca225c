// The inbox's and the widget's graphql-ws socket: one set of retry rules and one honest connection state for both.
import { createClient, type Client, type ExecutionResult, type Sink, type SubscribePayload } from 'graphql-ws';
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

// A refusal's value by name (extensions.values: [{ name, value }]).
const valueOf = (extensions: Record<string, unknown> | undefined, name: string): string | null => {
  const values = extensions?.['values'];
  const found = Array.isArray(values) ? (values as { name?: unknown; value?: unknown }[]).find((value) => value.name === name) : undefined;
  return typeof found?.value === 'string' ? found.value : null;
};

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
  // Bumped when a subscription could not resume (too much was missed): what it feeds must be loaded again.
  resyncs: Accessor<number>;
  /**
   * Subscribes so that every reconnect resumes where it left off (a document declaring `$after`): graphql-ws
   * serializes the variables again at each resubscribe, and `after` is then the cursor of the last answer or, before
   * the first, the socket's position when it first subscribed. A refused resume starts over from the current position
   * and bumps `resyncs`.
   */
  subscribe: <Data>(payload: SubscribePayload, sink: Sink<ExecutionResult<Data>>) => () => void;
  dispose: () => void;
};

type Options = {
  connectionParams: () => Record<string, unknown>;
  // The page's own server unless given (tests).
  url?: string;
  onAuthRefused?: () => void;
  // Pings the server this often and cuts a socket whose pong is late by pongTimeoutMs: a socket whose server stopped
  // answering (its node died, a proxy dropped it) reconnects, to another node if need be.
  keepAliveMs?: number;
  pongTimeoutMs?: number;
};

/** A lazy graphql-ws client that keeps reconnecting (backoff above) for as long as the page is open. */
export const createLiveSocket = ({ connectionParams, url, onAuthRefused, keepAliveMs = 0, pongTimeoutMs = 5_000 }: Options): LiveSocket => {
  const [state, setState] = createSignal<ConnectionState>('connecting');
  const [reconnects, setReconnects] = createSignal(0);
  const [connections, setConnections] = createSignal(0);
  const [resyncs, setResyncs] = createSignal(0);
  // The log's position when the socket last connected (the acknowledgement's payload).
  let position: string | null = null;
  let dropped = false;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  const waiting: (() => void)[] = [];

  const ws = createClient({
    url: url ?? graphqlWsUrl(),
    lazy: true,
    retryAttempts: Infinity,
    retryWait,
    shouldRetry,
    connectionParams,
    keepAlive: keepAliveMs,
    on: {
      connected: (_socket, payload) => {
        const cursor = (payload as { cursor?: unknown } | undefined)?.cursor;
        position = typeof cursor === 'string' ? cursor : null;
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
    resyncs,
    subscribe: (payload, sink) => {
      if (!/\$after\b/.test(payload.query)) return ws.subscribe(payload, sink);
      let cursor: string | null = null;
      const resuming = {
        ...payload,
        get variables() {
          cursor ??= position;
          return { ...payload.variables, after: cursor };
        },
      };
      let restarted = false;
      const start = (): (() => void) =>
        ws.subscribe(resuming, {
          next: (result) => {
            const expired = result.errors?.find((error) => error.extensions?.['reason'] === 'RESUME_POINT_EXPIRED');
            if (expired) {
              // The server ends this one; the next starts from the position now, and its owner loads the state.
              restarted = true;
              cursor = valueOf(expired.extensions, 'cursor') ?? position;
              stop = start();
              setResyncs((n) => n + 1);
              return;
            }
            const next = (result.extensions as { cursor?: unknown } | undefined)?.cursor;
            if (typeof next === 'string') cursor = next;
            sink.next(result as ExecutionResult<never>);
          },
          error: (error) => sink.error(error),
          complete: () => (restarted ? (restarted = false) : sink.complete()),
        });
      let stop = start();
      return () => stop();
    },
    dispose: () => void ws.dispose(),
  };
};
