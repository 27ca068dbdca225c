import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { receiveClientMessage } from '../messages/message.service.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { Conversation } from './conversation.entity.ts';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 130 });
  token = await api.login('anna@demo.test', 'demo-operator');
});
afterAll(() => api?.stop());

const page = `query($first: Int, $after: String) {
  conversations(first: $first, after: $after) {
    edges { cursor node { id lastActivityAt unreadCount status client { name channels { platformId } } channel { kind } lastMessage { text } assignee { name } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('conversations', () => {
  it('lists newest activity first and pages through every conversation exactly once', async () => {
    const seen: string[] = [];
    const times: number[] = [];
    let after: string | null = null;
    for (;;) {
      const result: any = await api.gql(page, { first: 50, after }, token);
      const { edges, pageInfo } = result.data.conversations;
      for (const edge of edges) {
        seen.push(edge.node.id);
        times.push(Date.parse(edge.node.lastActivityAt));
      }
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    expect(seen).toHaveLength(130);
    expect(new Set(seen).size).toBe(130);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('loads a page of 50 rows with their client, channel, last message and assignee in a fixed number of SQL statements', async () => {
    const small = await api.countQueries(() => api.gql(page, { first: 5 }, token));
    const large = await api.countQueries(() => api.gql(page, { first: 50 }, token));
    expect(large).toBe(small);
    // The page with its clients, their channels, channels, last messages and assignees in one statement (the
    // caller's token is cached since login's first request; conversation-page.test.ts counts it uncached).
    expect(large).toBe(1);
  });

  it('rejects page sizes outside 1..100 and foreign cursors with a clear error', async () => {
    for (const first of [0, 101, -1]) {
      const result = await api.gql(page, { first }, token);
      expect(result.errors?.[0]).toMatchObject({ message: 'first must be between 1 and 100.', extensions: { code: 'BAD_USER_INPUT' } });
    }
    const bad = await api.gql(page, { first: 5, after: 'not-a-cursor' }, token);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('marks a conversation read: the unread count drops to zero and the inbox hears about it', async () => {
    const em = api.app.orm.em.fork();
    const clientChannel = await em.findOneOrFail(ClientChannel, { platformId: 'visitor-seed-7' });
    await receiveClientMessage(api.app, em, { clientChannelId: clientChannel.id, text: 'Are you there?', dedupeKey: 'k1' });
    await receiveClientMessage(api.app, em, { clientChannelId: clientChannel.id, text: 'Hello?', dedupeKey: 'k2' });

    const top: any = await api.gql(page, { first: 1 }, token);
    const conversation = top.data.conversations.edges[0].node;
    expect(conversation.lastMessage.text).toBe('Hello?');
    expect(conversation.unreadCount).toBeGreaterThanOrEqual(2);

    const events = collect(api.socket({ authorization: token }), 'subscription { inboxEvents { kind conversation { id unreadCount } } }');
    await settle();
    const result: any = await api.gql(
      'mutation($id: ID!) { markConversationRead(input: { conversationId: $id }) { conversation { unreadCount } userErrors { code } } }',
      { id: conversation.id },
      token,
    );
    expect(result.data.markConversationRead).toEqual({ conversation: { unreadCount: 0 }, userErrors: [] });
    await events.next(1);
    expect(events.received[0]?.data).toEqual({ inboxEvents: { kind: 'CONVERSATION_UPDATED', conversation: { id: conversation.id, unreadCount: 0 } } });

    const messages: any = await api.gql('query($id: ID!) { conversation(id: $id) { messages(first: 2) { edges { node { status readAt } } } } }', { id: conversation.id }, token);
    for (const { node } of messages.data.conversation.messages.edges) expect(node).toMatchObject({ status: 'READ', readAt: expect.any(String) });
  });

  it('pages a conversation’s messages backwards, newest first, each exactly once even within one millisecond', async () => {
    const em = api.app.orm.em.fork();
    const clientChannel = await em.findOneOrFail(ClientChannel, { platformId: 'visitor-seed-11' });
    for (let i = 0; i < 120; i++) {
      await receiveClientMessage(api.app, em, { clientChannelId: clientChannel.id, text: `burst ${i}`, dedupeKey: `burst-${i}` });
    }
    const conversation = await em.findOneOrFail(Conversation, { clientChannelId: clientChannel.id });
    const texts: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: any = await api.gql(
        'query($id: ID!, $after: String) { conversation(id: $id) { messages(first: 50, after: $after) { edges { node { text } } pageInfo { hasNextPage endCursor } } } }',
        { id: toGlobalId('Conversation', conversation.id), after },
        token,
      );
      const { edges, pageInfo } = result.data.conversation.messages;
      texts.push(...edges.map((e: any) => e.node.text));
      if (!pageInfo.hasNextPage) break;
      after = pageInfo.endCursor;
    }
    const bursts = texts.filter((t) => t.startsWith('burst '));
    expect(bursts).toEqual(Array.from({ length: 120 }, (_, i) => `burst ${119 - i}`));
  });

  it('answers NOT_FOUND for an unknown conversation and changes nothing', async () => {
    const result: any = await api.gql('mutation { markConversationRead(input: { conversationId: "Q29udmVyc2F0aW9uOjEyMw" }) { conversation { id } userErrors { code field } } }', {}, token);
    expect(result.data.markConversationRead).toEqual({ conversation: null, userErrors: [{ code: 'NOT_FOUND', field: 'conversationId' }] });
  });
});
