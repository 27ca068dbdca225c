// Scale-out, as docker-compose.yml runs it: two api nodes, each in its own process, behind HAProxy (round-robin, no
// sticky sessions), and Hive Gateway in a process of its own in front of it, on one PostgreSQL, Redis and Temporal.
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collect, eventually, startApiProcess, startTestApi, type TestApi } from '../api/test/harness.ts';
import { topics } from '../api/src/pubsub/pubsub.ts';
import { announce, inboxEvent } from '../api/src/pubsub/outbox.ts';
import { createLiveSocket } from '../web/src/shared/realtime.ts';
import { startGatewayProcess, startLoadBalancer } from './test-processes.ts';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// Leases of seconds, as in presence-lease.test.ts; what a busy machine may add to them.
const presence = { ttlMs: 2000, heartbeatMs: 400, graceMs: 400 };
const slackMs = 1500;
// The nodes' environment: presence leases, and the secret the gateway opens its trunks to them with.
const nodeEnv = {
  GATEWAY_TRUNK_SECRET: 'scale-out-trunk-secret',
  PRESENCE_TTL_SECONDS: String(presence.ttlMs / 1000),
  PRESENCE_HEARTBEAT_SECONDS: String(presence.heartbeatMs / 1000),
  PRESENCE_GRACE_SECONDS: String(presence.graceMs / 1000),
};

type Node = Awaited<ReturnType<typeof startApiProcess>>;
// This process's api seeds the database and pokes topics; the callers only reach nodes A and B.
let api: TestApi;
let nodeA: Node;
let nodeB: Node;
let balancer: Awaited<ReturnType<typeof startLoadBalancer>>;
let gateway: Awaited<ReturnType<typeof startGatewayProcess>>;
/** The same gateway with Hive Gateway executing the inbox's own subscriptions too (GATEWAY_PASSTHROUGH=0). */
let executingGateway: Awaited<ReturnType<typeof startGatewayProcess>>;
let projectId: string;
let managerId: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false, redisUrl, presence });
  const seeded = await api.seed({ clients: 2 });
  projectId = seeded.project.id;
  managerId = seeded.operators.find((operator) => operator.email === 'manager@demo.test')!.id;
  [nodeA, nodeB] = await Promise.all([startApiProcess(api, redisUrl, nodeEnv), startApiProcess(api, redisUrl, nodeEnv)]);
  balancer = await startLoadBalancer([
    { name: 'a', url: nodeA.url },
    { name: 'b', url: nodeB.url },
  ]);
  [gateway, executingGateway] = await Promise.all([
    startGatewayProcess({ inbox: `${balancer.url}/graphql` }, { GATEWAY_TRUNK_SECRET: nodeEnv.GATEWAY_TRUNK_SECRET }),
    startGatewayProcess({ inbox: `${balancer.url}/graphql` }, { GATEWAY_PASSTHROUGH: '0' }),
  ]);
}, 60_000);
afterAll(async () => {
  await Promise.all([gateway?.stop(), executingGateway?.stop()]);
  await balancer?.stop();
  await Promise.all([nodeA?.kill(), nodeB?.kill()]);
  await api?.stop();
});

const wsUrl = (url: string) => `${url.replace('http', 'ws')}/graphql`;
const socketTo = (url: string, authorization: string) => createClient({ url: wsUrl(url), webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0, lazy: true });

