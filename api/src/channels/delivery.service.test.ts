import { webchatCapabilities } from './drivers/webchat/webchat.driver.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collect, eventually, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { selectOne } from '../db/rows.ts';
import { Message } from '../messages/message.entity.ts';
import { idOf } from '../graphql/global-id.ts';
import { deliverQueuedMessage, DeliveryInProgressError } from './delivery.service.ts';
import type { Drivers } from './drivers/drivers.ts';
import { PermanentDeliveryError } from './drivers/driver.ts';

// Delivery attempts are called here directly (no worker), to race them deterministically.
let api: TestApi;
let token: string;
let conversationId: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 1 });
  token = await api.login('anna@demo.test', 'demo-operator');
  const first: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, token);
  conversationId = first.data.conversations.edges[0].node.id;
});
afterAll(() => api?.stop());

async function queued(text: string) {
  const result: any = await api.gql('mutation($c: ID!, $t: String!) { sendMessage(input: { conversationId: $c, text: $t }) { message { id } } }', { c: conversationId, t: text }, token);
  return idOf('Message', result.data.sendMessage.message.id)!;
}

const slowDriver = (calls: string[], ms: number): Drivers => ({
  WEBCHAT: {
    kind: 'WEBCHAT',
    capabilities: webchatCapabilities,
    async send(message) {
      calls.push(message.messageId);
      await new Promise((resolve) => setTimeout(resolve, ms));
      return { externalId: `ext-${message.messageId}` };
    },
  },
});

it('sends a message once when two attempts overlap: the second finds it claimed', async () => {
  const id = await queued('overlapping attempts');
  const calls: string[] = [];
  const drivers = slowDriver(calls, 300);
  const results = await Promise.allSettled([
    deliverQueuedMessage(api.app, api.app.orm.em.fork(), drivers, id),
    deliverQueuedMessage(api.app, api.app.orm.em.fork(), drivers, id),
  ]);
  expect(calls).toEqual([id]);
  expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(DeliveryInProgressError);
  const message = await api.app.orm.em.fork().findOneOrFail(Message, id);
  expect(message).toMatchObject({ status: 'SENT', externalId: `ext-${id}` });
});

it('leaves a message alone once it is sent: a repeated attempt sends nothing, and the inbox hears of SENT once', async () => {
  const inbox = collect<{ inboxEvents: { kind: string; message: { id: string; status: string } | null } }>(
    api.socket({ authorization: token }),
    'subscription { inboxEvents { kind message { id status } } }',
  );
  await settle();
  const id = await queued('sent once');
  const calls: string[] = [];
  await deliverQueuedMessage(api.app, api.app.orm.em.fork(), slowDriver(calls, 0), id);
  await expect(deliverQueuedMessage(api.app, api.app.orm.em.fork(), slowDriver(calls, 0), id)).resolves.toEqual({ skipped: true });
  expect(calls).toEqual([id]);
  await inbox.next(2);
  await settle();
  // (Each event carries the message as it is when the event is read: the first may already say SENT.)
  expect(inbox.received.map(({ data }) => [data!.inboxEvents.kind, idOf('Message', data!.inboxEvents.message!.id)])).toEqual([
    ['MESSAGE_ADDED', id],
    ['MESSAGE_STATUS_CHANGED', id],
  ]);
  expect(inbox.received[1]!.data!.inboxEvents.message!.status).toBe('SENT');
  inbox.dispose();
});

it('releases the claim when the messenger refuses, so the retry need not wait', async () => {
  const id = await queued('refused once');
  let refuse = true;
  const flaky: Drivers = {
    WEBCHAT: {
      kind: 'WEBCHAT',
      capabilities: webchatCapabilities,
      async send(message) {
        if (refuse) throw new Error('503 from the messenger');
        return { externalId: message.messageId };
      },
    },
  };
  await expect(deliverQueuedMessage(api.app, api.app.orm.em.fork(), flaky, id)).rejects.toThrow('503');
  refuse = false;
  await expect(deliverQueuedMessage(api.app, api.app.orm.em.fork(), flaky, id)).resolves.toEqual({ skipped: false });
});

it('fails permanently for a message that does not exist', async () => {
  await expect(deliverQueuedMessage(api.app, api.app.orm.em.fork(), {}, '01a20000-0000-7000-8000-000000000000')).rejects.toBeInstanceOf(PermanentDeliveryError);
});

it('releases only its own claim: a slow refusal after the claim lapsed leaves the next attempt’s claim alone', async () => {
  const id = await queued('lapsed claim');
  const sends: string[] = [];
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  // The first attempt's messenger holds the message (a bot's pace) and then refuses it for now.
  const slowRefusal: Drivers = {
    WEBCHAT: {
      kind: 'WEBCHAT',
      capabilities: webchatCapabilities,
      async send() {
        await held;
        throw new Error('paced out');
      },
    },
  };
  const first = deliverQueuedMessage(api.app, api.app.orm.em.fork(), slowRefusal, id).catch((error: Error) => error);
  await new Promise((resolve) => setTimeout(resolve, 200));
  // Its claim lapses; a second attempt claims the message and is sending it (slowly) when the first one gives up.
  await api.app.orm.em.fork().execute(`update message set sending_until = now() - interval '1 second' where id = ?`, [id]);
  const second = deliverQueuedMessage(api.app, api.app.orm.em.fork(), slowDriver(sends, 1500), id);
  await new Promise((resolve) => setTimeout(resolve, 200));
  release();
  expect(await first).toBeInstanceOf(Error);
  // A third attempt finds the second one's claim, not a cleared one: the message goes out once.
  await expect(deliverQueuedMessage(api.app, api.app.orm.em.fork(), slowDriver(sends, 0), id)).rejects.toBeInstanceOf(DeliveryInProgressError);
  await second;
  expect(sends).toEqual([id]);
});

it('counts a message the platform took as sent when the driver reports a problem after it, and shows the problem on the channel', async () => {
  const id = await queued('sent, copy not kept');
  const calls: string[] = [];
  // E-mail's case: SMTP took the mail, the copy in Sent failed.
  const afterwards: Drivers = {
    WEBCHAT: {
      kind: 'WEBCHAT',
      capabilities: webchatCapabilities,
      async send(message) {
        calls.push(message.messageId);
        return { externalId: `ext-${message.messageId}`, problem: new Error('The mail was sent, but its copy was not kept in Sent.') };
      },
    },
  };
  await expect(deliverQueuedMessage(api.app, api.app.orm.em.fork(), afterwards, id)).resolves.toEqual({ skipped: false });
  await expect(deliverQueuedMessage(api.app, api.app.orm.em.fork(), afterwards, id)).resolves.toEqual({ skipped: true });
  expect(calls).toEqual([id]);
  expect(await api.app.orm.em.fork().findOneOrFail(Message, id)).toMatchObject({ status: 'SENT' });
  const health = () =>
    selectOne<{ lastError: string | null }>(api.app.orm.em.fork(), 'select ch.last_error from message m join conversation c on c.id = m.conversation_id join channel ch on ch.id = c.channel_id where m.id = ?', [id]);
  await eventually(async () => ((await health())?.lastError === 'The mail was sent, but its copy was not kept in Sent.' ? true : undefined));
});
