import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { createApiToken } from '../auth/api-token.service.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { Message } from '../messages/message.entity.ts';
import { receiveClientMessage } from '../messages/message.service.ts';
import { toGlobalId, type NodeType } from './global-id.ts';

// A second project's operator must not reach the first project's data through any query, node(id:),
// mutation or subscription: a foreign id answers exactly like an unknown one.
let api: TestApi;
let outsider: string;
let insider: string;
let a: Awaited<ReturnType<TestApi['seed']>>;
const ids: Partial<Record<NodeType, string>> = {};

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  a = await api.seed({ clients: 3 });
  await api.seed({ clients: 3, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  insider = await api.login('owner@demo.test', 'demo-owner');
  outsider = await api.login('owner@other.test', 'demo-owner');

  const em = api.app.orm.em.fork();
  const message = await em.findOneOrFail(Message, { projectId: a.project.id }, { orderBy: { createdAt: 'asc' } });
  const conversation = await em.findOneOrFail(Conversation, message.conversationId);
  Object.assign(ids, {
    Project: toGlobalId('Project', a.project.id),
    Operator: toGlobalId('Operator', a.operators[0]!.id),
    Channel: toGlobalId('Channel', a.channel.id),
    Client: toGlobalId('Client', conversation.clientId),
    ClientChannel: toGlobalId('ClientChannel', conversation.clientChannelId),
    Conversation: toGlobalId('Conversation', conversation.id),
    Message: toGlobalId('Message', message.id),
  });
});
afterAll(() => api?.stop());

