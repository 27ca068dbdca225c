import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { expectHistoryWordedFromData } from '../../test/history-words.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { Message } from '../messages/message.entity.ts';
import { receiveClientMessage } from '../messages/message.service.ts';
import { ClientChannel } from './client-channel.entity.ts';

let api: TestApi;
let token: string;
let clientId: string;
let clientChannelId: string;
let conversationId: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 1 });
  token = await api.login('anna@demo.test', 'demo-operator');
  const clientChannel = await api.app.orm.em.fork().findOneOrFail(ClientChannel, { platformId: 'visitor-seed-0' });
  clientChannelId = clientChannel.id;
  clientId = toGlobalId('Client', clientChannel.clientId);
  const list: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, token);
  conversationId = list.data.conversations.edges[0].node.id;
});
afterAll(() => api?.stop());

const clientAction = (mutation: string, input: object) =>
  api.gql(`mutation($i: ${mutation === 'pauseBot' ? 'PauseBotInput' : 'ClientInput'}!) { ${mutation}(input: $i) { client { botActive botPausedUntil blocked } userErrors { code field } } }`, { i: input }, token) as Promise<any>;

describe('bot control', () => {
  it('pauses the bot for 24 hours by default, after which it is active again, or resumes it now', async () => {
    const paused = (await clientAction('pauseBot', { clientId })).data.pauseBot.client;
    expect(paused.botActive).toBe(false);
    const hours = (Date.parse(paused.botPausedUntil) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);
    expect((await clientAction('resumeBot', { clientId })).data.resumeBot.client).toMatchObject({ botActive: true, botPausedUntil: null });
    expect((await clientAction('pauseBot', { clientId, hours: 0 })).data.pauseBot.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'hours' }]);
  });

  it('writes pausing and resuming to the client’s history, and nothing for a resume of a bot that was not paused', async () => {
    const history = async () => {
      const result: any = await api.gql(
        'query($id: ID!) { client(id: $id) { activity(first: 20, types: [BOT_PAUSED, BOT_RESUMED]) { edges { node { type summary actor { name } } } } } }',
        { id: clientId },
        token,
      );
      return result.data.client.activity.edges.map((edge: any) => [edge.node.type, edge.node.summary, edge.node.actor?.name]);
    };
    const before = await history();
    await clientAction('resumeBot', { clientId });
    expect(await history()).toEqual(before);
    await clientAction('pauseBot', { clientId, hours: 3 });
    await clientAction('resumeBot', { clientId });
    expect((await history()).slice(0, 2)).toEqual([
      ['BOT_RESUMED', 'Bot resumed', 'Anna Operator'],
      ['BOT_PAUSED', 'Bot paused for 3 h', 'Anna Operator'],
    ]);
  });
});

describe('blocking', () => {
  it('keeps a blocked client’s messages but raises nothing, and sends nothing to them', async () => {
    expect((await clientAction('blockClient', { clientId })).data.blockClient.client.blocked).toBe(true);
    const before: any = await api.gql('query($id: ID!) { conversation(id: $id) { unreadCount lastMessage { text } } }', { id: conversationId }, token);
    const inbox = collect(api.socket({ authorization: token }), 'subscription { inboxEvents { kind } }');
    await settle();

    await receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId, text: 'spam spam spam', dedupeKey: 'spam-1' });
    expect(await api.app.orm.em.fork().count(Message, { text: 'spam spam spam' })).toBe(1);
    await settle(300);
    expect(inbox.received).toEqual([]);
    const after: any = await api.gql('query($id: ID!) { conversation(id: $id) { unreadCount lastMessage { text } } }', { id: conversationId }, token);
    expect(after.data.conversation).toEqual(before.data.conversation);

    const reply: any = await api.gql('mutation($id: ID!) { sendMessage(input: { conversationId: $id, text: "hi" }) { message { id } userErrors { code message } } }', { id: conversationId }, token);
    expect(reply.data.sendMessage).toEqual({ message: null, userErrors: [{ code: 'FORBIDDEN', message: 'The client is blocked: nothing is sent to them.' }] });
    // The same rule, asked before anything is typed (the composer says it).
    const refusal = async () => ((await api.gql('query($id: ID!) { conversation(id: $id) { replyRefusal } }', { id: conversationId }, token)) as any).data.conversation.replyRefusal;
    expect(await refusal()).toBe('CLIENT_BLOCKED');

    expect((await clientAction('unblockClient', { clientId })).data.unblockClient.client.blocked).toBe(false);
    expect(await refusal()).toBeNull();
    await receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId, text: 'sorry, real question', dedupeKey: 'real-1' });
    await inbox.next(1);
  });

  it('answers NOT_FOUND for clients of other projects or unknown ids', async () => {
    expect((await clientAction('blockClient', { clientId: 'nope' })).data.blockClient.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'clientId' }]);
  });
});

it('writes each history entry with the names its words need (the web words it from its data; in English, the summary)', async () => {
  expect([...(await expectHistoryWordedFromData(api))]).toEqual(expect.arrayContaining(['BOT_PAUSED']));
});
