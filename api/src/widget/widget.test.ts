import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { Client } from '../clients/client.entity.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { Message } from '../messages/message.entity.ts';

let api: TestApi;
let operator: string;

beforeAll(async () => {
  api = await startTestApi();
  await api.seed({ clients: 2 });
  operator = await api.login('anna@demo.test', 'demo-operator');
});
afterAll(() => api?.stop());

const start = `mutation($input: WidgetStartInput!) {
  widgetStart(input: $input) { session { visitorToken channelName cursor messages { id text direction authorName } } userErrors { code field } }
}`;
const send = `mutation($text: String!, $key: String!) {
  widgetSend(input: { text: $text, idempotencyKey: $key }) { message { id text direction senderKind } userErrors { code field message } }
}`;

async function newVisitor(name = 'Web visitor') {
  const result: any = await api.gql(start, { input: { publicKey: 'demo-shop', name } });
  return result.data.widgetStart.session as { visitorToken: string; channelName: string; cursor: string; messages: unknown[] };
}

describe('the web chat widget', () => {
  it('gives a new visitor a client identity, and the same one again with its token', async () => {
    const session = await newVisitor('Kate');
    expect(session).toMatchObject({ channelName: 'Website chat', messages: [], visitorToken: expect.stringMatching(/^vis_/), cursor: expect.stringMatching(/^\d+\.\d+$/) });
    const again: any = await api.gql(start, { input: { publicKey: 'demo-shop', visitorToken: session.visitorToken } });
    expect(again.data.widgetStart.session.visitorToken).toBe(session.visitorToken);
  });

  it('answers NOT_FOUND for an unknown widget key', async () => {
    const result: any = await api.gql(start, { input: { publicKey: 'nope' } });
    expect(result.data.widgetStart).toEqual({ session: null, userErrors: [{ code: 'NOT_FOUND', field: 'publicKey' }] });
  });

  it('stores a visitor message before answering, opens a conversation the operator sees live, and de-duplicates retries', async () => {
    const session = await newVisitor('Kate');
    const visitor = `Visitor ${session.visitorToken}`;
    const inbox = collect(api.socket({ authorization: operator }), 'subscription { inboxEvents { kind conversation { client { name } unreadCount } message { text senderKind } } }');
    await settle();

    const first: any = await api.gql(send, { text: 'Hi, is anyone there?', key: 'm-1' }, visitor);
    expect(first.data.widgetSend.message).toMatchObject({ text: 'Hi, is anyone there?', direction: 'INBOUND', senderKind: 'CLIENT' });
    expect(await api.app.orm.em.fork().count(Message, { text: 'Hi, is anyone there?' })).toBe(1);

    const retry: any = await api.gql(send, { text: 'Hi, is anyone there?', key: 'm-1' }, visitor);
    expect(retry.data.widgetSend.message.id).toBe(first.data.widgetSend.message.id);
    // Events carry ids and are resolved to the rows as they are when delivered: wait for the first before the next.
    await inbox.next(1);
    await api.gql(send, { text: 'I need help with my order', key: 'm-2' }, visitor);

    await inbox.next(2);
    expect(inbox.received.map((r) => r.data?.inboxEvents)).toEqual([
      { kind: 'CONVERSATION_CREATED', conversation: { client: { name: 'Kate' }, unreadCount: 1 }, message: { text: 'Hi, is anyone there?', senderKind: 'CLIENT' } },
      { kind: 'MESSAGE_ADDED', conversation: { client: { name: 'Kate' }, unreadCount: 2 }, message: { text: 'I need help with my order', senderKind: 'CLIENT' } },
    ]);
    expect(await api.app.orm.em.fork().count(Message, { text: 'Hi, is anyone there?' })).toBe(1);
  });

  it('counts every message of a visitor sent at once, each stored once, and keeps the conversation and client active', async () => {
    const session = await newVisitor('Rapid');
    const visitor = `Visitor ${session.visitorToken}`;
    await api.gql(send, { text: 'First', key: 'rapid-0' }, visitor);
    const em = api.app.orm.em.fork();
    const [conversation] = await em.execute<{ id: string }[]>(`select c.id from conversation c join client cl on cl.id = c.client_id where cl.name = 'Rapid'`);
    await em.nativeUpdate(Conversation, { id: conversation!.id }, { status: 'CLOSED', unreadCount: 0 });
    const results: any[] = await Promise.all(Array.from({ length: 16 }, (_, i) => api.gql(send, { text: `Rapid ${i}`, key: `rapid-${1 + (i % 12)}` }, visitor)));
    expect(results.filter((result) => result.errors || result.data.widgetSend.userErrors.length)).toEqual([]);
    const after = await api.app.orm.em.fork().findOneOrFail(Conversation, { id: conversation!.id });
    // 12 keys among 16 sends: 12 messages, each counted once, the conversation open again.
    expect(await api.app.orm.em.fork().count(Message, { conversationId: conversation!.id })).toBe(13);
    expect(after).toMatchObject({ unreadCount: 12, status: 'OPEN' });
    const last = await api.app.orm.em.fork().findOneOrFail(Message, { id: after.lastMessageId! });
    expect(last.createdAt.getTime()).toBe(after.lastActivityAt.getTime());
  });

  it('delivers the operator reply to the visitor live, and keeps the history for the next visit', async () => {
    const session = await newVisitor('Leo');
    const visitor = `Visitor ${session.visitorToken}`;
    await api.gql(send, { text: 'Do you ship to Kazan?', key: 'q' }, visitor);
    const replies = collect(api.socket({ visitorToken: session.visitorToken }), 'subscription { widgetMessages { text direction authorName } }');
    await settle();

    const em = api.app.orm.em.fork();
    const leo = await em.findOneOrFail(Client, { name: 'Leo' });
    const conversation = await em.findOneOrFail(Conversation, { clientId: leo.id });
    const { toGlobalId } = await import('../graphql/global-id.ts');
    await api.gql(
      'mutation($id: ID!) { sendMessage(input: { conversationId: $id, text: "Yes, in 2–3 days." }) { userErrors { code } } }',
      { id: toGlobalId('Conversation', conversation.id) },
      operator,
    );
    await replies.next(1);
    expect(replies.received[0]?.data).toEqual({ widgetMessages: { text: 'Yes, in 2–3 days.', direction: 'OUTBOUND', authorName: 'Anna Operator' } });

    const back: any = await api.gql(start, { input: { publicKey: 'demo-shop', visitorToken: session.visitorToken } });
    expect(back.data.widgetStart.session.messages.map((m: any) => m.text)).toEqual(['Do you ship to Kazan?', 'Yes, in 2–3 days.']);
  });

  it('shows the visitor an operator’s edit live, and removes a deleted message', async () => {
    const session = await newVisitor('Edith');
    await api.gql(send, { text: 'Is it waterproof?', key: 'w' }, `Visitor ${session.visitorToken}`);
    const em = api.app.orm.em.fork();
    const conversation = await em.findOneOrFail(Conversation, { clientId: (await em.findOneOrFail(Client, { name: 'Edith' })).id });
    const { toGlobalId } = await import('../graphql/global-id.ts');
    const events = collect(api.socket({ visitorToken: session.visitorToken }), 'subscription { widgetMessages { id text editedAt deleted } }');
    await settle();
    const sent: any = await api.gql(
      'mutation($id: ID!) { sendMessage(input: { conversationId: $id, text: "Yes" }) { message { id } } }',
      { id: toGlobalId('Conversation', conversation.id) },
      operator,
    );
    const id = sent.data.sendMessage.message.id;
    await events.next(1);
    // The widget hears of the reply as it is sent; it can be edited once marked SENT, a moment later.
    await expect.poll(async () => (await em.fork().findOneOrFail(Message, { conversationId: conversation.id, text: 'Yes' })).status, { timeout: 15_000 }).toBe('SENT');
    await api.gql('mutation($i: EditMessageInput!) { editMessage(input: $i) { userErrors { code } } }', { i: { messageId: id, text: 'Yes, fully waterproof' } }, operator);
    await events.next(2);
    expect(events.received[1]?.data).toMatchObject({ widgetMessages: { id, text: 'Yes, fully waterproof', editedAt: expect.any(String), deleted: false } });
    const owner = await api.login('owner@demo.test', 'demo-owner');
    await api.gql('mutation($i: MessageInput!) { deleteMessage(input: $i) { userErrors { code } } }', { i: { messageId: id } }, owner);
    await events.next(3);
    expect(events.received[2]?.data).toMatchObject({ widgetMessages: { id, deleted: true } });
    const back: any = await api.gql(start, { input: { publicKey: 'demo-shop', visitorToken: session.visitorToken } });
    expect(back.data.widgetStart.session.messages.map((m: any) => m.text)).toEqual(['Is it waterproof?']);
  });

  it('resumes from the last cursor the widget received: what happened since comes first, each once, then the live ones', async () => {
    const session = await newVisitor('Rosa');
    const visitor = `Visitor ${session.visitorToken}`;
    const em = api.app.orm.em.fork();
    const { toGlobalId } = await import('../graphql/global-id.ts');
    const subscription = 'subscription($after: String) { widgetMessages(after: $after) { id text } }';
    const listening = collect(api.socket({ visitorToken: session.visitorToken }), subscription, { after: session.cursor });
    await api.gql(send, { text: 'Is the shop open today?', key: 'r-1' }, visitor);
    await listening.next(1);
    const held = (listening.received[0] as { extensions?: { cursor?: string } }).extensions?.cursor;
    expect(held).toMatch(/^\d+\.\d+$/);
    listening.dispose();
    const conversation = await em.findOneOrFail(Conversation, { clientId: (await em.findOneOrFail(Client, { name: 'Rosa' })).id });
    const reply = async (text: string) => {
      const sent: any = await api.gql(
        'mutation($id: ID!, $text: String!) { sendMessage(input: { conversationId: $id, text: $text }) { message { id } } }',
        { id: toGlobalId('Conversation', conversation.id), text },
        operator,
      );
      const id: string = sent.data.sendMessage.message.id;
      await expect.poll(async () => (await em.fork().findOneOrFail(Message, { conversationId: conversation.id, text })).status, { timeout: 15_000 }).toBe('SENT');
      return id;
    };
    // While the widget was away an operator replied twice and edited the first reply.
    const missedOne = await reply('Yes, until 8 pm');
    await reply('And until 6 pm on Sunday');
    await api.gql('mutation($i: EditMessageInput!) { editMessage(input: $i) { userErrors { code } } }', { i: { messageId: missedOne, text: 'Yes, until 9 pm' } }, operator);

    // Each event once, as the message is now: the first reply's send, the second's, the edit (merged by id).
    const resumed = collect(api.socket({ visitorToken: session.visitorToken }), subscription, { after: held });
    await resumed.next(3);
    expect(resumed.received.map((r) => [r.data?.widgetMessages.id, r.data?.widgetMessages.text])).toEqual([
      [missedOne, 'Yes, until 9 pm'],
      [expect.any(String), 'And until 6 pm on Sunday'],
      [missedOne, 'Yes, until 9 pm'],
    ]);
    await reply('See you!');
    await resumed.next(4);
    expect(resumed.received[3]?.data?.widgetMessages.text).toBe('See you!');
    const newest = (resumed.received[3] as { extensions?: { cursor?: string } }).extensions!.cursor!;
    const quiet = collect(api.socket({ visitorToken: session.visitorToken }), subscription, { after: newest });
    await settle();
    expect(quiet.received).toEqual([]);

    // Another visitor resuming from this one's cursor gets nothing of it; anything that is not a cursor is refused.
    const other = await newVisitor('Sam');
    const foreign = collect(api.socket({ visitorToken: other.visitorToken }), subscription, { after: held });
    const malformed = collect(api.socket({ visitorToken: other.visitorToken }), subscription, { after: 'nope' });
    await malformed.next(1);
    await settle();
    expect(foreign.received).toEqual([]);
    expect((malformed.received[0]?.errors?.[0]?.extensions as { reason?: string } | undefined)?.reason).toBe('RESUME_POINT_INVALID');
  });

  it('keeps visitors out of the operator API and out of each other’s conversations', async () => {
    const kate = await newVisitor('Kate 2');
    const mallory = await newVisitor('Mallory');
    await api.gql(send, { text: 'private question', key: 'p' }, `Visitor ${kate.visitorToken}`);

    const asVisitor: any = await api.gql('{ conversations(first: 5) { edges { node { id } } } }', {}, `Visitor ${mallory.visitorToken}`);
    expect(asVisitor.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    const spy = collect(api.socket({ visitorToken: mallory.visitorToken }), 'subscription { widgetMessages { text } }');
    await settle();
    await api.gql(send, { text: 'second private question', key: 'p2' }, `Visitor ${kate.visitorToken}`);
    await settle(500);
    expect(spy.received).toEqual([]);
    const own: any = await api.gql(start, { input: { publicKey: 'demo-shop', visitorToken: mallory.visitorToken } });
    expect(own.data.widgetStart.session.messages).toEqual([]);
  });

  it('refuses to send without a visitor token and for empty messages', async () => {
    const anonymous: any = await api.gql(send, { text: 'hello', key: 'a' });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const session = await newVisitor();
    const empty: any = await api.gql(send, { text: ' ', key: 'e' }, `Visitor ${session.visitorToken}`);
    expect(empty.data.widgetSend).toEqual({ message: null, userErrors: [{ code: 'INVALID_INPUT', field: 'text', message: 'The message is empty.' }] });
  });
});
