// The web inbox's first page (its own document) in at most two statements: the token check when it is not cached,
// and one for the page with its clients, channels, last messages and counts; and every field as the loaders answer it.
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationListItemFragmentDoc, ConversationsDocument } from '../../../web/src/generated/graphql.ts';
import { startTestApi, type TestApi } from '../../test/harness.ts';

let api: TestApi;
let owner: string;

const inboxPage = print(ConversationsDocument);
// The same fields through nodes(ids:), resolved by the loaders one relation at a time.
const byIds = `query($ids: [ID!]!) { nodes(ids: $ids) { ...ConversationListItem } }
${print(ConversationListItemFragmentDoc)}`;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 60 });
  owner = await api.login('owner@demo.test', 'demo-owner');
  // Something of every kind a list item shows: a team, a scheduled message, an open task, an operator's message.
  const conversations: any = await api.gql('{ conversations(first: 3) { edges { node { id client { id } } } } }', {}, owner);
  const [first, second] = conversations.data.conversations.edges.map((edge: { node: { id: string; client: { id: string } } }) => edge.node);
  const team: any = await api.gql('mutation { createTeam(input: { name: "Night shift" }) { team { id } } }', {}, owner);
  const done = async (mutation: string, type: string, input: object) => {
    const result: any = await api.gql(`mutation($i: ${type}!) { ${mutation}(input: $i) { userErrors { code } } }`, { i: input }, owner);
    expect(result.data?.[mutation]?.userErrors).toEqual([]);
  };
  await done('transferConversation', 'TransferConversationInput', { conversationId: first.id, teamId: team.data.createTeam.team.id });
  await done('scheduleMessage', 'ScheduleMessageInput', { conversationId: second.id, text: 'Later', sendAt: new Date(Date.now() + 3600_000).toISOString() });
  await done('createTask', 'CreateTaskInput', { clientId: second.client.id, title: 'Call back' });
  await done('sendMessage', 'SendMessageInput', { conversationId: first.id, text: 'An operator wrote last' });
});
afterAll(() => api?.stop());

describe("the inbox's first page", () => {
  it('takes at most two statements: the token check when not cached, then one for the page and all it shows', async () => {
    const fresh = await api.login('anna@demo.test', 'demo-operator');
    const uncached = await api.countQueries(() => api.gql(inboxPage, { first: 50 }, fresh));
    const cached = await api.countQueries(() => api.gql(inboxPage, { first: 50 }, fresh));
    expect(uncached).toBeLessThanOrEqual(2);
    expect(cached).toBe(1);
  });

  it('answers every field of every list item as the loaders do, in the same order as before', async () => {
    const page: any = await api.gql(inboxPage, { first: 50 }, owner);
    expect(page.errors).toBeUndefined();
    const nodes = page.data.conversations.edges.map((edge: { node: object }) => edge.node);
    expect(nodes.length).toBe(50);
    const loaded: any = await api.gql(byIds, { ids: nodes.map((node: { id: string }) => node.id) }, owner);
    expect(loaded.errors).toBeUndefined();
    // searchHit is null without search words.
    expect(nodes).toEqual(loaded.data.nodes.map((node: object) => ({ ...node, searchHit: null })));
    // The fixture's kinds are there to compare.
    expect(nodes.some((node: any) => node.team)).toBe(true);
    expect(nodes.some((node: any) => node.scheduledCount === 1)).toBe(true);
    expect(nodes.some((node: any) => node.client.openTaskCount === 1)).toBe(true);
    expect(nodes.some((node: any) => node.lastMessage?.author)).toBe(true);
  });
});
