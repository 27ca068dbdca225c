import type { Server } from 'node:http';
import { GraphQLError, specifiedRules, validate, type DocumentNode } from 'graphql';
import { WebSocketServer, type WebSocket } from 'ws';
import { authenticate, credentialOf, viewersFromTokens } from '../auth/auth.service.ts';
import type { App, Context, Viewer } from '../context.ts';
import { chainedBatches } from '../db/chained-batches.ts';
import { selectOne } from '../db/rows.ts';
import { maskUnexpected } from '../graphql/errors.ts';
import { releaseScope } from '../graphql/request-scope.ts';
import { schema } from '../graphql/schema.ts';
import { mayIntrospect, withoutSuggestion } from '../limits/introspection.ts';
import { passOperation } from '../limits/operation-gate.ts';
import { isLimitRefusal, limitRules, parseOperation } from '../limits/operation-limits.ts';
import { admit, costBucketOf, costReport, penalize, type CostBucket } from '../limits/throttle.ts';
import { startPresenceKeeper } from '../operators/presence-keeper.ts';
import type { ProjectRow } from '../projects/project.entity.ts';
import { topics, type RevocationMessage, type ViewerChangedMessage } from '../pubsub/pubsub.ts';
import { streamPosition } from '../pubsub/stream.ts';
import { clientAddress } from './client-address.ts';
import { gatewayTrunks } from './gateway-trunk.ts';
import { serveGraphqlWs, takePayload, type SocketExtra } from './graphql-ws-server.ts';
import { subscribeShared, type Sink } from './shared-subscription.ts';

// `app` is the process's, but with a pub/sub that cuts this socket off when one of its subscriptions falls behind.
// `identity`: who the socket's token was at connect (the only check; revocation, expiry and a change of the
// operator's role or name close the socket).
type Extra = SocketExtra & { authorization?: string; address?: string; app?: App; identity?: Identity };
type Identity = Awaited<ReturnType<typeof authenticate>>;

// Close codes in graphql-ws's 4xxx range: 4401 and 4403 as graphql-ws means them; 4430 and 4431 ours (clients retry
// them, unlike graphql-ws's own 4429; after 4431 the new socket is checked again and resumes what it missed).
const closeCodes = { unauthorized: 4401, revoked: 4403, tooManySockets: 4430, viewerChanged: 4431 } as const;

// Timers wait at most ~24.8 days; a longer expiry is reached in several waits.
const maxTimer = 2 ** 31 - 1;

// Each subscription's frame sink (its socket, id and cost report), by its context.
const sinks = new WeakMap<object, Sink>();

// How long a revoked token (or a changed operator) is remembered: a socket whose token check raced it is refused after it.
const raceMemoryMs = 60_000;

/** Keys marked within `raceMemoryMs`, with when they were. */
function recentMarks() {
  const marks = new Map<string, number>();
  return {
    mark(key: string) {
      const now = Date.now();
      for (const [old, at] of marks) if (at < now - raceMemoryMs) marks.delete(old);
      marks.set(key, now);
    },
    at: (key: string) => marks.get(key),
  };
}

/** Adds a socket (or what it holds) to its key's set, taken out (and the set with it, once empty) when the socket closes. */
function keep<T = WebSocket>(byKey: Map<string, Set<T>>, key: string, socket: WebSocket, item: T = socket as T) {
  const items = byKey.get(key) ?? new Set<T>();
  byKey.set(key, items.add(item));
  socket.once('close', () => {
    items.delete(item);
    if (!items.size) byKey.delete(key);
  });
}

/**
 * GraphQL over graphql-ws on the HTTP server's `/graphql`, under the same limits as HTTP. Credentials come once,
 * in connectionParams, within `socketAuthTimeoutMs` of opening, and are checked once, on connect: the socket is
 * closed when its token is revoked (logout, a revoked API token, on any node) or expires,
 * and cut off when it reads its events too slowly; a token holds a bounded number of sockets, a socket a bounded
 * number of subscriptions. An operator's sockets keep them online (presence-keeper.ts).
 */
