import { randomUUID } from 'node:crypto';
import type { WebSocket } from 'ws';
import type { App, Viewer } from '../context.ts';
import { chainedBatches } from '../db/chained-batches.ts';
import { nextLapse, releaseLeases, renewLeases, sweepLapsed, type HeldSocket } from './presence-lease.service.ts';

export type PresenceKeeper = {
  /** The operator is online while this socket is open (API tokens and visitors hold no presence). */
  hold(socket: WebSocket, viewer: Viewer): Promise<void>;
  /** Stops renewing and sweeping once the releases of closed sockets are written. */
  stop(): Promise<void>;
};

// Leases renewed by the node holding the socket, rather than by client messages: a browser answers the server's
// WebSocket pings itself (graphql-ws's useServer cuts a socket whose pong is missing), even in a background tab
// whose timers are throttled; so a lease runs while its socket is open and the node holding it is alive.

/**
 * This api node's part of presence: every heartbeat it renews the leases of the operator sockets open on it; a
 * closing socket's lease is cut to the grace; and it sweeps, at the next lapse of any node's lease (a heartbeat at
 * the latest), announcing the operators left without one. Every node sweeps, so a node killed outright is noticed
 * by the others; each lapse is claimed by one of them.
 */
export function startPresenceKeeper(app: App): PresenceKeeper {
  const { ttlMs, heartbeatMs, graceMs } = app.presence;
  const held = new Map<WebSocket, HeldSocket & { taken: Promise<void> }>();
  const pending = new Set<Promise<unknown>>();
  let stopped = false;

  const track = (work: Promise<unknown>, what: string) => {
    const running = work.catch((error: unknown) => console.error(`[presence] ${what} failed`, error));
    pending.add(running);
    void running.finally(() => pending.delete(running));
    return running;
  };

  // Leases of sockets opening together are taken in one statement: a thousand operators reconnecting after a
  // restart cost a few transactions, not a thousand queued on their rows' locks.
  const take = chainedBatches<HeldSocket, void>(async (leases) => {
    await renewLeases(app, app.orm.em.fork(), leases, ttlMs);
    return leases.map(() => undefined);
  });
  // Likewise the releases of sockets closing together.
  const release = chainedBatches<string, void>(async (ids) => {
    await releaseLeases(app, app.orm.em.fork(), ids, graceMs);
    return ids.map(() => undefined);
  });

  let renewing = false;
  const heartbeat = setInterval(() => {
    if (renewing || !held.size) return;
    renewing = true;
    void track(renewLeases(app, app.orm.em.fork(), [...held.values()], ttlMs), 'renewal').finally(() => (renewing = false));
  }, heartbeatMs);

  // The sweep: one timer, set for the earliest moment anyone asked for.
  let timer: NodeJS.Timeout | undefined;
  let timerAt = Infinity;
  let sweeping = false;
  let askedDuringSweep = Infinity;
  const wakeAt = (at: number) => {
    if (stopped) return;
    if (sweeping) return void (askedDuringSweep = Math.min(askedDuringSweep, at));
    if (at >= timerAt) return;
    clearTimeout(timer);
    timerAt = at;
    timer = setTimeout(() => void track(sweep(), 'sweep'), Math.max(0, at - Date.now()));
  };
  const sweep = async () => {
    timerAt = Infinity;
    sweeping = true;
    let next = Date.now() + heartbeatMs;
    try {
      const em = app.orm.em.fork();
      await sweepLapsed(app, em);
      const lapse = await nextLapse(em);
      // Not sooner than 50 ms: a lapse another node is claiming right now is skipped, not waited for.
      if (lapse) next = Math.min(next, Math.max(lapse.getTime(), Date.now() + 50));
    } finally {
      sweeping = false;
      wakeAt(Math.min(next, askedDuringSweep));
      askedDuringSweep = Infinity;
    }
  };
  wakeAt(Date.now());

  return {
    async hold(socket, viewer) {
      if (!viewer.operator || stopped || socket.readyState !== socket.OPEN) return;
      const lease = { id: randomUUID(), operatorId: viewer.operator.id, tokenId: viewer.tokenId, taken: Promise.resolve() };
      lease.taken = track(take(lease), 'lease').then(() => undefined);
      held.set(socket, lease);
      socket.once('close', () => {
        held.delete(socket);
        void track(lease.taken.then(() => release(lease.id)), 'release').then(() => wakeAt(Date.now() + graceMs));
      });
      await lease.taken;
    },
    async stop() {
      stopped = true;
      clearInterval(heartbeat);
      clearTimeout(timer);
      while (pending.size) await Promise.all(pending);
    },
  };
}
