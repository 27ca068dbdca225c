import { randomBytes } from 'node:crypto';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { eventually, startTestApi, type TestApi } from '../../test/harness.ts';
import { ensureSchedules, schedules } from '../../../workflows/src/maintenance/contract.ts';
import { selectOne } from '../db/rows.ts';
import { idOf } from '../graphql/global-id.ts';
import { temporalDeliveryQueue } from '../messages/delivery-queue.ts';
import { sweepQueuedMessages } from './delivery.service.ts';

// Temporal stays out of the request: a reply is committed as QUEUED and answered at once, handed to Temporal in the
// background (retrying while it is unreachable), and the sweep's schedule takes over what a node could not hand over.
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi();
  await api.seed({ clients: 1 });
});
afterAll(() => api?.stop());

it('delivers a reply stored while Temporal was away once the sweep schedule runs, skipping overlapping runs', async () => {
  const anna = await api.login('anna@demo.test', 'demo-operator');
  const first: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, anna);
  // Temporal "unreachable" for this one send: the message is stored, nothing starts its delivery.
  const handOver = api.app.deliveryQueue.handOver;
  api.app.deliveryQueue.handOver = () => {};
  let messageId: string;
  try {
    const sent: any = await api.gql('mutation($c: ID!) { sendMessage(input: { conversationId: $c, text: "Stored while away" }) { message { id status } } }', { c: first.data.conversations.edges[0].node.id }, anna);
    expect(sent.data.sendMessage.message.status).toBe('QUEUED');
    messageId = idOf('Message', sent.data.sendMessage.message.id)!;
  } finally {
    api.app.deliveryQueue.handOver = handOver;
  }
  // The sweep hands over messages queued for more than 30 s.
  await api.app.orm.em.fork().execute(`update message set created_at = now() - interval '1 minute' where id = ?`, [messageId]);
  const status = async () => (await selectOne<{ status: string }>(api.app.orm.em.fork(), 'select status from message where id = ?', [messageId]))?.status;
  expect(await status()).toBe('QUEUED');

  const client = new TemporalClient({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
  const prefix = `test-${randomBytes(4).toString('hex')}-`;
  await ensureSchedules(client, { taskQueue: api.taskQueue, idPrefix: prefix });
  try {
    const handle = client.schedule.getHandle(`${prefix}sweep-queued-messages`);
    const description = await handle.describe();
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'sweepQueuedMessages' });
    expect(description.policies.overlap).toBe('SKIP');
    await handle.trigger();
    await eventually(async () => (await status()) === 'SENT', 20_000);
  } finally {
    for (const schedule of schedules) await client.schedule.getHandle(`${prefix}${schedule.id}`).delete();
    await client.connection.close();
  }
});

it('answers a reply at once while Temporal hangs, and hands it over in the background once Temporal is back', async () => {
  const anna = await api.login('anna@demo.test', 'demo-operator');
  const first: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, anna);
  const real = new TemporalClient({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
  // Temporal "unreachable": each start waits 2 s and fails, until it is back.
  let down = true;
  const flaky = {
    workflow: {
      start: async (...args: Parameters<typeof real.workflow.start>) => {
        if (!down) return real.workflow.start(...args);
        await new Promise((resolve) => setTimeout(resolve, 2000));
        throw new Error('Temporal is unreachable');
      },
    },
  } as unknown as TemporalClient;
  const queue = api.app.deliveryQueue;
  api.app.deliveryQueue = temporalDeliveryQueue(flaky, api.taskQueue);
  try {
    const started = performance.now();
    const sent: any = await api.gql('mutation($c: ID!) { sendMessage(input: { conversationId: $c, text: "While Temporal hangs" }) { message { id status } } }', { c: first.data.conversations.edges[0].node.id }, anna);
    expect(performance.now() - started).toBeLessThan(1500);
    expect(sent.data.sendMessage.message.status).toBe('QUEUED');
    const id = idOf('Message', sent.data.sendMessage.message.id)!;
    const status = async () => (await selectOne<{ status: string }>(api.app.orm.em.fork(), 'select status from message where id = ?', [id]))?.status;
    await new Promise((resolve) => setTimeout(resolve, 2500));
    expect(await status()).toBe('QUEUED');
    down = false;
    await eventually(async () => (await status()) === 'SENT', 20_000);
  } finally {
    await api.app.deliveryQueue.close();
    api.app.deliveryQueue = queue;
    await real.connection.close();
  }
});

it('hands over every stale reply in one sweep, each once, however many an outage left', async () => {
  const em = api.app.orm.em.fork();
  const columns = (await em.getConnection().execute<{ name: string }[]>(
    `select column_name as name from information_schema.columns where table_name = 'message' and column_name not in ('id', 'status', 'created_at', 'dedupe_key', 'search') and is_generated = 'NEVER'`,
  )).map((row) => `"${row.name}"`);
  // 2,500 replies QUEUED long ago, copies of one.
  await em.getConnection().execute(
    `insert into message (id, status, created_at, ${columns.join(', ')})
     select gen_random_uuid(), 'QUEUED', now() - interval '1 hour' - (n * interval '1 millisecond'), ${columns.map((c) => `m.${c}`).join(', ')}
       from generate_series(1, 2500) n, (select * from message where direction = 'OUTBOUND' limit 1) m`,
  );
  const stale = (await em.getConnection().execute<{ id: string }[]>(`select id from message where status = 'QUEUED' and created_at < now() - interval '30 seconds'`)).map((row) => row.id);
  expect(stale.length).toBeGreaterThanOrEqual(2500);
  const enqueued: string[] = [];
  const enqueue = api.app.deliveryQueue.enqueue;
  api.app.deliveryQueue.enqueue = async (ids) => void enqueued.push(...ids);
  try {
    expect(await sweepQueuedMessages(api.app, em)).toBe(stale.length);
  } finally {
    api.app.deliveryQueue.enqueue = enqueue;
  }
  expect(enqueued.length).toBe(stale.length);
  expect(new Set(enqueued)).toEqual(new Set(stale));
  await em.getConnection().execute(`delete from message where status = 'QUEUED' and created_at < now() - interval '30 minutes'`);
});
