import { setTimeout as sleep } from 'node:timers/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { GraphQLError } from 'graphql';
import { credentialOf, identify } from '../auth/auth.service.ts';
import type { App, Context } from '../context.ts';
import { maskUnexpected } from '../graphql/errors.ts';
import { withRequestScope } from '../graphql/request-scope.ts';
import { schema } from '../graphql/schema.ts';
import { limitsPlugin } from '../limits/apollo-limits.plugin.ts';
import { mayIntrospect } from '../limits/introspection.ts';
import { asTokenRefusal, limitRules, tooComplex, type LimitKind } from '../limits/operation-limits.ts';
import { admit, costBucketOf, costReport, countBadCredential } from '../limits/throttle.ts';
import { readJsonBody, refused } from './body.ts';
import { clientAddress } from './client-address.ts';
import { answerPreflight, corsHeaders } from './cors.ts';

// Printed when first asked for, not at every start.
let sdl: string | undefined;

const noStore: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
      },
    };
  },
};

/** Apollo Server with the API's schema, limits and error masking (the benchmark's bare Apollo uses it too). */
export function createApollo(app: App) {
  const { limits } = app;
  return new ApolloServer<Context>({
    schema,
    // Apollo's cache control plugin, on by default, times every field of every answer for hints that this schema
    // never gives, then always answers `no-store`: that header, without the per-field work.
    // A federated subgraph's schema turns on Apollo's inline tracing (for Apollo's own router): not used here.
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(), noStore, limitsPlugin(app)],
    // Decided per caller by limitsPlugin (limits/introspection.ts), not by how the process started.
    introspection: true,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: limitRules(limits),
    includeStacktraceInErrorResponses: false,
    // The process owner (main.ts) decides the shutdown order; Apollo must not handle signals itself.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => {
      if (!(error instanceof GraphQLError)) return formatted;
      // Apollo files every validation error under GRAPHQL_VALIDATION_FAILED: a limit's refusal keeps its own code.
      const limited = error.extensions.limit ? tooComplex(error.extensions.limit as LimitKind, Number(error.extensions.maximum), error.extensions.value as number | null, error.message) : null;
      return maskUnexpected(limited ?? asTokenRefusal(error, limits));
    },
  });
}

/** `/graphql` over HTTP (Apollo Server) and `/graphql/schema.graphql`, behind the API's limits. */
export async function createGraphqlHttp(app: App) {
  const { limits } = app;
  const apollo = createApollo(app);
  await apollo.start();

  async function handle(req: IncomingMessage, res: ServerResponse, url: URL) {
    if (answerPreflight(limits, req, res)) return;
    const cors = corsHeaders(limits, req);
    const address = clientAddress(req, limits.trustProxyHops);
    const credential = credentialOf(req.headers.authorization);
    const costBucket = costBucketOf(limits, credential, address);

    // A throttled caller is answered before the database is asked who it is, and before its body is read; after a
    // short wait, so that a loop of throttled requests takes a connection's time rather than the server's.
    const { answer: admitted, refusal } = await admit(app.buckets, limits, costBucket, credential);
    if (refusal) {
      await sleep(Math.min(admitted.retryAfterMs || limits.throttledAnswerDelayMs, limits.throttledAnswerDelayMs));
      const headers = { ...cors, 'content-type': 'application/json', 'retry-after': String(refusal.extensions.retryAfter) };
      return void res.writeHead(429, headers).end(JSON.stringify({ errors: [maskUnexpected(refusal)], extensions: { cost: costReport(costBucket, 1, null, admitted) } }));
    }
    // A cached token asks the database nothing (auth/viewer-cache.ts).
    const identity = await identify(app, credential);
    if (credential && !identity.viewer && !identity.visitor) await countBadCredential(app.buckets, limits, costBucket);

    if (url.pathname === '/graphql/schema.graphql') {
      if (!mayIntrospect(limits, identity)) return void res.writeHead(401, { ...cors, 'content-type': 'text/plain' }).end('Send an operator session or an API token as `Authorization: Bearer …`.');
      return void res.writeHead(200, { ...cors, 'content-type': 'text/plain; charset=utf-8' }).end((sdl ??= printSchemaWithDirectives(schema)));
    }

    const body = req.method === 'POST' ? await readJsonBody(req, res, limits.maxBodyBytes, cors) : undefined;
    if (body === refused) return;
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, String(value));
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      // The EntityManager fork and the loaders are made only if a resolver asks for them.
      context: async () => withRequestScope(app, { app, ...identity, address, costBucket }),
    });
    res.writeHead(response.status ?? 200, { ...Object.fromEntries(response.headers), ...cors });
    if (response.body.kind === 'complete') return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  return { handle, stop: () => apollo.stop() };
}
