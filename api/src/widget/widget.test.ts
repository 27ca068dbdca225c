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
  widgetStart(input: $input) { session { visitorToken channelName messages { id text direction authorName } } userErrors { code field } }
}`;
const send = `mutation($text: String!, $key: String!) {
  widgetSend(input: { text: $text, idempotencyKey: $key }) { message { id text direction senderKind } userErrors { code field message } }
}`;

async function newVisitor(name = 'Web visitor') {
  const result: any = await api.gql(start, { input: { publicKey: 'demo-shop', name } });
  return result.data.widgetStart.session as { visitorToken: string; channelName: string; messages: unknown[] };
}

describe('the web chat widget', () => {
  it('gives a new visitor a client identity, and the same one again with its token', async () => {
    const session = await newVisitor('Kate');
    expect(session).toMatchObject({ channelName: 'Website chat', messages: [], visitorToken: expect.stringMatching(/^vis_/) });
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

  it('resumes after the last message the widget received: what changed since comes first, then the live ones', async () => {
    const session = await newVisitor('Rosa');
    const visitor = `Visitor ${session.visitorToken}`;
    const em = api.app.orm.em.fork();
    const { idOf, toGlobalId } = await import('../graphql/global-id.ts');
    const first: any = await api.gql(send, { text: 'Is the shop open today?', key: 'r-1' }, visitor);
    const conversation = await em.findOneOrFail(Conversation, { clientId: (await em.findOneOrFail(Client, { name: 'Rosa' })).id });
    const reply = async (text: string) => {
      const sent: any = await api.gql(
        'mutation($id: ID!, $text: String!) { sendMessage(input: { conversationId: $id, text: $text }) { message { id } } }',
        { id: toGlobalId('Conversation', conversation.id), text },
        operator,
      );
      const id: string = sent.data.sendMessage.message.id;
      // Delivered, so that its own live announcement is over before the widget comes back.
      await expect.poll(async () => (await em.fork().findOneOrFail(Message, { conversationId: conversation.id, text })).status, { timeout: 15_000 }).toBe('SENT');
      return id;
    };
    // The widget held the visitor's message; while it was away an operator replied twice and edited the first reply.
    const held = first.data.widgetSend.message.id;
    const missedOne = await reply('Yes, until 8 pm');
    await reply('And until 6 pm on Sunday');
    await api.gql('mutation($i: EditMessageInput!) { editMessage(input: $i) { userErrors { code } } }', { i: { messageId: missedOne, text: 'Yes, until 9 pm' } }, operator);

    const resumed = collect(api.socket({ visitorToken: session.visitorToken }), 'subscription($after: ID) { widgetMessages(after: $after) { id text } }', { after: held });
    await resumed.next(2);
    expect(resumed.received.map((r) => r.data?.widgetMessages.text)).toEqual(['Yes, until 9 pm', 'And until 6 pm on Sunday']);
    await reply('See you!');
    await resumed.next(3);
    expect(resumed.received[2]?.data?.widgetMessages.text).toBe('See you!');
    const newest = resumed.received[2]?.data?.widgetMessages.id;

    // Later, with the conversation's older messages an hour older still: nothing changed since the newest, so
    // nothing comes again (the overlap is seconds)...
    const age = (hours: string, which: string) =>
      em.fork().execute(
        `update message set created_at = created_at - interval '${hours}', sent_at = sent_at - interval '${hours}', edited_at = edited_at - interval '${hours}'
         where conversation_id = ? and id ${which} ?`,
        [conversation.id, idOf('Message', newest)],
      );
    await age('1 hour', '=');
    await age('2 hours', '<>');
    const later = (after: string) => collect(api.socket({ visitorToken: session.visitorToken }), 'subscription($after: ID) { widgetMessages(after: $after) { text } }', { after });
    const quiet = later(newest);
    await settle();
    expect(quiet.received).toEqual([]);
    // ...but a reply stored before the newest and sent only now comes, though it is older.
    await reply('Sorry, one more thing');
    await em.fork().execute(`update message set created_at = now() - interval '2 hours' where conversation_id = ? and text = ?`, [conversation.id, 'Sorry, one more thing']);
    const late = later(newest);
    await late.next(1);
    expect(late.received.map((r) => r.data?.widgetMessages.text)).toEqual(['Sorry, one more thing']);

    // Another visitor's message, or anything that is not a message id, is not found.
    const other = await newVisitor('Sam');
    const foreign = collect(api.socket({ visitorToken: other.visitorToken }), 'subscription($after: ID) { widgetMessages(after: $after) { text } }', { after: held });
    const malformed = collect(api.socket({ visitorToken: other.visitorToken }), 'subscription($after: ID) { widgetMessages(after: $after) { text } }', { after: 'nope' });
    await foreign.next(1);
    await malformed.next(1);
    expect(foreign.received[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(malformed.received[0]?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
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
