import { randomBytes } from 'node:crypto';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { eventually, startTestApi, type TestApi } from '../../test/harness.ts';
import { ensureSchedules, schedules } from '../../../workflows/src/maintenance/contract.ts';
import { selectOne } from '../db/rows.ts';
import { idOf } from '../graphql/global-id.ts';

// A reply stored while Temporal was unreachable stays QUEUED; the sweep's schedule hands it to delivery.
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
  const enqueue = api.app.deliveryQueue.enqueue;
  api.app.deliveryQueue.enqueue = async () => {};
  let messageId: string;
  try {
    const sent: any = await api.gql('mutation($c: ID!) { sendMessage(input: { conversationId: $c, text: "Stored while away" }) { message { id status } } }', { c: first.data.conversations.edges[0].node.id }, anna);
    expect(sent.data.sendMessage.message.status).toBe('QUEUED');
    messageId = idOf('Message', sent.data.sendMessage.message.id)!;
  } finally {
    api.app.deliveryQueue.enqueue = enqueue;
  }
  // The sweep hands over messages queued for more than 30 s.
  await api.app.orm.em.fork().execute(`update message set created_at = now() - interval '1 minute' where id = ?`, [messageId]);

  const client = new TemporalClient({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
  const prefix = `test-${randomBytes(4).toString('hex')}-`;
  await ensureSchedules(client, { taskQueue: api.taskQueue, idPrefix: prefix });
  try {
    const handle = client.schedule.getHandle(`${prefix}sweep-queued-messages`);
    const description = await handle.describe();
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'sweepQueuedMessages' });
    expect(description.policies.overlap).toBe('SKIP');
    await handle.trigger();
    const status = async () => (await selectOne<{ status: string }>(api.app.orm.em.fork(), 'select status from message where id = ?', [messageId]))?.status;
    await eventually(async () => (await status()) === 'SENT', 20_000);
  } finally {
    for (const schedule of schedules) await client.schedule.getHandle(`${prefix}${schedule.id}`).delete();
    await client.connection.close();
  }
});
