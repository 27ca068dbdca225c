import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { authenticate } from './auth/auth.service.ts';
import { GraphQLError } from 'graphql';
import { rootDir } from './config.ts';
import type { App, Context } from './context.ts';
import { handleFileRequest } from './files/file.http.ts';
import { maskUnexpected } from './graphql/errors.ts';
import { requestScope } from './graphql/request-scope.ts';
import { schema } from './graphql/schema.ts';
import { graphiqlPage, graphiqlVendorFiles } from './http/graphiql.ts';
import { attachGraphqlWs } from './http/graphql-ws.ts';
import { sendFile } from './http/static-files.ts';
import { once } from './lib/once.ts';
import { widgetLauncherScript } from './widget/widget-launcher.ts';

const webDist = `${rootDir}web/dist`;
const maxBodyBytes = 1024 * 1024;

export type ApiServer = { url: string; port: number; stop: () => Promise<void> };

export async function startApiServer(app: App, options: { host: string; port: number; readiness?: () => Promise<boolean> }) {
  const apollo = new ApolloServer<Context>({
    schema,
    plugins: [ApolloServerPluginLandingPageDisabled()],
    includeStacktraceInErrorResponses: false,
    // The process owner (main.ts) decides the shutdown order; Apollo must not handle signals itself.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => (error instanceof GraphQLError ? { ...formatted, ...maskUnexpected(error) } : formatted),
  });
  await apollo.start();

  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[http]', error);
      if (!res.headersSent) res.writeHead(500).end('Internal server error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/graphql') return graphqlHttp(req, res, url);
    if (await handleFileRequest(app, req, res, url)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    if (path === '/healthz') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    if (path === '/readyz') {
      const ready = (await options.readiness?.().catch(() => false)) ?? true;
      return void res.writeHead(ready ? 200 : 503, { 'content-type': 'text/plain' }).end(ready ? 'ready' : 'not ready');
    }
    if (path === '/graphiql') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(graphiqlPage);
    if (path.startsWith('/graphiql/vendor/')) {
      const file = graphiqlVendorFiles[path.slice('/graphiql/vendor/'.length)];
      if (file && (await sendFile(res, file.dir, file.path, 'immutable'))) return;
      return void res.writeHead(404).end();
    }
    if (path === '/widget.js') {
      return void res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'public, max-age=3600' }).end(widgetLauncherScript);
    }
    // The widget is made to be framed by the businesses' sites; the inbox never is (no clickjacking).
    if (path.startsWith('/widget/')) return sendPage(res, 'widget.html', {});
    if (path.startsWith('/assets/') && (await sendFile(res, webDist, path, 'immutable'))) return;
    if (path !== '/' && path !== '/index.html' && (await sendFile(res, webDist, path))) return;
    return sendPage(res, 'index.html', { 'x-frame-options': 'DENY', 'content-security-policy': "frame-ancestors 'none'" });
  }

  async function sendPage(res: ServerResponse, page: string, headers: Record<string, string>) {
    if (await sendFile(res, webDist, page, 'none', headers)) return;
    res.writeHead(503, { 'content-type': 'text/plain' }).end('The web inbox is not built: run `npm run build`.');
  }

  async function graphqlHttp(req: IncomingMessage, res: ServerResponse, url: URL) {
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    if (body instanceof Error) return void res.writeHead(body.message === 'too large' ? 413 : 400).end(body.message);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(key, String(value));
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => {
        const scope = requestScope(app);
        return { app, ...scope, ...(await authenticate(scope.em, req.headers.authorization)) };
      },
    });
    const outHeaders = Object.fromEntries(response.headers);
    res.writeHead(response.status ?? 200, outHeaders);
    if (response.body.kind === 'complete') return void res.end(response.body.string);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  const graphqlWs = await attachGraphqlWs(app, httpServer, maxBodyBytes);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;

  return {
    port,
    url: `http://${options.host === '0.0.0.0' ? '127.0.0.1' : options.host}:${port}`,
    /** Graceful: no new connections, in-flight requests finish, sockets are told the server is going away. */
    stop: once(async () => {
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await graphqlWs.stop();
      // Keep-alive connections close as soon as their last response is out; after 10 s, whatever is left.
      const idle = setInterval(() => httpServer.closeIdleConnections(), 50);
      const forced = setTimeout(() => httpServer.closeAllConnections(), 10_000);
      await closed;
      clearInterval(idle);
      clearTimeout(forced);
      await apollo.stop();
    }),
  } satisfies ApiServer;
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBodyBytes) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > maxBodyBytes) return resolve(new Error('too large'));
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        resolve(new Error('The request body is not valid JSON.'));
      }
    });
  });
}
