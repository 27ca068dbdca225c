import type { Server } from 'node:http';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate } from '../auth/auth.service.ts';
import type { App, Context, Viewer, Visitor } from '../context.ts';
import { maskUnexpected, unauthenticated } from '../graphql/errors.ts';
import { requestScope } from '../graphql/request-scope.ts';
import { schema } from '../graphql/schema.ts';
import { subscribeShared } from './shared-subscription.ts';
import { topics, type RevocationMessage } from '../pubsub/pubsub.ts';

type Identity = { viewer: Viewer | null; visitor: Visitor | null };
type Extra = { socket: WebSocket; authorization?: string; identity?: Identity };

const revokedCode = 4403;

/**
 * GraphQL subscriptions (graphql-ws) on the HTTP server's `/graphql`. Credentials come once, in connectionParams;
 * they are checked on connect and again on every subscribe, and a socket whose token is revoked (logout, a
 * revoked API token), on any node, is closed at once with 4403.
 */
export async function attachGraphqlWs(app: App, httpServer: Server, maxPayload: number) {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload });
  const socketsByToken = new Map<string, Set<WebSocket>>();

  const revocations = await app.pubsub.subscribe<RevocationMessage>(topics.revocations);
  const closing = (async () => {
    for await (const { tokenId } of revocations) {
      for (const socket of socketsByToken.get(tokenId) ?? []) socket.close(revokedCode, 'Token revoked');
    }
  })();

  function track(tokenId: string, socket: WebSocket) {
    const sockets = socketsByToken.get(tokenId) ?? new Set();
    socketsByToken.set(tokenId, sockets.add(socket));
    socket.once('close', () => {
      sockets.delete(socket);
      if (!sockets.size) socketsByToken.delete(tokenId);
    });
  }

  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      subscribe: subscribeShared,
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const authorization =
          typeof params.authorization === 'string'
            ? params.authorization
            : typeof params.visitorToken === 'string'
              ? `Visitor ${params.visitorToken}`
              : undefined;
        ctx.extra.authorization = authorization;
        if (!authorization) return true;
        const identity = await authenticate(app.orm.em.fork(), authorization);
        if (identity.viewer) track(identity.viewer.tokenId, ctx.extra.socket);
        return Boolean(identity.viewer ?? identity.visitor);
      },
      onSubscribe: async (ctx) => {
        const identity = await authenticate(app.orm.em.fork(), ctx.extra.authorization);
        ctx.extra.identity = identity;
        if (ctx.extra.authorization && !identity.viewer && !identity.visitor) return [unauthenticated()];
      },
      context: (ctx): Context => ({ app, ...requestScope(app), ...(ctx.extra.identity ?? { viewer: null, visitor: null }) }),
      // Unexpected failures reach the log, never the caller, whether they come with a result or alone.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors ? { ...result, errors: result.errors.map(maskUnexpected) } : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map(maskUnexpected),
    },
    wsServer,
  );

  return {
    /**
     * Tells every socket the server is going away (1001) and stops accepting new ones. A socket that has not
     * finished its closing handshake after 5 s is cut, so a stuck peer cannot hold the shutdown.
     */
    async stop() {
      await revocations.return?.();
      await closing;
      const cut = setTimeout(() => {
        for (const socket of wsServer.clients) socket.terminate();
      }, 5_000);
      await disposable.dispose();
      clearTimeout(cut);
    },
  };
}
