import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { eventually } from '../../test/harness.ts';

// A dead worker is no longer invisible: the API, /readyz/delivery and the inbox say when replies wait.
let api: TestApi;
let anna: string;
let conversationId: string;

beforeAll(async () => {
  // No worker: nothing delivers, as when the worker process died.
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 1 });
  anna = await api.login('anna@demo.test', 'demo-operator');
  const first: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, anna);
  conversationId = first.data.conversations.edges[0].node.id;
});
afterAll(() => api?.stop());

const status = async () => ((await api.gql('{ deliveryStatus { workers queued oldestQueuedAt delayed } }', {}, anna)) as any).data.deliveryStatus;

it('reports no worker and the waiting replies, as delayed, in the API and in /readyz/delivery', async () => {
  await api.app.orm.em.fork().execute(`update message set status = 'SENT' where status = 'QUEUED'`);
  expect(await status()).toMatchObject({ queued: 0, oldestQueuedAt: null, delayed: false });

  await api.gql('mutation($c: ID!) { sendMessage(input: { conversationId: $c, text: "Nobody delivers this" }) { message { id } } }', { c: conversationId }, anna);
  // This task queue has never had a worker: OFFLINE, so even a fresh reply counts as delayed.
  const now = await status();
  expect(now).toMatchObject({ workers: 'OFFLINE', queued: 1, delayed: true });
  expect(Date.parse(now.oldestQueuedAt)).toBeGreaterThan(Date.now() - 60_000);

  const response = await fetch(`${api.url}/readyz/delivery`);
  expect(response.status).toBe(503);
  expect(await response.json()).toMatchObject({ workers: 'OFFLINE', delayed: true });
});

it('reports a worker that polls as ONLINE, and no delay once nothing waits', async () => {
  const { startWorker } = await import('../../../workflows/src/worker.ts');
  const { inject } = await import('vitest');
  const worker = await startWorker(api.app, { address: inject('temporalAddress'), namespace: 'default', taskQueue: api.taskQueue });
  try {
    // The monitor asks Temporal at most every 10 s; the reply is delivered meanwhile.
    await eventually(async () => {
      const now = await status();
      return now.workers === 'ONLINE' && now.queued === 0 && !now.delayed;
    }, 30_000);
    expect((await fetch(`${api.url}/readyz/delivery`)).status).toBe(200);
  } finally {
    await worker.stop();
  }
}, 60_000);
