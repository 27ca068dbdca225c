import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, eventually, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { createApiToken } from '../auth/api-token.service.ts';
import { Channel } from '../channels/channel.entity.ts';
import { webchatCapabilities, webchatDriver } from '../channels/drivers/webchat/webchat.driver.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { Client } from '../clients/client.entity.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { newId } from '../db/ids.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';
import { Message } from './message.entity.ts';

// The web chat driver fails the first two attempts for texts starting with "flaky": the real workflow's
// retries are what is under test.
const attempts = new Map<string, number>();
let api: TestApi;
let token: string;
let conversationId: string;
let projectId: string;

beforeAll(async () => {
  api = await startTestApi({
    drivers: (app) => {
      const real = webchatDriver(app.orm);
      return {
        WEBCHAT: {
          kind: 'WEBCHAT',
          capabilities: webchatCapabilities,
          async send(message) {
            const n = (attempts.get(message.messageId) ?? 0) + 1;
            attempts.set(message.messageId, n);
            if (message.text.startsWith('flaky') && n <= 2) throw new Error(`timeout on attempt ${n}`);
            return real.send(message);
          },
        },
      };
    },
  });
  projectId = (await api.seed({ clients: 3 })).project.id;
  token = await api.login('anna@demo.test', 'demo-operator');
  const first: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, token);
  conversationId = first.data.conversations.edges[0].node.id;
});
afterAll(() => api?.stop());

const send = `mutation($input: SendMessageInput!) {
  sendMessage(input: $input) { message { id status text senderKind author { email } } userErrors { code field message } }
}`;
const statusOf = async (id: string) => {
  const result: any = await api.gql('query($id: ID!) { node(id: $id) { ... on Message { status failureReason failureCode sentAt } } }', { id }, token);
  return result.data.node;
};

