import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rootDir } from './config.ts';
import type { App } from './context.ts';
import { handleFileRequest } from './files/file.http.ts';
import { handleBroadcastResults } from './broadcasts/broadcast-results.http.ts';
import { handleWebhook } from './channels/inbound/webhook.http.ts';
import { answerPreflight, corsHeaders } from './http/cors.ts';
import { graphiqlPage, graphiqlVendorFiles } from './http/graphiql.ts';
import { createGraphqlHttp } from './http/graphql-http.ts';
import { attachGraphqlWs } from './http/graphql-ws.ts';
import { sendFile } from './http/static-files.ts';
import { once } from './lib/once.ts';
import { deliveryHealth } from './messages/delivery-health.ts';
import { widgetLauncherScript } from './widget/widget-launcher.ts';

const webDist = `${rootDir}web/dist`;

export type ApiServer = { url: string; port: number; stop: () => Promise<void> };

export async function startApiServer(app: App, options: { host: string; port: number; readiness?: () => Promise<boolean> }) {
  const graphqlHttp = await createGraphqlHttp(app);

  const httpServer = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[http]', error);
      if (!res.headersSent) res.writeHead(500).end('Internal server error');
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    if (path === '/graphql' || path === '/graphql/schema.graphql') return graphqlHttp.handle(req, res, url);
    if (path === '/files' || path.startsWith('/files/')) {
      // Third-party apps upload and download from their own origins, like the GraphQL calls.
      if (answerPreflight(app.limits, req, res)) return;
      for (const [name, value] of Object.entries(corsHeaders(app.limits, req))) res.setHeader(name, value);
    }
    if (await handleFileRequest(app, req, res, url)) return;
    if (await handleBroadcastResults(app, req, res, url)) return;
    if (await handleWebhook(app, req, res, url)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    if (path === '/healthz') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
    // For monitoring, apart from /readyz (a stalled delivery must not take the api nodes out of a load balancer).
    if (path === '/readyz/delivery') {
      const health = await deliveryHealth(app.orm.em.fork(), app.workers, null);
      const body = JSON.stringify({ ...health, oldestQueuedAt: health.oldestQueuedAt?.toISOString() ?? null });
      return void res.writeHead(health.delayed ? 503 : 200, { 'content-type': 'application/json' }).end(body);
    }
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

  const graphqlWs = await attachGraphqlWs(app, httpServer);

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
      await graphqlHttp.stop();
    }),
  } satisfies ApiServer;
}
