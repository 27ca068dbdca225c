import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { createGatewayRuntime, getGraphQLWSOptions, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Plugin } from 'graphql-yoga';
import { GraphQLError, NoSchemaIntrospectionCustomRule, parse, validate } from 'graphql';
import { WebSocketServer } from 'ws';
import { serveGraphqlWs, type SocketExtra } from '../api/src/http/graphql-ws-server.ts';
import { limitsFromEnv, type Limits } from '../api/src/limits/limits.ts';
import { asTokenRefusal, limitRules } from '../api/src/limits/operation-limits.ts';
import { inboxPassthrough, type PassthroughExtra } from './inbox-passthrough.ts';
import { inboxTrunks } from './inbox-trunk.ts';
import { useResumeCursor } from './resume-cursor.ts';
import { subgraphs, supergraphPath } from './subgraphs.ts';

type Extra = SocketExtra & PassthroughExtra;

export type GatewayOptions = {
  host?: string;
  port?: number;
  /** Subgraph addresses by name, over the supergraph's (`GATEWAY_SUBGRAPH_<NAME>_URL` in gateway/main.ts). */
  subgraphUrls?: Record<string, string>;
  limits?: Limits;
  /**
   * Subscriptions the inbox answers alone pass through to it (inbox-passthrough.ts), on trunks opened with
   * `limits.trunkSecret`; false (or no secret) has Hive Gateway execute them too, as the federated ones
   * (`GATEWAY_PASSTHROUGH=0`: for Hive plugins that must see every event).
   */
  passthrough?: boolean;
  /** Trunks to the inbox (`GATEWAY_TRUNKS`): at least one per api node behind the balancer. */
  trunks?: number;
};

// The caller's credentials, as each subgraph takes them: the client's `Authorization` header, or the
// `authorization` of its graphql-ws connectionParams (Hive Gateway merges those into `context.headers`).
const authorization = '{context.headers.authorization}';

// The API's own limits, before the gateway plans anything: the same depth, alias, directive and token rules, and
// the same QUERY_TOO_COMPLEX refusals. Cost and throttling stay with the inbox subgraph, which charges each fetch.
function useInboxLimits(limits: Limits): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: limits.maxTokens });
        } catch (error) {
          throw error instanceof Error && 'extensions' in error ? asTokenRefusal(error as never, limits) : error;
        }
      });
    },
    onValidate({ addValidationRule }) {
      for (const rule of limitRules(limits)) addValidationRule(rule);
    },
  };
}

// The inbox keeps its per-address limits (anonymous cost, tokens that work for nobody) per caller, not for the
// gateway as a whole: the gateway appends the caller's address to X-Forwarded-For, as any proxy does, and the api
// behind it runs with TRUST_PROXY_HOPS=1 (one more per proxy in front of the gateway).
function forwardedFor(req: IncomingMessage | undefined): Record<string, string> {
  const address = req?.socket?.remoteAddress;
  if (!address) return {};
  const forwarded = req.headers['x-forwarded-for'];
  return { 'x-forwarded-for': forwarded ? `${String(forwarded)}, ${address}` : address };
}

function useForwardedFor(): GatewayPlugin {
  return {
    onFetch({ context, options, setOptions }) {
      setOptions({ ...options, headers: { ...options.headers, ...forwardedFor((context as { req?: IncomingMessage } | undefined)?.req) } });
    },
  };
}

// Introspection follows the inbox's rule (signed-in operators and API tokens): the gateway does not decide who
// that is, it asks the inbox, whose `_service` answers exactly those callers (api/src/limits/introspection.ts).
function useInboxIntrospectionRule(inboxUrl: string): Plugin<{ headers?: Record<string, string | undefined>; req?: IncomingMessage }> {
  const mayIntrospect = async (authorization: string | undefined, req: IncomingMessage | undefined) => {
    if (!authorization) return false;
    const headers = { 'content-type': 'application/json', authorization, ...forwardedFor(req) };
    const response = await fetch(inboxUrl, { method: 'POST', headers, body: JSON.stringify({ query: '{ _service { __typename } }' }) });
    const body = (await response.json().catch(() => null)) as { data?: unknown; errors?: unknown[] } | null;
    return response.ok && !!body?.data && !body.errors;
  };
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (!validate(args.schema, args.document, [NoSchemaIntrospectionCustomRule]).length) return;
      if (await mayIntrospect(args.contextValue.headers?.authorization, args.contextValue.req)) return;
      setResultAndStopExecution({
        errors: [new GraphQLError('Introspection is for signed-in callers: send an operator session or an API token as `Authorization: Bearer …`.', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } })],
      });
    },
  };
}

const subgraphLocation = (options: GatewayOptions, name: string) => options.subgraphUrls?.[name] ?? subgraphs.find((subgraph) => subgraph.name === name)!.url;