describe('sendMessage', () => {
  it('stores the reply as QUEUED, delivers it through Temporal, and publishes every status change live', async () => {
    const live = collect(api.socket({ authorization: token }), 'subscription($id: ID!) { conversationMessages(conversationId: $id) { id status } }', { id: conversationId });
    await settle();
    const result: any = await api.gql(send, { input: { conversationId, text: 'Your order ships today.' } }, token);
    const message = result.data.sendMessage.message;
    expect(message).toMatchObject({ status: 'QUEUED', senderKind: 'OPERATOR', author: { email: 'anna@demo.test' } });

    await live.next(2);
    expect(live.received.map((r) => r.data?.conversationMessages)).toEqual([
      { id: message.id, status: 'QUEUED' },
      { id: message.id, status: 'SENT' },
    ]);
    expect(await statusOf(message.id)).toMatchObject({ status: 'SENT', sentAt: expect.any(String) });
  });

  it('retries a failing channel with backoff and sends exactly once it works', async () => {
    const result: any = await api.gql(send, { input: { conversationId, text: 'flaky network reply' } }, token);
    const id = result.data.sendMessage.message.id;
    const sent = await eventually(async () => (await statusOf(id)).status === 'SENT', 20_000);
    expect(sent).toBe(true);
    expect(attempts.get(idOf('Message', id)!)).toBe(3);
  });

  it('refuses a reply the channel cannot take before storing it (here: an api without a Telegram driver)', async () => {
    const em = api.app.orm.em.fork();
    const client = await em.findOneOrFail(Client, { projectId }, { orderBy: { createdAt: 'asc' } });
    const channel = em.create(Channel, { id: newId(), projectId, kind: 'TELEGRAM', name: 'Telegram bot', publicKey: 'tg-test' });
    const clientChannel = em.create(ClientChannel, { id: newId(), projectId, clientId: client.id, channelId: channel.id, platformId: '123456' });
    const conversation = em.create(Conversation, { id: newId(), projectId, clientId: client.id, channelId: channel.id, clientChannelId: clientChannel.id });
    await em.flush();
    const result: any = await api.gql(send, { input: { conversationId: toGlobalId('Conversation', conversation.id), text: 'Hello on Telegram' } }, token);
    expect(result.data.sendMessage).toMatchObject({ message: null, userErrors: [{ code: 'CONFLICT' }] });
    expect(await api.app.orm.em.fork().count(Message, { conversationId: conversation.id })).toBe(0);
  });

  it('is idempotent by idempotencyKey: a retried request stores and delivers one message', async () => {
    const input = { conversationId, text: 'Sent twice by a flaky network', idempotencyKey: 'retry-1' };
    const [a, b]: any[] = await Promise.all([api.gql(send, { input }, token), api.gql(send, { input }, token)]);
    expect(a.data.sendMessage.message.id).toBe(b.data.sendMessage.message.id);
    expect(await api.app.orm.em.fork().count(Message, { text: input.text })).toBe(1);
  });

  it('stores many replies sent at once in one conversation, each of them (no deadlock between their locks)', async () => {
    const results: any[] = await Promise.all(Array.from({ length: 24 }, (_, i) => api.gql(send, { input: { conversationId, text: `At once ${i}` } }, token)));
    expect(results.filter((result) => result.errors)).toEqual([]);
    expect(new Set(results.map((result) => result.data.sendMessage.message.id)).size).toBe(24);
  });

  it('rejects empty and oversize texts and unknown conversations with user errors, storing nothing', async () => {
    const before = await api.app.orm.em.fork().count(Message, {});
    const cases = [
      [{ conversationId, text: '   ' }, { code: 'INVALID_INPUT', field: 'text', message: 'The message is empty.' }],
      [{ conversationId, text: 'x'.repeat(4097) }, { code: 'INVALID_INPUT', field: 'text', message: 'The message is longer than 4096 characters.' }],
      [{ conversationId: 'bogus', text: 'hi' }, { code: 'NOT_FOUND', field: 'conversationId', message: 'No such conversation.' }],
      [{ conversationId, text: 'hi', idempotencyKey: 'k'.repeat(101) }, { code: 'INVALID_INPUT', field: 'idempotencyKey', message: 'idempotencyKey must be 1 to 100 characters.' }],
    ] as const;
    for (const [input, error] of cases) {
      const result: any = await api.gql(send, { input }, token);
      expect(result.data.sendMessage).toEqual({ message: null, userErrors: [error] });
    }
    expect(await api.app.orm.em.fork().count(Message, {})).toBe(before);
  });

  it('goes out on behalf of the bot when asked, still showing the operator who wrote it', async () => {
    const result: any = await api.gql(
      'mutation($c: ID!) { sendMessage(input: { conversationId: $c, text: "Your code is 4242", asBot: true }) { message { senderKind author { email } } } }',
      { c: conversationId },
      token,
    );
    expect(result.data.sendMessage.message).toEqual({ senderKind: 'BOT', author: { email: 'anna@demo.test' } });
  });

  it('is written by the bot when a project API token sends it, once however often the token retries it', async () => {
    const { token } = await createApiToken(api.app.orm.em.fork(), projectId, 'bot');
    const messages = async () => (await api.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from message where text = 'Automated reminder'`))[0]!.n;
    // Without a key a retry after a lost answer would be a second message: tokens must give one.
    const refused: any = await api.gql(send, { input: { conversationId, text: 'Automated reminder' } }, `Bearer ${token}`);
    expect(refused.data.sendMessage.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_INPUT', field: 'idempotencyKey' })]);
    expect(await messages()).toBe(0);
    const input = { conversationId, text: 'Automated reminder', idempotencyKey: 'reminder-1' };
    const [first, retry] = [(await api.gql(send, { input }, `Bearer ${token}`)) as any, (await api.gql(send, { input }, `Bearer ${token}`)) as any];
    expect(first.data.sendMessage.message).toMatchObject({ senderKind: 'BOT', author: null });
    expect(retry.data.sendMessage.message.id).toBe(first.data.sendMessage.message.id);
    expect(await messages()).toBe(1);
  });
});