async function post<T>(url: string, query: string, variables: Record<string, unknown>, authorization?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** A web-chat visitor writing through the api node at `url`: each `say` is stored and published by that node. */
async function visitorOn(url: string, name: string) {
  const start = await post<{ widgetStart: { session: { visitorToken: string } } }>(url, 'mutation($input: WidgetStartInput!) { widgetStart(input: $input) { session { visitorToken } } }', {
    input: { publicKey: 'demo-shop', name },
  });
  const token = `Visitor ${start.widgetStart.session.visitorToken}`;
  return {
    say: (text: string) => post(url, 'mutation($input: WidgetSendInput!) { widgetSend(input: $input) { message { id } } }', { input: { text, idempotencyKey: text } }, token),
  };
}

/** Node B again, at a new address, in the balancer's round once its /readyz answers. */
async function restartNodeB() {
  nodeB = await startApiProcess(api, redisUrl, nodeEnv);
  await balancer.move('b', nodeB.url);
  // HAProxy's `show servers state`: the server's operational state is 2 (running) once its check passed.
  await eventually(async () => (await balancer.admin('show servers state api')).split('\n').some((line) => / b 127\.0\.0\.1 2 /.test(line)));
}

/** Publishes until `received()` grows: the subscription is live from then (graphql-ws acknowledges no subscribe). */
async function untilLive(received: () => number, publish = () => api.app.pubsub.publish(topics.presence(projectId), { operatorId: managerId })) {
  const before = received();
  await eventually(async () => (await publish(), received() > before));
}
/** The same on the inbox's topic (a stream: announced, so logged with a cursor), with a change of no conversation in particular. */
async function untilDelivered(received: () => number) {
  const [conversation] = await api.app.orm.em.fork().getConnection().execute<{ id: string }[]>('select id from conversation where project_id = ? limit 1', [projectId]);
  await untilLive(received, () => api.app.orm.em.fork().transactional((tx) => announce(tx, ...inboxEvent(projectId, { kind: 'CONVERSATION_UPDATED', conversationId: conversation!.id }))));
}

const inboxDocument = 'subscription($after: String) { inboxEvents(after: $after) { kind conversation { id } message { text } } }';
type InboxAnswer = { inboxEvents: { kind: string; message: { text: string } | null } };
type Answer = { data?: InboxAnswer | null; extensions?: { cursor?: string } };
// The texts of the messages the answers carry (an event of a new message carries it, whatever its kind).
const texts = (answers: Answer[]) => answers.flatMap((answer) => answer.data?.inboxEvents.message?.text ?? []);

describe('two api nodes behind a load balancer and the gateway', () => {
  it('delivers a write made through node A to a subscriber on node B, directly and through the gateway, with its cursor', async () => {
    const anna = await api.login('anna@demo.test', 'demo-operator');
    const direct = collect<InboxAnswer>(socketTo(nodeB.url, anna), inboxDocument);
    // The gateway's trunk to the inbox (opened for this caller: one with no callers closes) goes to node B: node A
    // takes no new connections meanwhile.
    await balancer.setState('a', 'drain');
    const throughGateway = collect<InboxAnswer>(socketTo(gateway.url, anna), inboxDocument);
    for (const subscription of [direct, throughGateway]) await untilDelivered(() => subscription.received.length);
    await balancer.setState('a', 'ready');

    await (await visitorOn(nodeA.url, 'Visitor on A')).say('Written through node A');
    for (const subscription of [direct, throughGateway]) await eventually(async () => texts(subscription.received).includes('Written through node A'));
    const [here, there] = [direct, throughGateway].map((subscription) => subscription.received.find((answer) => texts([answer]).length > 0) as Answer);
    // The resume point reaches the gateway's client as it left the api.
    expect(here!.extensions?.cursor).toMatch(/^\d+\.\d+$/);
    expect(there!.extensions?.cursor).toBe(here!.extensions?.cursor);
    direct.dispose();
    throughGateway.dispose();
  });

  it('shows an operator whose only socket is on node B Offline once node B is SIGKILLed', async () => {
    const manager = await api.login('manager@demo.test', 'demo-manager');
    const boris = await api.login('boris@demo.test', 'demo-operator');
    await post(nodeA.url, 'mutation { setPresence(input: { status: ONLINE }) { userErrors { code } } }', {}, boris);
    const view = collect<{ operatorPresence: { name: string; presence: string } }>(socketTo(nodeA.url, manager), 'subscription { operatorPresence { name presence } }');
    await untilLive(() => view.received.length);
    const of = () => view.received.map((answer) => answer.data?.operatorPresence).filter((member) => member?.name === 'Boris Operator').map((member) => member!.presence);

    await api.connect({ authorization: boris }, nodeB.url);
    await expect.poll(of, { timeout: 10_000, interval: 20 }).toEqual(['ONLINE']);
    const killedAt = Date.now();
    await nodeB.kill();
    await expect.poll(of, { timeout: presence.ttlMs + slackMs, interval: 20 }).toEqual(['ONLINE', 'OFFLINE']);
    console.log(`[scale-out] Offline ${Date.now() - killedAt} ms after node B's SIGKILL (lease ${presence.ttlMs} ms)`);
    view.dispose();
    await restartNodeB();
  });

  it.each([
    ['passed through to the inbox', () => gateway],
    ['executed by Hive Gateway', () => executingGateway],
  ])('reconnects a client through the gateway to node A when node B dies, and delivers what it missed exactly once, in order (%s)', async (_, through) => {
    const anna = await api.login('anna@demo.test', 'demo-operator');
    const gateway = through();
    const visitor = await visitorOn(nodeA.url, 'Visitor who keeps writing');
    // The inbox's own socket and resuming subscribe (web/src/shared/realtime.ts), through the gateway.
    const live = createLiveSocket({ url: wsUrl(gateway.url), connectionParams: () => ({ authorization: anna }), keepAliveMs: 1000, pongTimeoutMs: 1000 });
    const answers: Answer[] = [];
    await balancer.setState('a', 'drain');
    const stop = live.subscribe<InboxAnswer>({ query: inboxDocument }, { next: (answer) => void answers.push(answer as Answer), error: (error) => console.error('[scale-out] subscription error', error), complete: () => {} });
    await untilDelivered(() => answers.length);
    await visitor.say('Before 1');
    await eventually(async () => texts(answers).includes('Before 1'));
    await balancer.setState('a', 'ready');
    for (const text of ['Before 2', 'Before 3']) await visitor.say(text);
    await eventually(async () => texts(answers).includes('Before 3'));

    await nodeB.kill();
    const missed = Array.from({ length: 20 }, (_, i) => `Missed ${i + 1}`);
    for (const text of missed) await visitor.say(text);
    await eventually(async () => texts(answers).includes('Missed 20'), 30_000);
    // Anything late or doubled would have arrived by now.
    await visitor.say('After');
    await eventually(async () => texts(answers).includes('After'));
    expect(texts(answers)).toEqual(['Before 1', 'Before 2', 'Before 3', ...missed, 'After']);
    expect(live.reconnects()).toBeGreaterThanOrEqual(1);
    expect(live.resyncs()).toBe(0);
    stop();
    live.dispose();
    await restartNodeB();
  }, 60_000);

  it('resumes through the gateway from the position its acknowledgement gives when the node dies before the first event', async () => {
    const boris = await api.login('boris@demo.test', 'demo-operator');
    const visitor = await visitorOn(nodeA.url, 'Visitor who writes once Boris is away');
    let acknowledged: unknown;
    const live = createLiveSocket({ url: wsUrl(gateway.url), connectionParams: () => ({ authorization: boris }) });
    live.ws.on('connected', (_socket, payload) => (acknowledged ??= payload));
    const answers: Answer[] = [];
    await balancer.setState('a', 'drain');
    const stop = live.subscribe<InboxAnswer>({ query: inboxDocument }, { next: (answer) => void answers.push(answer as Answer), error: () => {}, complete: () => {} });
    // The socket is live on node B once the team's presence comes through it; the inbox has said nothing yet, so its
    // resume point is still the acknowledgement's position.
    const presenceAnswers: unknown[] = [];
    const stopPresence = live.subscribe({ query: 'subscription { operatorPresence { name } }' }, { next: (answer) => void presenceAnswers.push(answer), error: () => {}, complete: () => {} });
    await untilLive(() => presenceAnswers.length);
    expect(answers).toEqual([]);
    expect(acknowledged).toEqual({ cursor: expect.stringMatching(/^\d+\.\d+$/) });
    await balancer.setState('a', 'ready');

    await nodeB.kill();
    const missed = Array.from({ length: 5 }, (_, i) => `While Boris was away ${i + 1}`);
    for (const text of missed) await visitor.say(text);
    await eventually(async () => texts(answers).includes(missed.at(-1)!), 30_000);
    await visitor.say('Back');
    await eventually(async () => texts(answers).includes('Back'));
    expect(texts(answers)).toEqual([...missed, 'Back']);
    stop();
    stopPresence();
    live.dispose();
  }, 60_000);
});
