import { request } from 'node:http';
import { createClient, type Client as WsClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { collect, settle, startTestApi, type GraphQLResult, type TestApi } from '../api/test/harness.ts';
import { ClientChannel } from '../api/src/clients/client-channel.entity.ts';
import { Conversation } from '../api/src/conversations/conversation.entity.ts';
import { fromGlobalId, toGlobalId } from '../api/src/graphql/global-id.ts';
import { maxEventBacklog, topics } from '../api/src/pubsub/pubsub.ts';
import { receiveClientMessage } from '../api/src/messages/message.service.ts';
import { startOrdersServer } from '../examples/orders/server.ts';
import { startGateway } from './gateway.ts';

// Through Hive Gateway over the committed supergraph: the inbox (this api) and the example orders subgraph answer
// one query and one subscription together; the inbox keeps all of the authorisation.
let api: TestApi;
// The secret the gateway opens its trunks to the api with (GATEWAY_TRUNK_SECRET on both).
const trunkSecret = 'gateway-test-trunk-secret';
let orders: Awaited<ReturnType<typeof startOrdersServer>>;
let gateway: Awaited<ReturnType<typeof startGateway>>;
let insider: string;
let outsider: string;
let a: Awaited<ReturnType<TestApi['seed']>>;
const sockets: WsClient[] = [];

beforeAll(async () => {
  // Behind the gateway, as in docker-compose.yml: the api takes the caller's address from X-Forwarded-For.
  api = await startTestApi({ worker: false, limits: { trustProxyHops: 1, badCredentialsPerAddress: { capacity: 5, leakPerSecond: 0.01 }, corsOrigins: ['https://shop.example'], trunkSecret } });
  a = await api.seed({ clients: 3 });
  await api.seed({ clients: 3, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  insider = await api.login('owner@demo.test', 'demo-owner');
  outsider = await api.login('owner@other.test', 'demo-owner');
  orders = await startOrdersServer();
  gateway = await startGateway({ subgraphUrls: { inbox: `${api.url}/graphql`, orders: orders.url }, limits: api.app.limits });
});
afterAll(async () => {
  await Promise.all(sockets.map((socket) => socket.dispose()));
  await gateway?.stop();
  await orders?.stop();
  await api?.stop();
});

async function gql<T = Record<string, any>>(query: string, variables: object = {}, authorization?: string) {
  const response = await fetch(`${gateway.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResult<T>;
}

/** A POST to the gateway from a local address of its own (127.0.0.2…), as a distinct caller. */
function gqlFrom(localAddress: string, query: string, authorization: string) {
  return new Promise<GraphQLResult>((resolve, reject) => {
    const body = JSON.stringify({ query });
    const req = request(`${gateway.url}/graphql`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', authorization } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve(JSON.parse(text) as GraphQLResult));
    });
    req.once('error', reject);
    req.end(body);
  });
}

function socket(connectionParams: Record<string, unknown>) {
  const client = createClient({ url: `${gateway.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: true });
  sockets.push(client);
  return client;
}

const firstConversation = () => api.app.orm.em.fork().findOneOrFail(Conversation, { projectId: a.project.id }, { orderBy: { createdAt: 'asc' } });

describe('the gateway', () => {
  it('answers one query with a conversation and its client’s orders from the orders subgraph', async () => {
    const conversation = await firstConversation();
    const result = await gql<{ conversation: { id: string; client: { id: string; name: string; orders: { number: string; total: number; currency: string; status: string }[] } } }>(
      'query($id: ID!) { conversation(id: $id) { id client { id name orders { id number total currency status createdAt } } } }',
      { id: toGlobalId('Conversation', conversation.id) },
      insider,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.conversation.client.id).toBe(toGlobalId('Client', conversation.clientId));
    expect(result.data?.conversation.client.name).toBeTruthy();
    expect(result.data?.conversation.client.orders.length).toBeGreaterThan(0);
    expect(result.data?.conversation.client.orders[0]).toMatchObject({ number: expect.stringMatching(/^A-\d+$/), currency: 'EUR', total: expect.any(Number) });
  });

  it('delivers an inbox event with data from both subgraphs to a graphql-ws subscriber', async () => {
    const events = collect(socket({ authorization: insider }), 'subscription { inboxEvents { kind conversation { id client { id orders { total } } } } }');
    await settle(500);
    const em = api.app.orm.em.fork();
    const clientChannel = await em.findOneOrFail(ClientChannel, { projectId: a.project.id }, { orderBy: { createdAt: 'asc' } });
    await receiveClientMessage(api.app, em, { clientChannelId: clientChannel.id, text: 'Where is my parcel?', dedupeKey: 'gateway-event' });
    const [event] = await events.next(1);
    expect(event?.errors).toBeUndefined();
    const client = event?.data?.inboxEvents.conversation.client;
    expect(client.id).toBe(toGlobalId('Client', clientChannel.clientId));
    expect(client.orders.length).toBeGreaterThan(0);
    expect(typeof client.orders[0].total).toBe('number');
    events.dispose();
  });

  it('serves a graphql-ws subscription that is a fresh gateway’s very first request', async () => {
    const fresh = await startGateway({ subgraphUrls: { inbox: `${api.url}/graphql`, orders: orders.url }, limits: api.app.limits });
    const client = createClient({ url: `${fresh.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: insider }, retryAttempts: 0, lazy: true });
    try {
      const events = collect(client, 'subscription { inboxEvents { kind } }');
      await settle(500);
      const em = api.app.orm.em.fork();
      const clientChannel = await em.findOneOrFail(ClientChannel, { projectId: a.project.id }, { orderBy: { createdAt: 'asc' } });
      await receiveClientMessage(api.app, em, { clientChannelId: clientChannel.id, text: 'First through a fresh gateway', dedupeKey: 'gateway-fresh' });
      const [event] = await events.next(1);
      expect(event).toMatchObject({ data: { inboxEvents: { kind: 'MESSAGE_ADDED' } } });
      expect(event?.errors).toBeUndefined();
      events.dispose();
    } finally {
      await client.dispose();
      await fresh.stop();
    }
  });

  it('delivers subscriptions over SSE too, with the Authorization header', async () => {
    const abort = new AbortController();
    const response = await fetch(`${gateway.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: insider },
      body: JSON.stringify({ query: 'subscription { inboxEvents { kind conversation { client { orders { total } } } } }' }),
      signal: abort.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    await settle(500);
    const em = api.app.orm.em.fork();
    const clientChannel = await em.findOneOrFail(ClientChannel, { projectId: a.project.id }, { orderBy: { createdAt: 'asc' } });
    await receiveClientMessage(api.app, em, { clientChannelId: clientChannel.id, text: 'And over SSE?', dedupeKey: 'gateway-sse' });
    let text = '';
    while (!/event: next\ndata: .+\n/.test(text)) text += (await reader.read()).value ?? '';
    abort.abort();
    const event = JSON.parse(/event: next\ndata: (.+)\n/.exec(text)![1]!) as GraphQLResult<{ inboxEvents: { conversation: { client: { orders: { total: number }[] } } } }>;
    expect(event.errors).toBeUndefined();
    expect(event.data?.inboxEvents.conversation.client.orders.length).toBeGreaterThan(0);
  });

  it('delivers orderStatusChanged from the orders subgraph', async () => {
    const conversation = await firstConversation();
    const clientId = toGlobalId('Client', conversation.clientId);
    const changes = collect(socket({ authorization: insider }), 'subscription($clientId: ID) { orderStatusChanged(clientId: $clientId) { id status client { id name } } }', { clientId });
    await settle(500);
    const listed = await gql<{ node: { orders: { id: string }[] } }>('query($id: ID!) { node(id: $id) { ... on Client { orders { id } } } }', { id: clientId }, insider);
    const orderId = listed.data!.node.orders[0]!.id;
    const changed = await gql('mutation($id: ID!) { setOrderStatus(id: $id, status: SHIPPED) { id status } }', { id: orderId }, insider);
    expect(changed).toEqual({ data: { setOrderStatus: { id: orderId, status: 'SHIPPED' } } });
    const [event] = await changes.next(1);
    // The order's client is resolved by the inbox: its name comes from our subgraph.
    expect(event).toEqual({ data: { orderStatusChanged: { id: orderId, status: 'SHIPPED', client: { id: clientId, name: expect.any(String) } } } });
    changes.dispose();
  });

  it('passes refusals of the inbox through: no token, a wrong token, another project’s client', async () => {
    const conversation = await firstConversation();
    const clientId = toGlobalId('Client', conversation.clientId);
    const query = 'query($id: ID!) { node(id: $id) { id ... on Client { name } } }';
    const anonymous = await gql(query, { id: clientId });
    expect(anonymous.data?.node ?? null).toBeNull();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await gql(query, { id: clientId }, 'Bearer not-a-token');
    expect(forged.data?.node ?? null).toBeNull();
    expect(forged.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await gql(query, { id: clientId }, outsider)).toEqual({ data: { node: null } });
    // `_entities` is the subgraphs' own, not the supergraph's; the gateway asks it when another subgraph names our client.
    const entities = await gql('query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { name } } }', { r: [{ __typename: 'Client', id: clientId }] }, outsider);
    expect(entities.data).toBeUndefined();
    const throughOrders = await gql<{ order: { client: { name: string } | null } | null }>('query($id: ID!) { order(id: $id) { client { name } } }', { id: `${clientId}.0` }, outsider);
    expect(JSON.stringify(throughOrders.data)).not.toMatch(/name/);
    const own = await gql<{ order: { client: { name: string } } }>('query($id: ID!) { order(id: $id) { client { name } } }', { id: `${clientId}.0` }, insider);
    expect(own.data?.order.client.name).toBeTruthy();
    // Over graphql-ws too: a socket without credentials gets nothing of the inbox.
    const refused = collect(socket({}), 'subscription { inboxEvents { kind } }');
    // The inbox closes the gateway's socket without credentials with 4401, and the gateway the caller's, as the api would.
    await refused.next(1);
    expect(refused.received).toEqual([]);
    expect((refused.failure as { code?: number } | null)?.code).toBe(4401);
  });

  it('closes the caller’s socket with the inbox’s 4403 when its token is revoked (a logout)', async () => {
    const token = await api.login('owner@demo.test', 'demo-owner');
    const events = collect(socket({ authorization: token }), 'subscription { inboxEvents { kind } }');
    await settle(500);
    expect((await gql<{ logout: { loggedOut: boolean } }>('mutation { logout { loggedOut } }', {}, token)).data?.logout.loggedOut).toBe(true);
    await events.next(1);
    expect((events.failure as { code?: number } | null)?.code).toBe(4403);
  });

  it('lets signed-in callers introspect the supergraph, as the inbox decides, and nobody else', async () => {
    const query = '{ __type(name: "Order") { fields { name } } }';
    const signedIn = await gql<{ __type: { fields: { name: string }[] } }>(query, {}, insider);
    expect(signedIn.data?.__type.fields.map((field) => field.name)).toContain('total');
    for (const authorization of [undefined, 'Bearer not-a-token']) {
      const refused = await gql(query, {}, authorization);
      expect(refused.data?.__type ?? null).toBeNull();
      expect(refused.errors?.[0]?.message).toMatch(/^Introspection is for signed-in callers/);
    }
  });

  it('keeps the inbox’s per-address limits per caller: one sending made-up tokens does not lock out the others', async () => {
    const refusals: (string | undefined)[] = [];
    for (let i = 0; i < 7; i++) refusals.push((await gqlFrom('127.0.0.2', '{ me { operator { id } } }', `Bearer made-up-${i}`)).errors?.[0]?.extensions?.code);
    expect(refusals.at(-1)).toBe('THROTTLED');
    const other = await gqlFrom('127.0.0.3', '{ me { operator { id } } }', insider);
    expect(other.errors).toBeUndefined();
  });

  it('answers browser apps of the allowed origins only, as the api does', async () => {
    const preflight = (origin: string) => fetch(`${gateway.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' } });
    const allowed = await preflight('https://shop.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is named by the api to signed-in callers (Query.gateway), so the web app knows where the supergraph is', async () => {
    const ask = (authorization?: string) => api.gql<{ gateway: { url: string } | null }>('{ gateway { url } }', {}, authorization);
    expect((await ask(insider)).data?.gateway).toBeNull();
    api.app.gatewayUrl = `${gateway.url}/graphql`;
    try {
      expect((await ask(insider)).data?.gateway).toEqual({ url: `${gateway.url}/graphql` });
      expect((await ask()).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      // Through the gateway too: the inbox subgraph answers it.
      expect((await gql<{ gateway: { url: string } }>('{ gateway { url } }', {}, outsider)).data?.gateway.url).toBe(`${gateway.url}/graphql`);
    } finally {
      api.app.gatewayUrl = null;
    }
  });

  it('refuses an operation past a limit before planning it', async () => {
    // Client.orders and Order.client go round between the subgraphs; the orders subgraph has no limits of its own.
    const deep = `{ order(id: "x") { ${'client { orders { '.repeat(5)}id${' } }'.repeat(5)} } }`;
    const result = await gql(deep, {}, insider);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'DEPTH', maximum: api.app.limits.maxDepth });
    const long = await gql(`{ ${'__typename '.repeat(api.app.limits.maxTokens)} }`, {}, insider);
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'TOKENS' });
    const huge = await fetch(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ __typename }${' '.repeat(api.app.limits.maxBodyBytes)}` }) });
    expect(huge.status).toBe(413);
    const aliased = await gql(`{ ${Array.from({ length: api.app.limits.maxAliases + 1 }, (_, i) => `a${i}: me { project { name } }`).join(' ')} }`, {}, insider);
    expect(aliased.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'ALIASES' });
  });
});

/** A client's message to the first project, as a messenger brings it. */
async function message(text: string) {
  const em = api.app.orm.em.fork();
  const clientChannel = await em.findOneOrFail(ClientChannel, { projectId: a.project.id }, { orderBy: { createdAt: 'asc' } });
  await receiveClientMessage(api.app, em, { clientChannelId: clientChannel.id, text, dedupeKey: `passthrough-${text}` });
}

describe('subscriptions the inbox answers alone', () => {
  it('pass through to the inbox and come back as a direct subscriber gets them, resume point and all', async () => {
    const before = { ...gateway.passthrough };
    const query = 'subscription { inboxEvents { kind conversation { id lastMessage { text } } } }';
    const direct = createClient({ url: `${api.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: insider }, retryAttempts: 0, lazy: true });
    sockets.push(direct);
    const through = collect(socket({ authorization: insider }), query);
    const own = collect(direct, query);
    await settle(500);
    // Text beyond ASCII: the gateway decodes the event's shared text itself (inbox-trunk.ts).
    await message('Passed through? Прошло насквозь 🚀');
    const [event] = await through.next(1);
    const [directEvent] = await own.next(1);
    // The same answer and resume point (the cost's throttle status is the caller's bucket at the time).
    expect(event?.data).toEqual(directEvent?.data);
    expect(event?.extensions?.['cursor']).toBe(directEvent?.extensions?.['cursor']);
    expect(event?.data?.inboxEvents).toMatchObject({ kind: 'MESSAGE_ADDED', conversation: { lastMessage: { text: 'Passed through? Прошло насквозь 🚀' } } });
    expect(gateway.passthrough).toEqual({ subscriptions: before.subscriptions + 1, sockets: before.sockets + 1 });
    through.dispose();
    own.dispose();
  });

  it('share one socket with the federated ones, which Hive Gateway keeps executing', async () => {
    const before = { ...gateway.passthrough };
    const client = socket({ authorization: insider });
    const alone = collect(client, 'subscription { inboxEvents { kind } }');
    const federated = collect(client, 'subscription { inboxEvents { kind conversation { client { orders { total } } } } }');
    await settle(500);
    await message('Both of them');
    expect((await alone.next(1))[0]?.data?.inboxEvents.kind).toBe('MESSAGE_ADDED');
    expect((await federated.next(1))[0]?.data?.inboxEvents.conversation.client.orders.length).toBeGreaterThan(0);
    expect(gateway.passthrough.subscriptions).toBe(before.subscriptions + 1);
    // Completing the passed-through one stops it at the inbox; the other goes on.
    alone.dispose();
    await settle(300);
    await message('Only the federated one');
    await federated.next(2);
    await settle(300);
    expect(alone.received).toHaveLength(1);
    expect(federated.received).toHaveLength(2);
    federated.dispose();
  });

  it('are the inbox’s from the connection on: its acknowledgement with the stream position, its refusal of a wrong token', async () => {
    const acknowledgement = await new Promise<unknown>((resolve) => {
      const client = socket({ authorization: insider });
      client.on('connected', (_socket, payload) => resolve(payload));
      collect(client, 'subscription { inboxEvents { kind } }');
    });
    expect(acknowledgement).toEqual({ cursor: expect.stringMatching(/^\d+\.\d+$/) });
    const refused = collect(socket({ authorization: 'Bearer not-a-token' }), 'subscription { inboxEvents { kind } }');
    await refused.next(1);
    expect((refused.failure as { code?: number } | null)?.code).toBe(4401);
  });

  it('closes a socket that reuses a subscription’s id, passed through or not (4409, as graphql-ws does)', async () => {
    for (const [first, second] of [
      ['subscription { inboxEvents { kind } }', 'subscription { inboxEvents { kind } }'],
      ['subscription { inboxEvents { conversation { client { orders { total } } } } }', 'subscription { inboxEvents { kind } }'],
    ]) {
      const raw = new WebSocket(`${gateway.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
      const closed = new Promise<number>((resolve) => raw.once('close', (code) => resolve(code)));
      await new Promise((resolve) => raw.once('open', resolve));
      raw.send(JSON.stringify({ type: 'connection_init', payload: { authorization: insider } }));
      await new Promise((resolve) => raw.once('message', resolve));
      raw.send(JSON.stringify({ id: 'same', type: 'subscribe', payload: { query: first } }));
      await settle(200);
      raw.send(JSON.stringify({ id: 'same', type: 'subscribe', payload: { query: second } }));
      expect(await closed).toBe(4409);
    }
  });

  it('reach the inbox as sockets of their own carried by a few trunks: a revoked token closes its socket alone', async () => {
    const callers = await Promise.all(
      Array.from({ length: 6 }, async (_, i) => {
        const authorization = await api.login('owner@demo.test', 'demo-owner');
        const answers = collect(socket({ authorization }), 'subscription { inboxEvents { kind } }');
        return { authorization, answers, index: i };
      }),
    );
    await settle(500);
    await message('To six callers');
    for (const { answers } of callers) expect((await answers.next(1))[0]?.data?.inboxEvents.kind).toBe('MESSAGE_ADDED');
    expect(gateway.trunks()).toBeGreaterThanOrEqual(1);
    expect(gateway.trunks()).toBeLessThanOrEqual(4);
    // Logging out revokes one caller's token: the inbox closes that caller's socket (4403), and only that one.
    const [leaving, ...staying] = callers;
    await api.gql('mutation { logout { loggedOut } }', {}, leaving!.authorization);
    await leaving!.answers.next(2);
    expect((leaving!.answers.failure as { code?: number } | null)?.code).toBe(4403);
    await message('To the five left');
    for (const { answers } of staying) expect((await answers.next(2))[1]?.data?.inboxEvents.kind).toBe('MESSAGE_ADDED');
    for (const { answers } of staying) answers.dispose();
  });
  it('closes a caller whose message the inbox could not take on a trunk (1009), not the trunk', async () => {
    const raw = new WebSocket(`${gateway.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => raw.once('close', (code) => resolve(code)));
    await new Promise((resolve) => raw.once('open', resolve));
    raw.send(JSON.stringify({ type: 'connection_init', payload: { authorization: insider } }));
    await new Promise((resolve) => raw.once('message', resolve));
    // As long as the gateway takes; with the trunk's few bytes around it, longer than the inbox takes.
    const subscribe = JSON.stringify({ id: 'big', type: 'subscribe', payload: { query: 'subscription { inboxEvents { kind } }' } });
    raw.send(subscribe.replace('kind }', `kind${' '.repeat(api.app.limits.maxBodyBytes - subscribe.length)}}`));
    expect(await closed).toBe(1009);
    // The others on the trunks go on.
    const after = collect(socket({ authorization: insider }), 'subscription { inboxEvents { kind } }');
    await settle(300);
    await message('After a big one');
    expect((await after.next(1))[0]?.data?.inboxEvents.kind).toBe('MESSAGE_ADDED');
    after.dispose();
  });
});

describe('a trunk to the api', () => {
  /** A raw trunk socket to the api (api/src/http/gateway-trunk.ts), with the records it received. */
  async function trunk(secret: string) {
    const raw = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, { headers: { authorization: `Trunk ${secret}` } });
    const records: string[] = [];
    raw.on('message', (data) => records.push(...String(data).split('\n')));
    const closed = new Promise<number>((resolve) => raw.once('close', (code) => resolve(code)));
    await new Promise((resolve) => raw.once('open', resolve));
    return { raw, records, closed };
  }

  it('is refused without the secret, and carries each caller as a socket signed in on its own', async () => {
    expect(await (await trunk('not-the-secret')).closed).toBe(4401);
    const { raw, records, closed } = await trunk(trunkSecret);
    raw.send('o\t1\t192.0.2.1');
    raw.send('o\t2\t192.0.2.2');
    raw.send(`m\t1\t${JSON.stringify({ type: 'connection_init', payload: { authorization: insider } })}`);
    raw.send(`m\t2\t${JSON.stringify({ type: 'connection_init', payload: { authorization: 'Bearer not-a-token' } })}`);
    await vi.waitFor(() => expect(records).toHaveLength(2));
    expect(records).toContainEqual(expect.stringMatching(/^m\t1\t\{"type":"connection_ack","payload":\{"cursor":"\d+\.\d+"\}\}$/));
    expect(records).toContain('c\t2\t4401\tUnauthorized: send a token in connectionParams');
    // Caller 1 subscribes and gets its events; its subscription ends with it.
    raw.send(`m\t1\t${JSON.stringify({ id: 'inbox', type: 'subscribe', payload: { query: 'subscription { inboxEvents { kind } }' } })}`);
    await settle(300);
    await message('Over a trunk');
    // The event's text comes once (`s`), and the caller's frame as its own head and tail around it (`f`).
    await vi.waitFor(() => expect(records.some((record) => record.startsWith('f\t1\t'))).toBe(true));
    const shared = new Map(records.filter((record) => record.startsWith('s\t')).map((record) => [record.split('\t')[1], record.split('\t')[2]]));
    const [, , key, head, tail] = records.find((record) => record.startsWith('f\t1\t'))!.split('\t');
    expect(JSON.parse(`${head}${shared.get(key)}${tail}`)).toMatchObject({
      id: 'inbox',
      type: 'next',
      payload: { data: { inboxEvents: { kind: 'MESSAGE_ADDED' } }, extensions: { cursor: expect.stringMatching(/^\d+\.\d+$/), cost: expect.any(Object) } },
    });
    raw.close();
    expect(await closed).toBe(1005);
  });

  // ~10 kB events, numbered by their first client id, so that a few hundred fill the sockets' buffers.
  const idOf = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
  const others = Array.from({ length: 250 }, (_, i) => idOf(1_000_000 + i));
  // A turn of the event loop every 50 events: a subscriber that is not held up keeps up.
  const publish = async (from: number, count: number) => {
    for (let n = from; n < from + count; n++) {
      await api.app.pubsub.publish(topics.clients(a.project.id), { clientIds: [idOf(n), ...others] });
      if (n % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  };

  /** A caller on a new trunk, signed in and subscribed to `clientsChanged`; the numbers of the events it got, in order. */
  async function subscribedCaller() {
    const { raw, records, closed } = await trunk(trunkSecret);
    raw.send('o\t1\t192.0.2.3');
    raw.send(`m\t1\t${JSON.stringify({ type: 'connection_init', payload: { authorization: insider } })}`);
    await vi.waitFor(() => expect(records.some((record) => record.startsWith('m\t1\t{"type":"connection_ack"'))).toBe(true));
    raw.send(`m\t1\t${JSON.stringify({ id: 'clients', type: 'subscribe', payload: { query: 'subscription { clientsChanged { clientIds } }' } })}`);
    // graphql-ws acknowledges no subscribe: probes (number 0) until one comes back.
    await vi.waitFor(async () => {
      await publish(0, 1);
      expect(records.some((record) => record.startsWith('f\t1\t'))).toBe(true);
    });
    const received = () => {
      // An `f` record's key names the `s` record before it in the same trunk message, which is the last one so keyed.
      const shared = new Map<string, string>();
      const numbers: number[] = [];
      for (const record of records) {
        const [kind, first, second] = record.split('\t');
        if (kind === 's') shared.set(first!, second!);
        if (kind !== 'f') continue;
        const [clientId] = JSON.parse(`${shared.get(second!)!}}}`).data.clientsChanged.clientIds;
        numbers.push(Number(fromGlobalId(clientId)!.id.slice(-12)));
      }
      return numbers.filter((n) => n > 0);
    };
    return { raw, records, closed, received };
  }

  it('waits for a gateway that stopped reading its trunk, then carries its callers on where they were', async () => {
    const { raw, received } = await subscribedCaller();
    raw.pause();
    // More than the sockets' buffers hold: the api's writes wait for the trunk, and the events in its queues.
    await publish(1, maxEventBacklog - 100);
    await settle(500);
    raw.resume();
    await vi.waitFor(() => expect(received().length).toBe(maxEventBacklog - 100), { timeout: 20_000 });
    expect(received()).toEqual(Array.from({ length: maxEventBacklog - 100 }, (_, i) => i + 1));
    raw.close();
  }, 60_000);

  it('cuts a caller off once more than maxEventBacklog events wait for it behind a trunk that stays unread', async () => {
    const { raw, records, received } = await subscribedCaller();
    raw.pause();
    await publish(1, maxEventBacklog + 1_500);
    await settle(500);
    raw.resume();
    // The trunk stays: the gateway is told to cut its caller (1006), which got what the buffers held, no more.
    await vi.waitFor(() => expect(records).toContain('c\t1\t1006\t'), { timeout: 20_000 });
    expect(received().length).toBeLessThan(1_500);
    raw.close();
  }, 60_000);
});
