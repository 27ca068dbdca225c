// Subscriptions the inbox answers alone pass through the gateway as they are. Hive Gateway plans, executes and
// serializes every event once per subscriber, with one socket to the inbox per caller's token: federation needs that
// for a selection that reaches another subgraph (`client { orders { total } }`), and it costs the inbox's own
// subscriptions hundreds of milliseconds once thousands of operators listen (the README's figures). A subscription
// valid against the inbox's own schema needs nothing from another subgraph, so its subscribe message goes on to the
// inbox over a socket of the caller's own (its connectionParams, its address in X-Forwarded-For; one of the many a
// trunk carries, inbox-trunk.ts), and the inbox's frames come back as the inbox wrote them: the inbox keeps all the
// authorisation, the limits, the cost, the sharing of executions between operators and the resume points, exactly
// as for a client of its own. Everything else on the socket (queries, mutations, federated subscriptions) is Hive
// Gateway's.
import type { IncomingMessage } from 'node:http';
import { buildASTSchema, Kind, parse, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { CloseCode, MessageType } from 'graphql-ws';
import type WebSocket from 'ws';
import type { inboxTrunks, Upstream } from './inbox-trunk.ts';
import { SERVICE_RESTART } from './inbox-ws-transport.ts';

/** A caller's socket as the passthrough sees it: its `ws` socket and upgrade request, and its own state. */
export type PassthroughExtra = { socket: WebSocket; request: IncomingMessage; passthrough?: CallerState };

type CallerState = {
  /** The graphql-ws subscriptions Hive Gateway runs on this socket (graphql-ws's context), for the ids they take. */
  subscriptions: Record<string, unknown>;
  /** The ids of the subscriptions passed through. */
  ids: Set<string>;
  /** The caller's own socket to the inbox, acknowledged. */
  upstream: Upstream;
};

export type PassthroughOptions = {
  /** The trunks to the inbox that carry the callers' sockets to it; null: nothing passes through. */
  trunks: ReturnType<typeof inboxTrunks> | null;
  /** The inbox's own schema (its SDL, federation directives and all). */
  typeDefs: DocumentNode;
  maxTokens: number;
  /** The caller's X-Forwarded-For, as the gateway passes it on. */
  forwardedFor(request: IncomingMessage): string;
};

// Past this, the caller's socket is not reading fast enough.
const highWaterBytes = 1 << 20;

// A frame the inbox wrote starts with its id and type (graphql-ws's and the inbox's own serializer put them first).
const frameHead = /^\{"id":"((?:[^"\\]|\\.)*)","type":"(\w+)"/;
const frameTypeOnly = /^\{"type":"(\w+)"/;

export function inboxPassthrough(options: PassthroughOptions) {
  const schema = buildASTSchema(options.typeDefs, { assumeValidSDL: true });
  // Whether the inbox answers a document alone, by its text and operation name (a few distinct documents in real life:
  // the web's and each integration's; forgotten all at once when a caller sends too many different ones).
  const verdicts = new Map<string, boolean>();
  /** What passed through since start: subscriptions, and callers' sockets to the inbox (acknowledged by it). */
  const counts = { subscriptions: 0, sockets: 0 };

  const inboxAlone = (query: string, operationName: unknown) => {
    const key = `${typeof operationName === 'string' ? operationName : ''}\n${query}`;
    let verdict = verdicts.get(key);
    if (verdict === undefined) {
      verdict = subscriptionOfInbox(query, typeof operationName === 'string' ? operationName : undefined);
      if (verdicts.size >= 1000) verdicts.clear();
      verdicts.set(key, verdict);
    }
    return verdict;
  };

  const subscriptionOfInbox = (query: string, operationName: string | undefined) => {
    let document: DocumentNode;
    try {
      document = parse(query, { maxTokens: options.maxTokens });
    } catch {
      return false;
    }
    const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
    const operation = operationName ? operations.find((candidate) => candidate.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
    return operation?.operation === 'subscription' && validate(schema, document).length === 0;
  };

  /**
   * The caller's own socket to the inbox (on a trunk), signed in with the caller's connectionParams: the inbox's
   * acknowledgement (its stream position), or null when the inbox refused the caller (then closed as the inbox closed it).
   */
  const open = (extra: PassthroughExtra, connectionParams: Record<string, unknown>, subscriptions: Record<string, unknown>) =>
    new Promise<Record<string, unknown> | null>((acknowledged) => {
      const caller = extra.socket;
      const upstream = options.trunks!.connect(options.forwardedFor(extra.request));
      const state: CallerState = { subscriptions, ids: new Set(), upstream };
      const pass = (frame: Buffer | string) => {
        if (caller.readyState !== caller.OPEN) return;
        caller.send(frame, { binary: false });
        // A caller that stopped reading is cut, as the inbox cuts its own: its frames are not kept here.
        if (caller.bufferedAmount > highWaterBytes) caller.terminate();
      };
      upstream.send(JSON.stringify({ type: MessageType.ConnectionInit, payload: connectionParams }));
      upstream.on('message', (frame) => {
        const head = frame.toString('utf8', 0, 200);
        const [, id, type] = frameHead.exec(head) ?? [undefined, undefined, frameTypeOnly.exec(head)?.[1]];
        if (type === MessageType.ConnectionAck) {
          extra.passthrough = state;
          counts.sockets++;
          return acknowledged((JSON.parse(frame.toString()) as { payload?: Record<string, unknown> }).payload ?? {});
        }
        if (type === MessageType.Ping) return upstream.send(JSON.stringify({ type: MessageType.Pong }));
        if (type === MessageType.Pong) return;
        if (id !== undefined && (type === MessageType.Complete || type === MessageType.Error)) state.ids.delete(JSON.parse(`"${id}"`) as string);
        pass(frame);
      });
      upstream.on('next', pass);
      upstream.once('close', (code, reason) => {
        acknowledged(null);
        if (caller.readyState !== caller.OPEN) return;
        // The inbox's own refusals (4401, 4403, 4430, 4431 for a changed role…) and a message too big for it (1009)
        // reach the caller as they are; one it cut (a slow reader) is cut; a node that went away is a service restart,
        // which graphql-ws clients retry, resuming from their last cursor.
        if (code === 1006) caller.terminate();
        else if ((code >= 4000 && code < 5000) || code === 1009) caller.close(code, reason);
        else caller.close(SERVICE_RESTART, 'The api node went away: connect again and resume');
      });
      caller.once('close', () => upstream.terminate());
    });

  return {
    counts,
    /**
     * A caller's connection_init: a caller that presents credentials gets its own socket to the inbox, and the
     * inbox's acknowledgement (false when the inbox refused it, and closed it). One that presents none is Hive
     * Gateway's alone (the inbox would refuse its subscriptions, through Hive Gateway as directly).
     */
    async connect(extra: PassthroughExtra, connectionParams: Record<string, unknown> | undefined, subscriptions: Record<string, unknown>) {
      if (!options.trunks || !connectionParams || !Object.keys(connectionParams).length) return null;
      return (await open(extra, connectionParams, subscriptions)) ?? false;
    },

    /** A caller's message: to the inbox (null), or on to Hive Gateway's graphql-ws server (the text). */
    receive(text: string, extra: PassthroughExtra): string | null {
      const state = extra.passthrough;
      if (!state || !(text.includes(MessageType.Subscribe) || text.includes(MessageType.Complete))) return text;
      let message: { id?: unknown; type?: unknown; payload?: { query?: unknown; operationName?: unknown } | null };
      try {
        message = (JSON.parse(text) ?? {}) as typeof message;
      } catch {
        return text;
      }
      const { id, type, payload } = message;
      if (typeof id !== 'string') return text;
      if (type === MessageType.Complete) {
        if (!state.ids.delete(id)) return text;
        state.upstream.send(text);
        return null;
      }
      if (type !== MessageType.Subscribe) return text;
      if (state.ids.has(id) || id in state.subscriptions) {
        extra.socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${id} already exists`);
        return null;
      }
      if (typeof payload?.query !== 'string' || !inboxAlone(payload.query, payload.operationName)) return text;
      state.ids.add(id);
      counts.subscriptions++;
      state.upstream.send(text);
      return null;
    },
  };
}
