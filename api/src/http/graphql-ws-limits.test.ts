import { randomUUID } from 'node:crypto';
import type { Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collect, startTestApi, type TestApi } from '../../test/harness.ts';
import { createApiToken } from '../auth/api-token.service.ts';
import { tokenHash } from '../auth/tokens.ts';
import { maxEventBacklog, topics } from '../pubsub/pubsub.ts';

// The socket limits of graphql-ws.ts, each set small so that a test reaches it quickly.
const limits = { maxSubscriptionsPerSocket: 3, maxSocketsPerToken: 2, socketAuthTimeoutMs: 1_000 };

let api: TestApi;
let projectId: string;
let clientIds: string[];

beforeAll(async () => {
  api = await startTestApi({ worker: false, limits });
  projectId = (await api.seed({ clients: 2 })).project.id;
  const list: any = await api.gql('{ clients(first: 2) { edges { node { id } } } }', {}, await api.login('owner@demo.test', 'demo-owner'));
  clientIds = list.data.clients.edges.map((edge: any) => edge.node.id);
});
afterAll(() => api?.stop());

type ClientsChanged = { clientsChanged: { clientIds: string[] } };
type Closed = { code: number; reason: string; at: number };
const clientsChanged = 'subscription { clientsChanged { clientIds } }';

/** A real client change, announced on the project's clients topic by the service. */
async function changeClient(token: string, index = 0) {
  const result: any = await api.gql('mutation($i: UpdateClientInput!) { updateClient(input: $i) { userErrors { code } } }', { i: { clientId: clientIds[index], country: `C${randomUUID().slice(0, 8)}` } }, token);
  expect(result.data.updateClient.userErrors).toEqual([]);
}

/** Resolves once graphql-ws acknowledged the socket's connection_init. */
const connected = (client: WsClient) => new Promise<void>((resolve) => client.on('connected', () => resolve()));

/** How the client saw its socket close. */
const closedOf = (client: WsClient) =>
  new Promise<Closed>((resolve) =>
    client.on('closed', (event) => {
      // ws's CloseEvent keeps code and reason in getters.
      const { code, reason } = event as { code: number; reason: string };
      resolve({ code, reason, at: Date.now() });
    }),
  );

/** The promise's value, or null once `ms` have passed: a rule that does not act fails its test in time. */
const within = <T>(promise: Promise<T>, ms: number) => Promise.race([promise, new Promise<null>((resolve) => setTimeout(() => resolve(null), ms))]);

const publishClients = (ids: string[]) => api.app.pubsub.publish(topics.clients(projectId), { clientIds: ids });

type Listener = { received: unknown[]; failure: unknown; next(count: number, timeoutMs?: number): Promise<unknown> };

/**
 * graphql-ws acknowledges no subscribe: a subscription listens once it got an event. Publishes probe events on the
 * project's clients topic until each of `subscriptions` has received one.
 */
async function listening(...subscriptions: Listener[]) {
  for (let attempt = 0; subscriptions.some((subscription) => !subscription.received.length); attempt++) {
    const failed = subscriptions.find((subscription) => subscription.failure);
    if (failed) throw new Error(`a subscription failed: ${JSON.stringify(failed.failure)}`);
    if (attempt === 100) throw new Error('the subscriptions never received a probe');
    await publishClients([`probe-${randomUUID()}`]);
    await Promise.all(subscriptions.map((subscription) => subscription.next(1, 100).catch(() => {})));
  }
}

/** Waits for the clientsChanged event naming exactly `ids` (probes may come before it). */
async function receives(subscription: ReturnType<typeof collect<ClientsChanged>>, ids: string[]) {
  for (;;) {
    const found = subscription.received.find((result) => JSON.stringify(result.data?.clientsChanged.clientIds) === JSON.stringify(ids));
    if (found) return found;
    if (subscription.failure) throw new Error(`the subscription failed: ${JSON.stringify(subscription.failure)}`);
    await subscription.next(subscription.received.length + 1);
  }
}

