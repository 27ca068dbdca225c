import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApi, type TestApi } from '../../test/harness.ts';
import { startReceiver } from '../../test/webhook-receiver.ts';
import { select, selectOne } from '../db/rows.ts';
import { receiveClientMessage } from '../messages/message.service.ts';
import { signatureHeader, verifySignature } from './webhook-signature.ts';
import { sweepWebhookDeliveries } from './webhook-send.service.ts';

// Deliveries end to end: stored on a client's message, sent by the real Temporal worker to a local receiver (allowed
// with WEBHOOKS_ALLOW_PRIVATE), signed, in order per conversation, retried with backoff, replayed, pinged, and the
// endpoint disabled (with a notification) once it keeps failing.

let api: TestApi;
let owner: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
// Path → how many answers of 500 it gives before 200s ('always': never 200).
const failing: Record<string, number | 'always'> = { '/flaky': 2, '/down': 'always' };
let conversations: { id: string; clientChannelId: string }[];

beforeAll(async () => {
  receiver = await startReceiver((request, received) => {
    const rule = failing[request.path];
    if (rule === 'always') return 500;
    if (rule && received.filter((entry) => entry.path === request.path).length <= rule) return 500;
    return 200;
  });
  api = await startTestApi({ outgoingWebhooks: { allowPrivate: true, retryBaseMs: 300, retryMaxMs: 2000, attempts: 3, disableAfterFailures: 4, disableAfterMs: 0 } });
  const seeded = await api.seed({ clients: 3 });
  owner = await api.login('owner@demo.test', 'demo-owner');
  conversations = await select(api.app.orm.em.fork(), 'select id, client_channel_id from conversation where project_id = ? order by created_at', [seeded.project.id]);
});
afterAll(async () => {
  await api?.stop();
  await receiver?.close();
});

const create = async (path: string, eventTypes: string[]) => {
  const result: any = await api.gql(
    'mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { webhookEndpoint { id } secret userErrors { reason } } }',
    { i: { url: `${receiver.url}${path}`, eventTypes } },
    owner,
  );
  expect(result.data.createWebhookEndpoint.userErrors).toEqual([]);
  return { id: result.data.createWebhookEndpoint.webhookEndpoint.id as string, secret: result.data.createWebhookEndpoint.secret as string };
};
const say = (conversation: { clientChannelId: string }, text: string) => receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId: conversation.clientChannelId, text, dedupeKey: text });
const log = async (endpointId: string) =>
  ((await api.gql('query($id: ID!) { node(id: $id) { ... on WebhookEndpoint { enabled disabledReason deliveries(first: 50) { edges { node { id eventId type status attempts statusCode responseTimeMs error nextAttemptAt replayOf { id } } } } } } }', { id: endpointId }, owner)) as any).data.node;