export async function attachGraphqlWs(app: App, httpServer: Server) {
  const { limits } = app;
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql', maxPayload: limits.maxBodyBytes });
  const socketsByToken = new Map<string, Set<WebSocket>>();
  const rules = [...specifiedRules, ...limitRules(limits)];
  const presence = startPresenceKeeper(app);

  const documents = new DocumentCache();
  // Sockets connecting together (a node restarted, an office opening) have their tokens checked in one statement.
  const checkToken = chainedBatches((tokens: string[]) => viewersFromTokens(app.orm.em.fork(), tokens));
  const identify = async (authorization: string | undefined) => {
    const credential = credentialOf(authorization);
    return credential?.scheme === 'bearer' ? { viewer: await checkToken(credential.token), visitor: null } : authenticate(app.orm.em.fork(), authorization);
  };

  const revocations = await app.pubsub.subscribe<RevocationMessage>(topics.revocations);
  const revoked = recentMarks();
  const closing = (async () => {
    for await (const { tokenId } of revocations) {
      for (const socket of socketsByToken.get(tokenId) ?? []) socket.close(closeCodes.revoked, 'Token revoked');
      revoked.mark(tokenId);
    }
  })();

  // An operator whose role or name changed: their sockets hold the old viewer, so they are closed, and the clients
  // come back checked again (resuming what they missed). A project's settings (the roles it lets delete messages…)
  // are read again once and given to its sockets' viewers in place: what they decide are per-viewer fields, which
  // each event resolves anew. The marks catch a socket checked just before a change.
  const socketsByOperator = new Map<string, Set<WebSocket>>();
  const viewersByProject = new Map<string, Set<Viewer>>();
  const changed = recentMarks();
  const viewerChanges = await app.pubsub.subscribe<ViewerChangedMessage>(topics.viewers);
  const reconnecting = (async () => {
    for await (const { operatorId, projectId } of viewerChanges) {
      if (operatorId) {
        for (const socket of socketsByOperator.get(operatorId) ?? []) socket.close(closeCodes.viewerChanged, 'Your role or name changed: reconnect');
        changed.mark(operatorId);
      }
      if (projectId) {
        changed.mark(projectId);
        const viewers = viewersByProject.get(projectId);
        const project = viewers && (await selectOne<ProjectRow>(app.orm.em.fork(), 'select * from project where id = ?', [projectId]).catch((error: unknown) => console.error('[graphql-ws] could not read a changed project', error)));
        if (project) for (const viewer of viewers) viewer.project = project;
      }
    }
  })();

  /** Counts a token's (or visitor's) sockets on this node; false when it holds its maximum already. */
  function track(key: string, expiresAt: Date | null, socket: WebSocket) {
    if ((socketsByToken.get(key)?.size ?? 0) >= limits.maxSocketsPerToken) return false;
    keep(socketsByToken, key, socket);
    // The session ends when it expires, as it does on logout.
    let expiry: NodeJS.Timeout | null = null;
    const wait = () => {
      const left = expiresAt!.getTime() - Date.now();
      expiry = left > 0 ? setTimeout(wait, Math.min(left, maxTimer)) : null;
      if (left <= 0) socket.close(closeCodes.unauthorized, 'Session expired');
    };
    if (expiresAt) wait();
    socket.once('close', () => expiry && clearTimeout(expiry));
    return true;
  }

  /**
   * The app as this socket's subscriptions see it: when events pile up for one, the socket is cut off at once if
   * its own sends are stuck (the client stopped reading), kept while they flow (the server itself is behind).
   */
  const appFor = (socket: WebSocket): App => {
    const onBacklog = (mustCut: boolean) => {
      if (!mustCut && socket.bufferedAmount === 0) return false;
      socket.terminate();
      return true;
    };
    return { ...app, pubsub: { ...app.pubsub, subscribe: (topic, signal) => app.pubsub.subscribe(topic, signal, onBacklog) } };
  };

  const disposable = serveGraphqlWs<Extra>(
    {
      schema,
      connectionInitWaitTimeout: limits.socketAuthTimeoutMs,
      subscribe: async (args) => {
        try {
          return await subscribeShared(args, sinks.get(args.contextValue as object)!);
        } finally {
          releaseScope(args.contextValue as Context);
        }
      },
      onConnect: async (ctx) => {
        const params = ctx.connectionParams ?? {};
        const authorization =
          typeof params.authorization === 'string' ? params.authorization : typeof params.visitorToken === 'string' ? `Visitor ${params.visitorToken}` : undefined;
        ctx.extra.authorization = authorization;
        ctx.extra.address = clientAddress(ctx.extra.request!, limits.trustProxyHops);
        // The upgrade request is not needed again: a socket should not hold its headers for hours.
        ctx.extra.request = undefined;
        const checkedAt = Date.now();
        const identity: Identity = await identify(authorization);
        if (identity.viewer && revoked.at(identity.viewer.tokenId) !== undefined) identity.viewer = null;
        if (!identity.viewer && !identity.visitor) {
          ctx.extra.socket.close(closeCodes.unauthorized, 'Unauthorized: send a token in connectionParams');
          return false;
        }
        const key = identity.viewer ? identity.viewer.tokenId : `visitor:${identity.visitor!.clientChannelId}`;
        if (!track(key, identity.viewer?.expiresAt ?? null, ctx.extra.socket)) {
          ctx.extra.socket.close(closeCodes.tooManySockets, `Too many sockets for this token: at most ${limits.maxSocketsPerToken}`);
          return false;
        }
        const { viewer } = identity;
        if (viewer) {
          // Checked before a change of the operator or the project that came meanwhile: what it read is old.
          if (Math.max(changed.at(viewer.project.id) ?? 0, (viewer.operator && changed.at(viewer.operator.id)) ?? 0) >= checkedAt) {
            ctx.extra.socket.close(closeCodes.viewerChanged, 'What you may do changed as you connected: reconnect');
            return false;
          }
          if (viewer.operator) keep(socketsByOperator, viewer.operator.id, ctx.extra.socket);
          keep(viewersByProject, viewer.project.id, ctx.extra.socket, viewer);
        }
        ctx.extra.app = appFor(ctx.extra.socket);
        ctx.extra.identity = identity;
        // Before the acknowledgement: a client that is connected is online.
        if (identity.viewer) await presence.hold(ctx.extra.socket, identity.viewer);
        // The position subscriptions resume from until their first event brings its own cursor.
        return { cursor: await streamPosition(app.orm) };
      },
      onSubscribe: async (ctx, id, given) => {
        const payload = takePayload(ctx.extra, id, given);
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerSocket) {
          return [refusal(`Too many subscriptions on this socket: at most ${limits.maxSubscriptionsPerSocket}. End some, or open another socket.`, 'SUBSCRIPTION_LIMIT')];
        }
        const address = ctx.extra.address ?? 'unknown';
        const credential = credentialOf(ctx.extra.authorization);
        const costBucket = costBucketOf(limits, credential, address);
        const { answer: admitted, refusal: throttledNow } = await admit(app.buckets, limits, costBucket, credential);
        if (throttledNow) return [throttledNow];
        const identity = ctx.extra.identity!;
        try {
          let document = documents.get(payload.query);
          if (!document) {
            document = parseOperation(payload.query, limits);
            const invalid = validate(schema, document, rules);
            if (invalid.length) {
              if (invalid.some(isLimitRefusal)) await penalize(app.buckets, limits, costBucket);
              return mayIntrospect(limits, identity) ? invalid : invalid.map(withoutSuggestion);
            }
            documents.set(payload.query, document);
          }
          const variables = payload.variables ?? undefined;
          const { requested, answer } = await passOperation(app, identity, costBucket, { schema, document, variables, operationName: payload.operationName });
          const contextValue = subscriptionContext(ctx.extra.app ?? app, identity, address, costBucket);
          const cost = costReport(costBucket, requested ?? 1, null, answer ?? admitted);
          sinks.set(contextValue, { socket: ctx.extra.socket, id, extensions: { cost } });
          return { schema, document, variableValues: variables, operationName: payload.operationName, contextValue };
        } catch (error) {
          if (!(error instanceof GraphQLError)) throw error;
          if (isLimitRefusal(error)) await penalize(app.buckets, limits, costBucket);
          return [error];
        }
      },
      // Unexpected failures reach the log, never the caller, whether they come with a result or alone.
      // (Events are sent by subscribeShared; this is the answer of a subscription refused as it starts.)
      onNext: (_ctx, _id, _payload, args, result) => {
        const cost = sinks.get(args.contextValue as object)?.extensions.cost;
        return { ...result, ...(result.errors ? { errors: result.errors.map(maskUnexpected) } : {}), extensions: { ...result.extensions, cost } };
      },
      // A socket cut off mid-send fails that send: nothing to log, nobody to tell.
      onError: (ctx, _id, _payload, errors) => (ctx.extra.socket.readyState === ctx.extra.socket.OPEN ? errors.map(maskUnexpected) : errors),
    },
    wsServer,
    // A gateway's trunk carries many callers' sockets, each handled here as a socket of this server's.
    { elsewhere: (socket, request) => trunks(socket, request) },
  );
  const trunks = gatewayTrunks(limits.trunkSecret, disposable.accept);

  return {
    /**
     * Tells every socket the server is going away (1001) and stops accepting new ones. A socket that has not
     * finished its closing handshake after 5 s is cut, so a stuck peer cannot hold the shutdown.
     */
    async stop() {
      await revocations.return?.();
      await viewerChanges.return?.();
      await Promise.all([closing, reconnecting]);
      const cut = setTimeout(() => {
        for (const socket of wsServer.clients) socket.terminate();
      }, 5_000);
      await disposable.dispose();
      clearTimeout(cut);
      await presence.stop();
    },
  };
}

const refusal = (message: string, code: string) => new GraphQLError(message, { extensions: { code } });

/**
 * A subscription's context. Its EntityManager fork and loaders are made only if its subscribe reads rows (most
 * only pick a topic), and let go once it listens (`releaseScope`): each event brings a scope shared by its
 * subscribers (`renewScope`), so a socket holds no identity map or loaders of its own between events.
 */
const subscriptionContext = (app: App, identity: Identity, address: string, costBucket: CostBucket): Context =>
  releaseScope({ app, ...identity, address, costBucket } as Context);

/**
 * Valid subscription documents by their text: thousands of operators subscribe with the same few documents, parsed
 * and validated once. Refused ones are not kept (each refusal is charged again); at most `max` are, the oldest
 * going first.
 */
class DocumentCache {
  #documents = new Map<string, DocumentNode>();
  max = 500;
  get(query: string) {
    return this.#documents.get(query);
  }
  set(query: string, document: DocumentNode) {
    if (this.#documents.size >= this.max) this.#documents.delete(this.#documents.keys().next().value!);
    this.#documents.set(query, document);
  }
}
