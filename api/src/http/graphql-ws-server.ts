import type { IncomingMessage } from 'node:http';
import { CloseCode, handleProtocols, makeServer, MessageType, type ServerOptions, type SubscribePayload } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';

/** What every socket's graphql-ws context carries: its socket, its upgrade request, subscribe payloads not yet read. */
export type SocketExtra = { socket: WebSocket; request?: IncomingMessage; payloads: Map<string, SubscribePayload> };

/**
 * graphql-ws's protocol (its `makeServer`) on a `ws` server, as graphql-ws's own `useServer` runs it, with less held
 * per socket, since thousands stay open for hours: one keep-alive timer for all sockets rather than two per socket,
 * no received message kept once handled, and a subscribe message's payload (the document: kilobytes) kept only until
 * `onSubscribe` takes it (`takePayload`) rather than for the life of the subscription (graphql-ws keeps the
 * message's text while the subscription runs).
 */
export function serveGraphqlWs<E extends SocketExtra>(
  options: ServerOptions<Record<string, unknown> | undefined, E>,
  wsServer: WebSocketServer,
  {
    keepAliveMs = 12_000,
    receive = withoutPayload,
    elsewhere = () => false,
  }: {
    keepAliveMs?: number;
    /** A message's text as graphql-ws is to handle it, or null when it was taken elsewhere (the gateway's passthrough). */
    receive?: (text: string, extra: E) => string | null;
    /** True for a socket that is not a graphql-ws client's, handled by whoever said so (a gateway's trunk). */
    elsewhere?: (socket: WebSocket, request: IncomingMessage) => boolean;
  } = {},
) {
  const server = makeServer(options);
  wsServer.options.handleProtocols = handleProtocols;

  // A socket pinged that has not answered by the next round is cut, as useServer does it.
  const unanswered = new Set<WebSocket>();
  const keepAlive = setInterval(() => {
    for (const socket of wsServer.clients) {
      if (unanswered.has(socket)) socket.terminate();
      else if (socket.readyState === socket.OPEN) {
        unanswered.add(socket);
        socket.ping();
      }
    }
  }, keepAliveMs);
  function answered(this: WebSocket) {
    unanswered.delete(this);
  }

  /** A graphql-ws socket: one of the server's, or one a trunk carries (gateway-trunk.ts). */
  const accept = (socket: WebSocket, request: IncomingMessage) => {
    socket.once('error', (error) => {
      console.error('[graphql-ws] socket error', error);
      socket.close(CloseCode.InternalServerError, 'Internal server error');
    });
    const extra = { socket, request, payloads: new Map() } as SocketExtra as E;
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve, reject) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => (error ? reject(error) : resolve()));
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            const text = receive(String(data), extra);
            if (text === null) return;
            handle(text).catch((error: unknown) => {
              console.error('[graphql-ws] message handling failed', error);
              socket.close(CloseCode.InternalServerError, 'Internal server error');
            });
          }),
      },
      extra,
    );
    socket.once('close', (code, reason) => void closed(code, String(reason)));
  };
  wsServer.on('connection', (socket, request) => {
    socket.on('pong', answered);
    socket.once('close', () => unanswered.delete(socket));
    if (!elsewhere(socket, request)) accept(socket, request);
  });

  return {
    accept,
    async dispose() {
      clearInterval(keepAlive);
      for (const socket of wsServer.clients) socket.close(1001, 'Going away');
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/**
 * A subscribe message with its payload set aside in `extra.payloads` (read back by `takePayload`) and an empty
 * document in its place; any other message (or one that does not parse: graphql-ws refuses it) as it came.
 */
function withoutPayload(text: string, extra: SocketExtra) {
  if (!text.includes(MessageType.Subscribe)) return text;
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    return text;
  }
  const { id, type, payload } = (message ?? {}) as { id?: unknown; type?: unknown; payload?: unknown };
  if (type !== MessageType.Subscribe || typeof id !== 'string' || typeof payload !== 'object' || payload === null || typeof (payload as SubscribePayload).query !== 'string') return text;
  extra.payloads.set(id, payload as SubscribePayload);
  return JSON.stringify({ id, type, payload: { query: '' } });
}

/** The payload the client sent with subscription `id` (once: it is forgotten as it is taken). */
export function takePayload(extra: SocketExtra, id: string, given: SubscribePayload): SubscribePayload {
  const payload = extra.payloads.get(id) ?? given;
  extra.payloads.delete(id);
  return payload;
}
