import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { eventually, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { webchatCapabilities, webchatDriver } from '../channels/drivers/webchat/webchat.driver.ts';
import { idOf } from '../graphql/global-id.ts';
import { startWorker, type RunningWorker } from '../../../workflows/src/worker.ts';

// The message's own workflow alone, with no due dispatcher and no grace: its durable timer sends it, once, at the
// due time, also across a worker stopped while it waits (scheduled-message.test.ts covers the dispatcher's path).
const sends = new Map<string, number>();
let api: TestApi;
let worker: RunningWorker;
let token: string;
let conversationId: string;

const runWorker = async () => {
  const real = webchatDriver(api.app.orm);
  const counting = {
    kind: 'WEBCHAT' as const,
    capabilities: webchatCapabilities,
    async send(message: Parameters<typeof real.send>[0]) {
      sends.set(message.messageId, (sends.get(message.messageId) ?? 0) + 1);
      return real.send(message);
    },
  };
  worker = await startWorker(api.app, { address: inject('temporalAddress'), namespace: 'default', taskQueue: api.taskQueue, dueDispatcher: false }, { WEBCHAT: counting });
};

beforeAll(async () => {
  api = await startTestApi({ worker: false, scheduledTimerGraceMs: 0 });
  await runWorker();
  await api.seed({ clients: 2 });
  token = await api.login('anna@demo.test', 'demo-operator');
  conversationId = ((await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, token)) as any).data.conversations.edges[0].node.id;
});
afterAll(async () => {
  await worker?.stop();
  await api?.stop();
});

const schedule = async (text: string, seconds: number) =>
  ((await api.gql('mutation($i: ScheduleMessageInput!) { scheduleMessage(input: $i) { message { id scheduledAt } } }', { i: { conversationId, text, sendAt: new Date(Date.now() + seconds * 1000).toISOString() } }, token)) as any).data.scheduleMessage.message;
const status = async (id: string) => ((await api.gql('query($id: ID!) { node(id: $id) { ... on Message { status sentAt } } }', { id }, token)) as any).data.node;

it('sends at the due time by the workflow timer, once', async () => {
  const message = await schedule('By the timer', 2);
  await settle(1000);
  expect((await status(message.id)).status).toBe('SCHEDULED');
  await eventually(async () => (await status(message.id)).status === 'SENT');
  expect(Date.parse((await status(message.id)).sentAt)).toBeGreaterThanOrEqual(Date.parse(message.scheduledAt));
  expect(sends.get(idOf('Message', message.id)!)).toBe(1);
});

it('a worker stopped while the timer waits sends it once when it is back', async () => {
  const message = await schedule('Timer across a restart', 2);
  await settle(300);
  await worker.stop();
  await settle(3000);
  expect((await status(message.id)).status).toBe('SCHEDULED');
  await runWorker();
  await eventually(async () => (await status(message.id)).status === 'SENT');
  await settle(1000);
  expect(sends.get(idOf('Message', message.id)!)).toBe(1);
});