describe('tenancy', () => {
  it('lists only the caller’s own conversations', async () => {
    const names = async (token: string) => {
      const result: any = await api.gql('{ me { project { name } } conversations(first: 100) { edges { node { id } } } }', {}, token);
      return { project: result.data.me.project.name, ids: result.data.conversations.edges.map((e: any) => e.node.id) };
    };
    const mine = await names(outsider);
    const theirs = await names(insider);
    expect(mine.project).toBe('Other Shop');
    expect(mine.ids).toHaveLength(3);
    expect(mine.ids.filter((id: string) => theirs.ids.includes(id))).toEqual([]);
  });

  it('answers null for every type of the other project through node(id:) and conversation(id:)', async () => {
    for (const [type, id] of Object.entries(ids)) {
      const own: any = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id }, insider);
      expect(own.data.node, `${type} is visible to its own project`).toEqual({ id });
      const foreign: any = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id }, outsider);
      expect(foreign, `${type} leaks to another project`).toEqual({ data: { node: null } });
    }
    for (const odd of ['', 'not-base64', Buffer.from('constructor:01a20000-0000-7000-8000-000000000000').toString('base64url')]) {
      expect(await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: odd }, insider)).toEqual({ data: { node: null } });
    }
    const conversation: any = await api.gql('query($id: ID!) { conversation(id: $id) { id } }', { id: ids.Conversation }, outsider);
    expect(conversation).toEqual({ data: { conversation: null } });
  });

  it('refuses mutations on the other project’s conversation as NOT_FOUND and changes nothing', async () => {
    const before = await api.app.orm.em.fork().count(Message, {});
    const sent: any = await api.gql(
      'mutation($id: ID!) { sendMessage(input: { conversationId: $id, text: "hi" }) { message { id } userErrors { code } } }',
      { id: ids.Conversation },
      outsider,
    );
    expect(sent.data.sendMessage).toEqual({ message: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const read: any = await api.gql(
      'mutation($id: ID!) { markConversationRead(input: { conversationId: $id }) { conversation { id } userErrors { code } } }',
      { id: ids.Conversation },
      outsider,
    );
    expect(read.data.markConversationRead).toEqual({ conversation: null, userErrors: [{ code: 'NOT_FOUND' }] });
    expect(await api.app.orm.em.fork().count(Message, {})).toBe(before);

    for (const mutation of ['closeConversation', 'markConversationUnread', 'takeConversation']) {
      const result: any = await api.gql(
        `mutation($id: ID!) { ${mutation}(input: { conversationId: $id }) { conversation { id } userErrors { code } } }`,
        { id: ids.Conversation },
        outsider,
      );
      expect(result.data[mutation], mutation).toEqual({ conversation: null, userErrors: [{ code: 'NOT_FOUND' }] });
    }
    const assignForeign: any = await api.gql(
      'mutation($c: ID!, $o: ID!) { assignConversation(input: { conversationId: $c, operatorId: $o }) { userErrors { code field } } }',
      { c: (await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, outsider) as any).data.conversations.edges[0].node.id, o: ids.Operator },
      outsider,
    );
    expect(assignForeign.data.assignConversation.userErrors).toEqual([{ code: 'NOT_FOUND', field: 'operatorId' }]);
    const comment: any = await api.gql(
      'mutation($id: ID!) { addComment(input: { conversationId: $id, text: "hello neighbour" }) { comment { id } userErrors { code } } }',
      { id: ids.Conversation },
      outsider,
    );
    expect(comment.data.addComment).toEqual({ comment: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const theirComment: any = await api.gql(
      'mutation($id: ID!) { addComment(input: { conversationId: $id, text: "internal" }) { comment { id } } }',
      { id: ids.Conversation },
      insider,
    );
    const deleteForeign: any = await api.gql(
      'mutation($id: ID!) { deleteComment(input: { commentId: $id }) { comment { id } userErrors { code } } }',
      { id: theirComment.data.addComment.comment.id },
      outsider,
    );
    expect(deleteForeign.data.deleteComment).toEqual({ comment: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const pinForeign: any = await api.gql(
      'mutation($id: ID!) { pinMessage(input: { messageId: $id, pinned: true }) { message { id } userErrors { code } } }',
      { id: ids.Message },
      outsider,
    );
    expect(pinForeign.data.pinMessage).toEqual({ message: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const foreignTimeline: any = await api.gql('query($id: ID!) { conversation(id: $id) { timeline { edges { cursor } } } }', { id: ids.Conversation }, outsider);
    expect(foreignTimeline.data.conversation).toBeNull();

    const { apiToken } = await createApiToken(api.app.orm.em.fork(), a.project.id, 'insider integration');
    const revoke: any = await api.gql(
      'mutation($id: ID!) { revokeApiToken(input: { apiTokenId: $id }) { revokedId userErrors { code } } }',
      { id: toGlobalId('ApiToken', apiToken.id) },
      outsider,
    );
    expect(revoke.data.revokeApiToken).toEqual({ revokedId: null, userErrors: [{ code: 'NOT_FOUND' }] });
    const theirs: any = await api.gql('{ apiTokens { name } }', {}, outsider);
    expect(theirs.data.apiTokens).toEqual([]);
  });

  it('refuses a subscription to the other project’s conversation and sends no foreign inbox events', async () => {
    const conversation = collect(api.socket({ authorization: outsider }), 'subscription($id: ID!) { conversationMessages(conversationId: $id) { id } }', { id: ids.Conversation });
    const inbox = collect(api.socket({ authorization: outsider }), 'subscription { inboxEvents { kind conversation { id } } }');
    const own = collect(api.socket({ authorization: insider }), 'subscription { inboxEvents { kind conversation { id } } }');
    await settle();

    const em = api.app.orm.em.fork();
    const clientChannel = await em.findOneOrFail(ClientChannel, { projectId: a.project.id }, { orderBy: { createdAt: 'asc' } });
    await receiveClientMessage(api.app, em, { clientChannelId: clientChannel.id, text: 'secret', dedupeKey: 'tenancy' });
    await own.next(1);
    await settle(300);

    expect(conversation.received.flatMap((r) => r.errors ?? []).map((e) => e.message)).toEqual(['No such conversation.']);
    expect(conversation.received.every((r) => !r.data?.conversationMessages)).toBe(true);
    expect(inbox.received).toEqual([]);

    // Nor through search: the other project's message text and client names are not found.
    const searched: any = await api.gql('{ conversations(first: 10, filter: { search: "secret" }) { edges { node { id } } } }', {}, outsider);
    expect(searched.data.conversations.edges).toEqual([]);
    const ownSearch: any = await api.gql('{ conversations(first: 10, filter: { search: "secret" }) { edges { node { id } } } }', {}, insider);
    expect(ownSearch.data.conversations.edges).toHaveLength(1);
  });
});
