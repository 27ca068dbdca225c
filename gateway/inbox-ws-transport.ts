// The gateway's graphql-ws transport to the inbox: Hive Gateway's own (@graphql-mesh/transport-ws builds the same
// executor) with one rule changed. Its socket to an api node never reconnects by itself: graphql-ws would subscribe
// again with the first subscribe's variables, so a resuming subscription would get again what it had (its `after` is
// stale) and one without `after` would miss what happened meanwhile. Instead, the callers' sockets that used it are
// closed, 1012 (service restart, which graphql-ws clients retry): they connect again through the gateway, to
// whichever node the load balancer picks, and resume from the cursor of the last answer they got, each event once.
import type { DisposableExecutor, TransportGetSubgraphExecutorOptions } from '@graphql-mesh/transport-common';
import { buildGraphQLWSExecutor } from '@graphql-tools/executor-graphql-ws';
import type { ExecutionRequest } from '@graphql-tools/utils';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

type CallerSocket = { close(code: number, reason: string): void; once(event: 'close', listener: () => void): unknown };
type Context = { headers?: Record<string, string | undefined>; socket?: CallerSocket };
type Upstream = { executor: ReturnType<typeof buildGraphQLWSExecutor>; callers: Set<CallerSocket>; dispose: () => Promise<void> };

export const SERVICE_RESTART = 1012;
// graphql-ws's lazy close once no subscription is left: nothing was lost.
const NORMAL_CLOSE = 1000;

const closeCode = (event: unknown) => (typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number' ? event.code : undefined);

export default {
  getSubgraphExecutor({ transportEntry }: TransportGetSubgraphExecutorOptions): DisposableExecutor {
    const url = transportEntry.location!.replace(/^http/, 'ws');
    // One socket per caller's credentials, as Hive Gateway's transport keeps them.
    const upstreams = new Map<string, Upstream>();

    const open = (authorization: string | undefined) => {
      const callers = new Set<CallerSocket>();
      const client = createClient({
        url,
        webSocketImpl: WebSocket,
        lazy: true,
        lazyCloseTimeout: 3000,
        retryAttempts: 0,
        connectionParams: authorization ? { authorization } : {},
        on: {
          closed: (event) => {
            if (upstreams.get(authorization ?? '') === upstream) upstreams.delete(authorization ?? '');
            const code = closeCode(event);
            if (code === NORMAL_CLOSE) return;
            // The inbox's own refusals (4401, 4403, and 4431 for a changed role) reach the caller as they are.
            const [callerCode, reason] = code && code >= 4000 && code < 5000 ? [code, 'Closed by the inbox'] : [SERVICE_RESTART, 'The api node went away: connect again and resume'];
            for (const socket of callers) socket.close(callerCode, reason);
          },
        },
      });
      const upstream: Upstream = { executor: buildGraphQLWSExecutor(client), callers, dispose: () => client.dispose() as Promise<void> };
      return upstream;
    };

    const executor = (request: ExecutionRequest) => {
      const context = request.context as Context | undefined;
      const authorization = context?.headers?.authorization;
      let upstream = upstreams.get(authorization ?? '');
      if (!upstream) upstreams.set(authorization ?? '', (upstream = open(authorization)));
      const socket = context?.socket;
      if (socket && !upstream.callers.has(socket)) {
        const { callers } = upstream;
        callers.add(socket);
        socket.once('close', () => callers.delete(socket));
      }
      return upstream.executor(request);
    };
    return Object.assign(executor, { [Symbol.asyncDispose]: async () => void (await Promise.all([...upstreams.values()].map((upstream) => upstream.dispose()))) });
  },
};
