// GitHub's and Shopify's conventions, held by the running API: every object with an id is a Node, connections page
// both ways with cursors of their own, and counts come when asked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodes, startTestApi, type TestApi } from '../../test/harness.ts';
import { selectOne } from '../db/rows.ts';
import { receiveClientMessage } from '../messages/message.service.ts';
import { toGlobalId } from './global-id.ts';

let api: TestApi;
let owner: string;
let anna: string;
let boris: string;
let outsider: string;
let conversationId: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  const seeded = await api.seed({ clients: 2 });
  await api.seed({ clients: 1, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  [owner, anna, boris, outsider] = await Promise.all([
    api.login('owner@demo.test', 'demo-owner'),
    api.login('anna@demo.test', 'demo-operator'),
    api.login('boris@demo.test', 'demo-operator'),
    api.login('owner@other.test', 'demo-owner'),
  ]);
  const em = api.app.orm.em.fork();
  const row = (await selectOne<{ id: string; clientChannelId: string }>(em, 'select id, client_channel_id from conversation where project_id = ? order by created_at limit 1', [seeded.project.id]))!;
  conversationId = toGlobalId('Conversation', row.id);
  for (let i = 1; i <= 5; i++) await receiveClientMessage(api.app, em, { clientChannelId: row.clientChannelId, text: `Paged ${i}`, dedupeKey: `paged-${i}` });
});
afterAll(() => api?.stop());

const data = async (query: string, variables: object, token: string) => {
  const result: any = await api.gql(query, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
};
const node = async (id: string, token: string) => (await data('query($id: ID!) { node(id: $id) { __typename id } }', { id }, token)).node;

describe('Node', () => {
  it('fetches every kind of object with an id, for those who may see it, and nothing of other projects', async () => {
    const annaId = (await data('{ me { operator { id } } }', {}, anna)).me.operator.id;
    const comment = (await data('mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } } }', { i: { conversationId, text: 'Look @Anna', mentionIds: [annaId] } }, boris)).addComment.comment;
    const notification = (await data('{ notifications(first: 1) { edges { node { id } } } }', {}, anna)).notifications.edges[0].node;
    await data('mutation($i: ConversationInput!) { closeConversation(input: $i) { conversation { id } } }', { i: { conversationId } }, owner);
    const event = (await data('query($id: ID!) { conversation(id: $id) { timeline(first: 20) { edges { node { __typename ... on ConversationEvent { id } } } } } }', { id: conversationId }, owner))
      .conversation.timeline.edges.map((edge: any) => edge.node).find((item: any) => item.__typename === 'ConversationEvent');
    const folder = (await data('mutation { createQuickReplyFolder(input: { name: "Delivery" }) { folder { id } } }', {}, owner)).createQuickReplyFolder.folder;
    const reply = (await data('mutation($f: ID) { saveQuickReply(input: { folderId: $f, title: "Hi", text: "Hello" }) { quickReply { id } } }', { f: folder.id }, owner)).saveQuickReply.quickReply;
    const filter = { section: 'ALL' };
    const annasFilter = (await data('mutation($f: ConversationFilter!) { saveFilter(input: { name: "Mine", filter: $f }) { savedFilter { id } } }', { f: filter }, anna)).saveFilter.savedFilter;
    const sharedFilter = (await data('mutation($f: ConversationFilter!) { saveFilter(input: { name: "Team", shared: true, filter: $f }) { savedFilter { id } } }', { f: filter }, anna)).saveFilter.savedFilter;
    const apiToken = (await data('mutation { createApiToken(input: { name: "CRM" }) { apiToken { id } } }', {}, owner)).createApiToken.apiToken;

    const objects = { Comment: comment.id, Notification: notification.id, ConversationEvent: event.id, QuickReplyFolder: folder.id, QuickReply: reply.id, SavedFilter: sharedFilter.id, ApiToken: apiToken.id };
    for (const [type, id] of Object.entries(objects)) {
      expect(await node(id, type === 'Notification' ? anna : owner), type).toEqual({ __typename: type, id });
      expect(await node(id, outsider), `${type} of another project`).toBeNull();
    }
    // Within the project: someone's own notifications and private filters, and the API tokens for owners and admins.
    expect(await node(notification.id, boris)).toBeNull();
    expect(await node(annasFilter.id, boris)).toBeNull();
    expect(await node(sharedFilter.id, boris)).toEqual({ __typename: 'SavedFilter', id: sharedFilter.id });
    expect(await node(apiToken.id, anna)).toBeNull();
  });
});

describe('connections', () => {
  const messages = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) {
    conversation(id: $id) { messages(first: $first, after: $after, last: $last, before: $before) {
      edges { cursor node { text } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } totalCount
    } }
  }`;
  const page = async (variables: object) => (await data(messages, { id: conversationId, ...variables }, anna)).conversation.messages;

  it('page forwards and backwards with Relay’s pageInfo, and count when asked', async () => {
    const first = await page({ first: 2 });
    expect(nodes(first).map((m: any) => m.text)).toEqual(['Paged 5', 'Paged 4']);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false, startCursor: first.edges[0].cursor, endCursor: first.edges[1].cursor });
    const total = first.totalCount;
    expect(total).toBeGreaterThanOrEqual(5);

    const second = await page({ first: 2, after: first.pageInfo.endCursor });
    expect(nodes(second).map((m: any) => m.text)).toEqual(['Paged 3', 'Paged 2']);
    expect(second.pageInfo.hasPreviousPage).toBe(true);

    // Back from the second page's start: the first page again, in the same order.
    const back = await page({ last: 2, before: second.pageInfo.startCursor });
    expect(nodes(back).map((m: any) => m.text)).toEqual(['Paged 5', 'Paged 4']);
    expect(back.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    // The oldest ones, from the end.
    const oldest = await page({ last: 1 });
    expect(oldest.edges).toHaveLength(1);
    expect(oldest.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    expect(oldest.totalCount).toBe(total);
  });

  it('refuse a cursor of another connection, mixed directions and pages past 100', async () => {
    const cursor = (await page({ first: 1 })).pageInfo.endCursor;
    const foreign: any = await api.gql('query($after: String) { conversations(first: 5, after: $after) { edges { cursor } } }', { after: cursor }, anna);
    expect(foreign.errors[0]).toMatchObject({ message: 'after is not a cursor of this connection (conversations).', extensions: { code: 'BAD_USER_INPUT' } });
    const mixed: any = await api.gql(messages, { id: conversationId, after: cursor, last: 2 }, anna);
    expect(mixed.errors[0].message).toBe('Page forwards (first, after) or backwards (last, before), not both.');
    const jobs: any = await api.gql('{ clientJobs(first: 101) { edges { cursor } } }', {}, anna);
    expect(jobs.errors[0].message).toBe('first must be between 1 and 100.');
  });

  it('make the client’s conversations and deals pages too', async () => {
    const clientId = (await data('query($id: ID!) { conversation(id: $id) { client { id } } }', { id: conversationId }, anna)).conversation.client.id;
    const client = (await data('query($id: ID!) { client(id: $id) { conversations(first: 1) { edges { node { id } } pageInfo { hasNextPage } } deals(first: 5) { totalCount } } }', { id: clientId }, anna)).client;
    expect(nodes(client.conversations)).toEqual([{ id: conversationId }]);
    expect(client.conversations.pageInfo.hasNextPage).toBe(false);
    expect(client.deals.totalCount).toBe(0);
  });
});