// A graphql-ws socket of the inbox is acknowledged with the stream position (`{ cursor }`), where a client's first
// subscriptions resume from until their first event brings its own. A caller's socket that passes through has the
// inbox's own acknowledgement; otherwise (GATEWAY_PASSTHROUGH=0, or a caller without credentials) the gateway asks the
// inbox for the position with the caller's credentials, so a client resumes through it as it does on the api. Without
// credentials the inbox answers none, and the socket gets no cursor.
async function streamPosition(inboxUrl: string, authorization: unknown, req: IncomingMessage) {
  if (typeof authorization !== 'string') return true;
  const headers = { 'content-type': 'application/json', authorization, ...forwardedFor(req) };
  const response = await fetch(inboxUrl, { method: 'POST', headers, body: JSON.stringify({ query: '{ streamPosition }' }) }).catch(() => null);
  const body = (await response?.json().catch(() => null)) as { data?: { streamPosition?: unknown } } | null;
  const cursor = body?.data?.streamPosition;
  return typeof cursor === 'string' ? { cursor } : true;
}

/** Hive Gateway's runtime over the committed supergraph; the subgraphs do all the authorisation. */
export function createGateway(options: GatewayOptions = {}) {
  const limits = options.limits ?? limitsFromEnv();
  const location = (name: string) => subgraphLocation(options, name);
  return createGatewayRuntime({
    supergraph: readFileSync(supergraphPath, 'utf8'),
    // Hive Gateway's HTTP transport; for graphql-ws ours (inbox-ws-transport.ts), which hands a lost api node's
    // subscriptions back to their callers to resume instead of subscribing again with stale variables.
    transports: { http: import('@graphql-mesh/transport-http'), ws: import('./inbox-ws-transport.ts') },
    transportEntries: Object.fromEntries(
      subgraphs.map(({ name }) => [
        name,
        {
          location: location(name),
          headers: [['authorization', authorization]],
          // The inbox's subscriptions over graphql-ws, one socket per caller's token; the others' over SSE.
          ...(name === 'inbox' ? { options: { subscriptions: { kind: 'ws', location: location(name), options: { connectionParams: { authorization } } } } } : {}),
        },
      ]),
    ),
    plugins: () => [useInboxLimits(limits), useInboxIntrospectionRule(location('inbox')), useForwardedFor(), useResumeCursor()],
    // The API's CORS rule (CORS_ORIGINS; credentials only in the Authorization header, so none for cookies).
    cors: (request) => {
      const origin = request.headers.get('origin');
      if (!origin || !(limits.corsOrigins.includes('*') || limits.corsOrigins.includes(origin))) return false;
      return { origin, credentials: false, methods: ['GET', 'POST'], allowedHeaders: ['authorization', 'content-type', 'accept'], exposedHeaders: ['retry-after'], maxAge: 600 };
    },
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: 'warn',
  });
}

/** The gateway on HTTP (queries, mutations, SSE subscriptions) and graphql-ws, both on `/graphql`. */
export async function startGateway(options: GatewayOptions = {}) {
  const limits = options.limits ?? limitsFromEnv();
  const gateway = createGateway({ ...options, limits });
  // The supergraph is loaded before the first caller: graphql-ws's subscribe does not wait for it as HTTP does, and a
  // socket's first subscribe would meet no schema (every one of them, after a restart with sockets reconnecting).
  await gateway.getSchema();
  const server = createServer((req, res) => {
    // A body past the API's limit is refused as the api refuses it, from its Content-Length, before it is read.
    if (Number(req.headers['content-length'] ?? 0) > limits.maxBodyBytes) return void res.writeHead(413, { connection: 'close' }).end();
    void gateway(req, res);
  });
  const wsServer = new WebSocketServer({ server, path: '/graphql', maxPayload: limits.maxBodyBytes });
  const inboxUrl = subgraphLocation(options, 'inbox');
  const secret = options.passthrough === false ? null : limits.trunkSecret;
  if (options.passthrough !== false && !secret) console.warn('[gateway] GATEWAY_TRUNK_SECRET is unset: Hive Gateway executes the inbox’s subscriptions for each subscriber');
  const trunks = secret ? inboxTrunks({ url: inboxUrl.replace(/^http/, 'ws'), secret, count: options.trunks ?? 4, maxBytes: limits.maxBodyBytes }) : null;
  const passthrough = inboxPassthrough({
    trunks,
    typeDefs: subgraphs.find(({ name }) => name === 'inbox')!.typeDefs,
    maxTokens: limits.maxTokens,
    forwardedFor: (request) => forwardedFor(request)['x-forwarded-for'] ?? '',
  });
  const ws = serveGraphqlWs<Extra>(
    {
      ...getGraphQLWSOptions<Record<string, unknown>, Extra>(gateway, (ctx) => ({ req: ctx.extra.request, socket: ctx.extra.socket })),
      // A caller with credentials is acknowledged by the inbox, over its own socket to it on a trunk (inbox-passthrough.ts).
      onConnect: async (ctx) => {
        const acknowledgement = await passthrough.connect(ctx.extra, ctx.connectionParams, ctx.subscriptions);
        return acknowledgement ?? streamPosition(inboxUrl, ctx.connectionParams?.['authorization'], ctx.extra.request);
      },
    },
    wsServer,
    { receive: passthrough.receive },
  );
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}`,
    port,
    /** What passed through to the inbox as it is (inbox-passthrough.ts). */
    passthrough: passthrough.counts,
    /** Trunks to the inbox open now (inbox-trunk.ts). */
    trunks: () => trunks?.count() ?? 0,
    async stop() {
      await ws.dispose();
      trunks?.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await gateway.dispose();
    },
  };
}
