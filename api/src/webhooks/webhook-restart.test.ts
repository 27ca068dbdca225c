import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventually, startTestApi, startWorkerProcess, type TestApi } from '../../test/harness.ts';
import { startReceiver } from '../../test/webhook-receiver.ts';
import { select } from '../db/rows.ts';
import { receiveClientMessage } from '../messages/message.service.ts';

// A worker killed outright (SIGKILL) in the middle of a conversation's deliveries: another worker carries on where
// the log says, so nothing is lost, what the receiver acknowledged is not sent again, and at most the delivery in
// flight arrives twice (with the same id).

let api: TestApi;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  // Each answer takes 300 ms, so the kill lands while one is in flight.
  receiver = await startReceiver(async () => (await new Promise((resolve) => setTimeout(resolve, 300)), 200));
  api = await startTestApi({ worker: false, outgoingWebhooks: { allowPrivate: true } });
  await api.seed({ clients: 1 });
});
afterAll(async () => {
  await api?.stop();
  await receiver?.close();
});

it('loses and repeats nothing acknowledged when the worker dies mid-way', async () => {
  const env = { WEBHOOKS_ALLOW_PRIVATE: '1' };
  let worker = await startWorkerProcess(api, env);
  const owner = await api.login('owner@demo.test', 'demo-owner');
  const created: any = await api.gql('mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { userErrors { reason } } }', { i: { url: `${receiver.url}/crm`, eventTypes: ['MESSAGE_CREATED'] } }, owner);
  expect(created.data.createWebhookEndpoint.userErrors).toEqual([]);
  const em = api.app.orm.em.fork();
  const [conversation] = await select<{ clientChannelId: string }>(em, 'select client_channel_id from conversation limit 1');
  for (let i = 1; i <= 8; i++) await receiveClientMessage(api.app, em, { clientChannelId: conversation!.clientChannelId, text: `m${i}`, dedupeKey: `m${i}` });

  await eventually(async () => receiver.received.length >= 3, 20_000);
  await worker.kill();
  const acknowledged = await select<{ eventId: string }>(em, `select event_id from webhook_delivery where status = 'DELIVERED'`);
  expect(acknowledged.length).toBeGreaterThanOrEqual(2);
  worker = await startWorkerProcess(api, env);
  try {
    await eventually(async () => (await select(em, `select 1 from webhook_delivery where status <> 'DELIVERED'`)).length === 0, 60_000);
  } finally {
    await worker.kill();
  }
  const ids = receiver.received.map((entry) => entry.json.id);
  for (const { eventId } of acknowledged) expect(ids.filter((id) => id === eventId)).toHaveLength(1);
  // Every event arrived, first arrivals in the conversation's order; at most the one in flight came twice.
  expect([...new Set(receiver.received.map((entry) => entry.json.data.message.text))]).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8']);
  expect(receiver.received.length).toBeLessThanOrEqual(9);
}, 120_000);
