import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventually, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { startReceiver } from '../../test/webhook-receiver.ts';
import type { ClientsChangedMessage } from '../clients/client-activity.service.ts';
import { topics } from '../pubsub/pubsub.ts';

// Clients made by a CSV import reach outgoing webhooks as `client.created`, one delivery per client, announced in
// one pub/sub event per committed batch of 200 rows (not one per row).

let api: TestApi;
let owner: string;
let projectId: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  receiver = await startReceiver();
  api = await startTestApi({ outgoingWebhooks: { allowPrivate: true } });
  projectId = (await api.seed({ clients: 1 })).project.id;
  owner = await api.login('owner@demo.test', 'demo-owner');
});
afterAll(async () => {
  await api?.stop();
  await receiver?.close();
});

async function importCsv(csv: string) {
  const upload = await fetch(`${api.url}/files?name=clients.csv`, { method: 'POST', headers: { authorization: owner, 'content-type': 'text/csv' }, body: csv });
  expect(upload.status).toBe(201);
  const { file } = (await upload.json()) as { file: { id: string } };
  const started: any = await api.gql('mutation($i: ImportClientsInput!) { importClients(input: $i) { job { id } userErrors { code } } }', { i: { fileId: file.id } }, owner);
  expect(started.data.importClients.userErrors).toEqual([]);
  const jobId = started.data.importClients.job.id as string;
  return eventually(async () => {
    const job: any = await api.gql('query($id: ID!) { node(id: $id) { ... on ClientJob { status created updated } } }', { id: jobId }, owner);
    return ['DONE', 'FAILED'].includes(job.data.node.status) ? job.data.node : null;
  }, 30_000);
}

describe('clients made by a CSV import', () => {
  it('are delivered as client.created, one each, from one event per committed batch', async () => {
    const made: any = await api.gql(
      'mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { userErrors { reason } } }',
      { i: { url: `${receiver.url}/created`, eventTypes: ['CLIENT_CREATED'] } },
      owner,
    );
    expect(made.data.createWebhookEndpoint.userErrors).toEqual([]);
    const published = vi.spyOn(api.app.pubsub, 'publish');
    try {
      const rows = ['name;email', ...Array.from({ length: 250 }, (_, i) => `Imported ${i};imported${i}@example.com`)];
      expect(await importCsv(rows.join('\r\n'))).toMatchObject({ status: 'DONE', created: 250, updated: 0 });
      const announced = published.mock.calls.filter(([topic]) => topic === topics.clients(projectId)).map(([, event]) => event as ClientsChangedMessage);
      expect(announced.map((event) => event.createdIds?.length)).toEqual([200, 50]);
      const got = await eventually(async () => (receiver.on('/created').length >= 250 ? receiver.on('/created') : null), 60_000);
      await settle(500);
      expect(receiver.on('/created')).toHaveLength(250);
      expect(got.every((entry) => entry.json.type === 'client.created')).toBe(true);
      const names = got.map((entry) => entry.json.data.client.name as string);
      expect(new Set(names)).toEqual(new Set(rows.slice(1).map((row) => row.split(';')[0])));
      expect(new Set(got.map((entry) => entry.json.data.client.id)).size).toBe(250);
    } finally {
      published.mockRestore();
    }
  });

  it('that update clients are delivered as client.changed, not as created', async () => {
    await api.gql('mutation($i: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $i) { userErrors { reason } } }', { i: { url: `${receiver.url}/changed`, eventTypes: ['CLIENT_CHANGED'] } }, owner);
    const before = receiver.on('/created').length;
    expect(await importCsv('name;email\r\nRenamed;imported0@example.com\r\n')).toMatchObject({ status: 'DONE', created: 0, updated: 1 });
    const [changed] = await eventually(async () => (receiver.on('/changed').length ? receiver.on('/changed') : null));
    expect(changed!.json.data.client).toMatchObject({ name: 'Renamed', email: 'imported0@example.com' });
    await settle();
    expect(receiver.on('/created')).toHaveLength(before);
  });
});
