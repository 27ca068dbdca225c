import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createYoga } from 'graphql-yoga';
import { createOrdersSchema } from './orders.ts';

/** The orders subgraph on `/graphql` (GraphQL Yoga: queries and mutations over HTTP, subscriptions over SSE). */
export async function startOrdersServer(options: { host?: string; port?: number } = {}) {
  const yoga = createYoga({ schema: createOrdersSchema(), graphqlEndpoint: '/graphql', landingPage: false, logging: 'warn' });
  const server = createServer(yoga);
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