describe('webhook deliveries', () => {
  it('are signed, carry the event, and arrive in order per conversation', async () => {
    const endpoint = await create('/ok', ['MESSAGE_CREATED']);
    const [first, second] = conversations;
    for (let i = 1; i <= 4; i++) {
      await say(first!, `first ${i}`);
      await say(second!, `second ${i}`);
    }
    const got = await eventually(async () => (receiver.on('/ok').length >= 8 ? receiver.on('/ok') : null));
    expect(got).toHaveLength(8);
    for (const entry of got) {
      expect(verifySignature(endpoint.secret, String(entry.headers[signatureHeader.toLowerCase()]), entry.body)).toBe(true);
      expect(entry.headers['x-inbox-event-id']).toBe(entry.json.id);
      expect(entry.json).toMatchObject({ type: 'message.created', projectId: expect.any(String), createdAt: expect.any(String) });
    }
    const texts = (prefix: string) => got.map((entry) => entry.json.data.message.text as string).filter((text) => text.startsWith(prefix));
    expect(texts('first')).toEqual(['first 1', 'first 2', 'first 3', 'first 4']);
    expect(texts('second')).toEqual(['second 1', 'second 2', 'second 3', 'second 4']);
    const deliveries = (await log(endpoint.id)).deliveries.edges.map((edge: any) => edge.node);
    expect(deliveries.every((delivery: any) => delivery.status === 'DELIVERED' && delivery.statusCode === 200 && delivery.attempts === 1 && delivery.responseTimeMs >= 0)).toBe(true);
    await api.gql('mutation($i: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $i) { userErrors { reason } } }', { i: { webhookEndpointId: endpoint.id, enabled: false } }, owner);
  });

  it('are tried again after 500s with growing waits, holding back the conversation’s later ones', async () => {
    const endpoint = await create('/flaky', ['MESSAGE_CREATED']);
    const [conversation] = conversations;
    await say(conversation!, 'flaky 1');
    await say(conversation!, 'flaky 2');
    const got = await eventually(async () => (receiver.on('/flaky').length >= 4 ? receiver.on('/flaky') : null));
    expect(got.map((entry) => entry.json.data.message.text)).toEqual(['flaky 1', 'flaky 1', 'flaky 1', 'flaky 2']);
    expect(new Set(got.slice(0, 3).map((entry) => entry.json.id)).size).toBe(1);
    // Waits of 300 ms, then 600 ms.
    expect(got[1]!.at - got[0]!.at).toBeGreaterThanOrEqual(280);
    expect(got[2]!.at - got[1]!.at).toBeGreaterThanOrEqual(580);
    const deliveries = await eventually(async () => {
      const edges = (await log(endpoint.id)).deliveries.edges.map((edge: any) => edge.node);
      return edges.every((delivery: any) => delivery.status === 'DELIVERED') ? edges : null;
    });
    expect(deliveries.map((delivery: any) => [delivery.attempts, delivery.statusCode, delivery.error])).toEqual([[1, 200, null], [3, 200, null]]);
  });

  it('answer a ping, and replay one delivery with its event id', async () => {
    const endpoint = await create('/replay', ['MESSAGE_CREATED']);
    await say(conversations[2]!, 'to replay');
    const [original] = await eventually(async () => (receiver.on('/replay').length >= 1 ? receiver.on('/replay') : null));
    const [delivery] = (await log(endpoint.id)).deliveries.edges.map((edge: any) => edge.node);
    const replay: any = await api.gql('mutation($i: ReplayWebhookDeliveryInput!) { replayWebhookDelivery(input: $i) { delivery { id replayOf { id } } userErrors { reason } } }', { i: { webhookDeliveryId: delivery.id } }, owner);
    expect(replay.data.replayWebhookDelivery.delivery.replayOf).toEqual({ id: delivery.id });
    const ping: any = await api.gql('mutation($i: WebhookEndpointInput!) { pingWebhookEndpoint(input: $i) { delivery { id type } userErrors { reason } } }', { i: { webhookEndpointId: endpoint.id } }, owner);
    expect(ping.data.pingWebhookEndpoint.delivery.type).toBe('ping');
    const got = await eventually(async () => (receiver.on('/replay').length >= 3 ? receiver.on('/replay') : null));
    const replayed = got.find((entry, index) => index > 0 && entry.json.type === 'message.created')!;
    expect(replayed.json.id).toBe(original!.json.id);
    expect(replayed.body).toBe(original!.body);
    expect(got.find((entry) => entry.json.type === 'ping')!.json.data).toEqual({});
  });

  it('are handed over by the sweep when Temporal never heard of them', async () => {
    const endpoint = await create('/swept', ['MESSAGE_CREATED']);
    const wake = api.app.webhooks.wake;
    api.app.webhooks.wake = () => {};
    try {
      await say(conversations[2]!, 'while Temporal was away');
    } finally {
      api.app.webhooks.wake = wake;
    }
    const em = api.app.orm.em.fork();
    expect(await sweepWebhookDeliveries(api.app, em)).toBe(0);
    await em.execute(`update webhook_delivery set created_at = now() - interval '2 minutes' where status = 'PENDING'`);
    // This endpoint's and the two earlier ones' that take messages too (/flaky, /replay).
    expect(await sweepWebhookDeliveries(api.app, em)).toBe(3);
    const [got] = await eventually(async () => (receiver.on('/swept').length ? receiver.on('/swept') : null));
    expect(got!.json.data.message.text).toBe('while Temporal was away');
    await api.gql('mutation($i: WebhookEndpointInput!) { deleteWebhookEndpoint(input: $i) { deletedId } }', { i: { webhookEndpointId: endpoint.id } }, owner);
  });

  it('tell of new clients, closed conversations, tasks and deals moved', async () => {
    await create('/crm', ['CLIENT_CREATED', 'CONVERSATION_CLOSED', 'TASK_CHANGED', 'DEAL_MOVED']);
    const started: any = await api.gql('mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken } } }');
    expect(started.data.widgetStart.session.visitorToken).toBeTruthy();
    const first: any = await api.gql('{ conversations(first: 1) { edges { node { id client { id } } } } }', {}, owner);
    const { id: conversationId, client } = first.data.conversations.edges[0].node;
    await api.gql('mutation($i: ConversationInput!) { closeConversation(input: $i) { userErrors { reason } } }', { i: { conversationId } }, owner);
    await api.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { userErrors { reason } } }', { i: { clientId: client.id, title: 'Call back' } }, owner);
    const funnel = ((await api.gql('mutation { createFunnel(input: { name: "Sales", stages: ["New", "Offer"] }) { funnel { id stages { id } } } }', {}, owner)) as any).data.createFunnel.funnel;
    const deal: any = await api.gql('mutation($i: CreateDealInput!) { createDeal(input: $i) { deal { id } userErrors { reason } } }', { i: { clientId: client.id, title: 'Kitchen', funnelId: funnel.id } }, owner);
    await api.gql('mutation($i: MoveDealInput!) { moveDeal(input: $i) { userErrors { reason } } }', { i: { dealId: deal.data.createDeal.deal.id, stageId: funnel.stages[1].id } }, owner);
    const got = await eventually(async () => (receiver.on('/crm').length >= 5 ? receiver.on('/crm') : null));
    const byType = Map.groupBy(got, (entry) => entry.json.type);
    expect(byType.get('client.created')![0]!.json.data.client.name).toEqual(expect.any(String));
    expect(byType.get('conversation.closed')![0]!.json.data).toMatchObject({ conversation: { id: conversationId, status: 'CLOSED' }, change: 'CLOSED' });
    expect(byType.get('task.changed')![0]!.json.data).toMatchObject({ change: 'CREATED', clientId: client.id, task: { title: 'Call back' } });
    expect(byType.get('deal.moved')!.map((entry) => entry.json.data.change)).toEqual(['DEAL_CREATED', 'DEAL_STAGE_CHANGED']);
    expect(byType.get('deal.moved')![1]!.json.data).toMatchObject({ deal: { id: deal.data.createDeal.deal.id, stageId: funnel.stages[1].id }, toStageId: funnel.stages[1].id });
  });

  it('disable an endpoint that keeps failing, and tell the owners and admins', async () => {
    const endpoint = await create('/down', ['MESSAGE_CREATED']);
    await say(conversations[1]!, 'down 1');
    await say(conversations[1]!, 'down 2');
    const disabled = await eventually(async () => {
      const state = await log(endpoint.id);
      return state.enabled ? null : state;
    }, 20_000);
    expect(disabled.disabledReason).toMatch(/^Disabled after 4 failed attempts in a row/);
    expect(disabled.deliveries.edges.map((edge: any) => [edge.node.status, edge.node.attempts])).toEqual([['FAILED', 1], ['FAILED', 3]]);
    expect(receiver.on('/down')).toHaveLength(4);
    const notifications: any = await api.gql('{ notifications(first: 5) { edges { node { kind webhookEndpoint { id } } } } }', {}, owner);
    expect(notifications.data.notifications.edges.map((edge: any) => edge.node)).toContainEqual({ kind: 'WEBHOOK_DISABLED', webhookEndpoint: { id: endpoint.id } });
    const admins = await selectOne<{ n: number }>(api.app.orm.em.fork(), `select count(*)::int as n from notification where kind = 'WEBHOOK_DISABLED'`);
    expect(admins!.n).toBe(1);
    // Nothing more is sent while it is disabled.
    await say(conversations[1]!, 'down 3');
    expect(receiver.on('/down')).toHaveLength(4);
  });
});