/** A bare graphql-transport-ws socket, to send (or not send) exactly what a test needs. */
function rawSocket() {
  const socket = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const messages: { type: string; id?: string; payload?: any }[] = [];
  const waiters: (() => void)[] = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    for (const wake of waiters.splice(0)) wake();
  });
  const opened = new Promise<number>((resolve, reject) => {
    socket.once('open', () => resolve(Date.now()));
    socket.once('error', reject);
  });
  let closedWith: Closed | null = null;
  const closed = new Promise<Closed>((resolve) => socket.once('close', (code, reason) => resolve((closedWith = { code, reason: String(reason), at: Date.now() }))));
  /** Waits until `count` messages match `check`; rejects when the socket closes first or the time is up. */
  async function until(check: (message: (typeof messages)[number]) => boolean, count = 1, timeoutMs = 10_000) {
    const deadline = Date.now() + timeoutMs;
    while (messages.filter(check).length < count) {
      if (socket.readyState === WebSocket.CLOSED) throw new Error(`closed (${JSON.stringify(closedWith)}); got ${messages.map((m) => m.type).join(', ')}`);
      if (Date.now() > deadline) throw new Error(`timed out; got ${messages.map((m) => m.type).join(', ')}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
    return messages.filter(check);
  }
  const isNext = (message: (typeof messages)[number]) => message.type === 'next';
  return {
    socket,
    messages,
    opened,
    closed,
    send: (message: object) => socket.send(JSON.stringify(message)),
    until,
    /** The subscription results received (`next` messages), as `collect` keeps them. */
    get received() {
      return messages.filter(isNext);
    },
    get failure() {
      return socket.readyState === WebSocket.CLOSED ? 'closed' : messages.find((message) => message.type === 'error')?.payload;
    },
    next: (count: number, timeoutMs?: number) => until(isNext, count, timeoutMs),
    /** connection_init with these credentials, resolved by the server's connection_ack. */
    async signIn(authorization: string) {
      await opened;
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } }));
      await until((message) => message.type === 'connection_ack');
    },
  };
}

describe('subscriptions per socket', () => {
  const refusal = { message: `Too many subscriptions on this socket: at most ${limits.maxSubscriptionsPerSocket}. End some, or open another socket.`, extensions: { code: 'SUBSCRIPTION_LIMIT' } };

  it('refuses the subscription past the cap with SUBSCRIPTION_LIMIT, while the open ones keep receiving events', async () => {
    const anna = await api.login('anna@demo.test', 'demo-operator');
    const socket = api.socket({ authorization: anna });
    const open = Array.from({ length: limits.maxSubscriptionsPerSocket }, () => collect<ClientsChanged>(socket, clientsChanged));
    await listening(...open);

    const refused = collect<ClientsChanged>(socket, clientsChanged);
    await refused.next(1).catch(() => {});
    expect(refused.failure).toEqual([refusal]);

    await changeClient(anna);
    for (const subscription of open) await receives(subscription, [clientIds[0]!]);
    expect(open.map((subscription) => subscription.failure)).toEqual(open.map(() => null));
    expect(refused.received).toEqual([]);

    // Ending one frees its place on the socket.
    open[0]!.dispose();
    const again = collect<ClientsChanged>(socket, clientsChanged);
    await changeClient(anna, 1);
    await receives(again, [clientIds[1]!]);
  });

  it('lets a burst of subscribes on one socket open only the cap, refusing each of the others', async () => {
    // Signed in before the socket opens: a login may take longer than the auth timeout on a busy machine.
    const anna = await api.login('anna@demo.test', 'demo-operator');
    const socket = rawSocket();
    await socket.signIn(anna);
    const burst = 200;
    for (let i = 0; i < burst; i++) socket.send({ id: `s${i}`, type: 'subscribe', payload: { query: clientsChanged } });
    const errors = await socket.until((message) => message.type === 'error', burst - limits.maxSubscriptionsPerSocket);
    expect(new Set(errors.map((message) => JSON.stringify(message.payload)))).toEqual(new Set([JSON.stringify([refusal])]));

    // The accepted ones may still be setting up: probe until each of them got an event.
    const listeners = () => new Set(socket.received.map((message) => message.id));
    const deadline = Date.now() + 5_000;
    while (listeners().size < limits.maxSubscriptionsPerSocket) {
      if (Date.now() > deadline) throw new Error(`only ${listeners().size} subscriptions listen`);
      await publishClients([`probe-${randomUUID()}`]);
      await socket.next(socket.received.length + limits.maxSubscriptionsPerSocket, 100).catch(() => {});
    }
    const received = socket.received.length;
    await publishClients([clientIds[0]!]);
    await socket.next(received + limits.maxSubscriptionsPerSocket);
    expect(listeners().size).toBe(limits.maxSubscriptionsPerSocket);
    expect(new Set([...errors.map((message) => message.id), ...listeners()]).size).toBe(burst);
    expect(socket.socket.readyState).toBe(WebSocket.OPEN);
    socket.socket.close();
  });
});

describe('sockets per token', () => {
  it('closes the socket past the cap with 4430, lets other operators connect, and takes a new one once a socket closes', async () => {
    const anna = await api.login('anna@demo.test', 'demo-operator');
    const [first, second] = [api.socket({ authorization: anna }), api.socket({ authorization: anna })];
    const firstClosed = closedOf(first!);
    const ready = [connected(first!), connected(second!)];
    collect(first!, clientsChanged);
    collect(second!, clientsChanged);
    await Promise.all(ready);

    const refused = collect(api.socket({ authorization: anna }), clientsChanged);
    await refused.next(1).catch(() => {});
    expect(refused.failure).toMatchObject({ code: 4430, reason: `Too many sockets for this token: at most ${limits.maxSocketsPerToken}` });

    const boris = api.socket({ authorization: await api.login('boris@demo.test', 'demo-operator') });
    const borisConnected = connected(boris);
    collect(boris, clientsChanged);
    await borisConnected;

    await first!.dispose();
    await firstClosed;
    const again = collect<ClientsChanged>(api.socket({ authorization: anna }), clientsChanged);
    await listening(again);
    expect(again.failure).toBeNull();
  });
});

describe('sockets that do not authenticate', () => {
  it('closes a connection_init without credentials, or with a token that works for nobody, with 4401', async () => {
    for (const payload of [undefined, {}, { authorization: 'Bearer ses_forged' }, { visitorToken: 'forged' }]) {
      const raw = rawSocket();
      await raw.opened;
      raw.send({ type: 'connection_init', ...(payload ? { payload } : {}) });
      const closed = await within(raw.closed, 3_000);
      expect(closed && { code: closed.code, reason: closed.reason }).toEqual({ code: 4401, reason: 'Unauthorized: send a token in connectionParams' });
      expect(raw.messages).toEqual([]);
    }
  });

  it('closes a socket that never sends connection_init with 4408 after socketAuthTimeoutMs, and keeps one that did', async () => {
    const anna = await api.login('anna@demo.test', 'demo-operator');
    const signedIn = rawSocket();
    await signedIn.signIn(anna);

    const silent = rawSocket();
    const opened = await silent.opened;
    const closed = await within(silent.closed, limits.socketAuthTimeoutMs + 3_000);
    expect(closed && { code: closed.code, reason: closed.reason }).toEqual({ code: 4408, reason: 'Connection initialisation timeout' });
    expect(closed!.at - opened).toBeGreaterThanOrEqual(limits.socketAuthTimeoutMs - 50);
    expect(closed!.at - opened).toBeLessThan(limits.socketAuthTimeoutMs + 2_000);
    // Opened before the silent one, so past its own timeout too.
    expect(signedIn.socket.readyState).toBe(WebSocket.OPEN);
    signedIn.socket.close();
  });
});

describe('sessions that expire', () => {
  it('closes the session’s socket with 4401 when it expires, with no other event, while an API token’s socket stays open', async () => {
    const { token: apiToken } = await createApiToken(api.app.orm.em.fork(), projectId, 'Expiry watcher');
    const staying = collect<ClientsChanged>(api.socket({ authorization: `Bearer ${apiToken}` }), clientsChanged);
    await listening(staying);

    const boris = await api.login('boris@demo.test', 'demo-operator');
    const [row] = await api.app.orm.em
      .fork()
      .getConnection()
      .execute<{ expires_ms: string }[]>(
        `update auth_token set expires_at = now() + interval '1.5 seconds' where kind = 'SESSION' and token_hash = ? returning (extract(epoch from expires_at) * 1000)::bigint::text as expires_ms`,
        [tokenHash(boris.slice('Bearer '.length))],
      );
    const expiresAt = Number(row!.expires_ms);

    const session = api.socket({ authorization: boris });
    const sessionConnected = connected(session);
    const sessionClosed = closedOf(session);
    const ending = collect<ClientsChanged>(session, clientsChanged);
    await sessionConnected;
    expect(Date.now()).toBeLessThan(expiresAt);

    // Nothing is published meanwhile: the expiry alone ends the socket.
    const closed = await within(sessionClosed, expiresAt - Date.now() + 3_000);
    expect(closed && { code: closed.code, reason: closed.reason }).toEqual({ code: 4401, reason: 'Session expired' });
    expect(closed!.at).toBeGreaterThanOrEqual(expiresAt - 100);
    expect(closed!.at).toBeLessThan(expiresAt + 1_000);
    expect(ending.received).toEqual([]);

    // The API token's socket, which never expires, still gets the next change.
    await changeClient(await api.login('anna@demo.test', 'demo-operator'));
    await receives(staying, [clientIds[0]!]);
    expect(staying.failure).toBeNull();
  });
});

describe('slow consumers', () => {
  it('cuts off a subscriber that stopped reading once more than maxEventBacklog events wait for it, while a reading subscriber of the topic gets every event', async () => {
    const reader = collect<ClientsChanged>(api.socket({ authorization: await api.login('owner@demo.test', 'demo-owner') }), clientsChanged);
    const slowToken = await api.login('anna@demo.test', 'demo-operator');
    const slow = rawSocket();
    await slow.signIn(slowToken);
    // The token's other socket: with it, the token holds its maximum, so a new one connects only once the server
    // has dropped the slow one.
    const sibling = rawSocket();
    await sibling.signIn(slowToken);
    slow.send({ id: 'slow', type: 'subscribe', payload: { query: clientsChanged } });
    await listening(reader, slow);
    const before = { reader: reader.received.length, slow: slow.received.length };
    // The client stops reading its socket: the kernel's buffers fill, then the server's sends wait.
    slow.socket.pause();

    // ~10 kB events, so that a few hundred fill the buffers; the rest wait for the slow subscriber in the server.
    const ids = Array.from({ length: 150 }, () => randomUUID());
    const total = maxEventBacklog + 3_000;
    const deadline = Date.now() + 30_000;
    let published = 0;
    while (published < total && Date.now() < deadline) {
      for (let i = 0; i < 100; i++) await publishClients(ids);
      published += 100;
      // Batches the reader has read: its own backlog never nears the limit.
      await reader.next(before.reader + published);
    }
    expect(published).toBe(total);

    // Cut off at once, while it still reads nothing: the token has room for a socket again.
    await expect.poll(async () => {
      const again = rawSocket();
      const accepted = await again.signIn(slowToken).then(() => true, () => false);
      again.socket.terminate();
      return accepted;
    }, { timeout: 5_000, interval: 250 }).toBe(true);
    sibling.socket.close();

    // Reading again, it gets what the kernel had buffered, then its socket ends without a close frame.
    slow.socket.resume();
    const closed = await within(slow.closed, 10_000);
    expect(closed?.code).toBe(1006);
    const got = slow.received.length - before.slow;
    expect(got).toBeLessThan(published - maxEventBacklog);
    expect(slow.received.slice(before.slow).every((message) => message.payload.data.clientsChanged.clientIds.length === ids.length)).toBe(true);

    expect(reader.received).toHaveLength(before.reader + published);
    expect(reader.failure).toBeNull();
    expect(reader.completed).toBe(false);
  }, 90_000);
});

describe('cost and complexity over graphql-ws', () => {
  it('reports extensions.cost with every event of a subscription', async () => {
    const anna = await api.login('anna@demo.test', 'demo-operator');
    const events = collect<ClientsChanged>(api.socket({ authorization: anna }), clientsChanged);
    await listening(events);
    await changeClient(anna);
    await changeClient(anna, 1);
    await receives(events, [clientIds[1]!]);
    expect(events.received.length).toBeGreaterThanOrEqual(3);
    for (const event of events.received as { extensions?: Record<string, unknown> }[]) {
      expect(event.extensions?.cost).toEqual({
        requestedQueryCost: 1,
        actualQueryCost: null,
        throttleStatus: { maximumAvailable: api.app.limits.costBucket.capacity, currentlyAvailable: expect.any(Number), restoreRate: api.app.limits.costBucket.leakPerSecond },
      });
    }
  });

  it('refuses a too deep, too aliased or too costly subscription with QUERY_TOO_COMPLEX', async () => {
    const documents = {
      DEPTH: 'subscription { inboxEvents { conversation { client { conversations(first: 1) { edges { node { client { conversations(first: 1) { edges { node { client { id } } } } } } } } } } } }',
      ALIASES: `subscription { inboxEvents { ${Array.from({ length: 16 }, (_, i) => `a${i}: kind`).join(' ')} } }`,
      COST: 'subscription { inboxEvents { conversation { client { conversations(first: 100) { edges { node { messages(first: 100) { edges { node { id } } } } } } } } } }',
    };
    for (const [limit, query] of Object.entries(documents)) {
      // A session each: refusals are charged as the most an operation may cost.
      const socket = api.socket({ authorization: await api.login('boris@demo.test', 'demo-operator') });
      const refused = collect(socket, query);
      await refused.next(1).catch(() => {});
      expect(refused.failure).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'QUERY_TOO_COMPLEX', limit }) })]);
      expect(refused.received).toEqual([]);
      await socket.dispose();
    }
  });
});
