import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { receiveClientMessage } from '../messages/message.service.ts';
import { Conversation } from './conversation.entity.ts';

let api: TestApi;
let anna: string;
let boris: string;
let manager: string;
let ids: { anna: string; boris: string };

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  const { operators } = await api.seed({ clients: 12 });
  [anna, boris, manager] = await Promise.all([
    api.login('anna@demo.test', 'demo-operator'),
    api.login('boris@demo.test', 'demo-operator'),
    api.login('manager@demo.test', 'demo-manager'),
  ]);
  const byEmail = (email: string) => toGlobalId('Operator', operators.find((o) => o.email === email)!.id);
  ids = { anna: byEmail('anna@demo.test'), boris: byEmail('boris@demo.test') };
});
afterAll(() => api?.stop());

/** A fresh open, unassigned conversation of a seeded client with one inbound message. */
async function freshConversation(n: number) {
  const em = api.app.orm.em.fork();
  const clientChannel = await em.findOneOrFail(ClientChannel, { platformId: `visitor-seed-${n}` });
  await receiveClientMessage(api.app, em, { clientChannelId: clientChannel.id, text: `hello ${n}`, dedupeKey: `fresh-${n}` });
  const conversation = await em.findOneOrFail(Conversation, { clientChannelId: clientChannel.id });
  await em.nativeUpdate(Conversation, { id: conversation.id }, { assigneeId: null, status: 'OPEN', closedAt: null });
  return { id: toGlobalId('Conversation', conversation.id), clientChannelId: clientChannel.id };
}

const fields = 'id status closedAt archived pinned unreadCount assignee { name }';
const act = async (mutation: string, input: object, token: string) => {
  const result: any = await api.gql(`mutation($input: ${inputType(mutation)}!) { ${mutation}(input: $input) { conversation { ${fields} } userErrors { code field message } } }`, { input }, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data[mutation] as { conversation: any; userErrors: any[] };
};
const inputType = (mutation: string) =>
  ({ pinConversation: 'PinConversationInput', archiveConversation: 'ArchiveConversationInput', assignConversation: 'AssignConversationInput' })[mutation] ??
  'ConversationInput';

const timelineOf = async (id: string) => {
  const result: any = await api.gql(
    `query($id: ID!) { conversation(id: $id) { timeline(first: 50) { edges { node {
      __typename ... on Message { text } ... on ConversationEvent { type comment actor { name } assignee { name } } } } } } }`,
    { id },
    manager,
  );
  return result.data.conversation.timeline.edges.map((e: any) => e.node).reverse();
};

const section = async (token: string, filter: object, order = 'NEWEST_ACTIVITY_FIRST') => {
  const result: any = await api.gql(
    'query($f: ConversationFilter, $o: ConversationOrder) { conversations(first: 100, filter: $f, order: $o) { edges { node { id lastActivityAt } } } pinnedConversations(filter: $f) { id } }',
    { f: filter, o: order },
    token,
  );
  return { ids: result.data.conversations.edges.map((e: any) => e.node.id), times: result.data.conversations.edges.map((e: any) => Date.parse(e.node.lastActivityAt)), pinned: result.data.pinnedConversations.map((c: any) => c.id) };
};

describe('closing and reopening', () => {
  it('closes once, records who did it, and the client’s next message reopens it with the whole history', async () => {
    const { id, clientChannelId } = await freshConversation(1);
    const closed = await act('closeConversation', { conversationId: id }, anna);
    expect(closed).toMatchObject({ conversation: { status: 'CLOSED', closedAt: expect.any(String) }, userErrors: [] });
    await act('closeConversation', { conversationId: id }, anna);
    expect((await section(anna, { section: 'CLOSED' })).ids).toContain(id);

    await receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId, text: 'one more question', dedupeKey: 'again-1' });
    const items = await timelineOf(id);
    expect(items.slice(-3)).toEqual([
      { __typename: 'ConversationEvent', type: 'CLOSED', comment: null, actor: { name: 'Anna Operator' }, assignee: null },
      { __typename: 'Message', text: 'one more question' },
      { __typename: 'ConversationEvent', type: 'REOPENED', comment: null, actor: null, assignee: null },
    ]);
    expect((await section(anna, { section: 'OPEN' })).ids).toContain(id);
  });

  it('reopens by hand, and tells other operators live', async () => {
    const { id } = await freshConversation(2);
    await act('closeConversation', { conversationId: id }, anna);
    const inbox = collect(api.socket({ authorization: boris }), 'subscription { inboxEvents { kind conversation { id status } } }');
    const timeline = collect(api.socket({ authorization: boris }), 'subscription($id: ID!) { conversationTimeline(conversationId: $id) { __typename ... on ConversationEvent { type } } }', { id });
    await settle();
    expect((await act('reopenConversation', { conversationId: id }, anna)).conversation).toMatchObject({ status: 'OPEN', closedAt: null });
    await inbox.next(1);
    await timeline.next(1);
    expect(inbox.received[0]?.data).toEqual({ inboxEvents: { kind: 'CONVERSATION_UPDATED', conversation: { id, status: 'OPEN' } } });
    expect(timeline.received[0]?.data).toEqual({ conversationTimeline: { __typename: 'ConversationEvent', type: 'REOPENED' } });
  });
});

describe('archive, pin and unread', () => {
  it('archives out of every section but ARCHIVED, until the client writes again', async () => {
    const { id, clientChannelId } = await freshConversation(3);
    expect((await act('archiveConversation', { conversationId: id, archived: true }, anna)).conversation.archived).toBe(true);
    expect((await section(anna, { section: 'ALL' })).ids).not.toContain(id);
    expect((await section(anna, { section: 'ARCHIVED' })).ids).toContain(id);
    await receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId, text: 'back again', dedupeKey: 'back-3' });
    expect((await section(anna, { section: 'ALL' })).ids).toContain(id);
    expect((await timelineOf(id)).filter((i: any) => i.__typename === 'ConversationEvent').map((i: any) => i.type)).toEqual(['ARCHIVED', 'UNARCHIVED']);
  });

  it('keeps pinned conversations apart, on top, for everyone', async () => {
    const { id } = await freshConversation(4);
    expect((await act('pinConversation', { conversationId: id, pinned: true }, anna)).conversation.pinned).toBe(true);
    const all = await section(boris, { section: 'ALL' });
    expect(all.pinned).toEqual([id]);
    expect(all.ids).not.toContain(id);
    await act('pinConversation', { conversationId: id, pinned: false }, anna);
    const after = await section(boris, { section: 'ALL' });
    expect(after.pinned).toEqual([]);
    expect(after.ids).toContain(id);
  });

  it('marks a read conversation unread again', async () => {
    const { id } = await freshConversation(5);
    await act('markConversationRead', { conversationId: id }, anna);
    expect((await section(anna, { section: 'UNREAD' })).ids).not.toContain(id);
    expect((await act('markConversationUnread', { conversationId: id }, anna)).conversation.unreadCount).toBe(1);
    expect((await section(anna, { section: 'UNREAD' })).ids).toContain(id);
  });

  it('raises the revision with every change, whoever makes it, so clients keep the newest copy', async () => {
    const { id, clientChannelId } = await freshConversation(6);
    const revision = async () => ((await api.gql('query($id: ID!) { conversation(id: $id) { revision } }', { id }, anna)) as any).data.conversation.revision as number;
    const first = await revision();
    const pinned: any = await api.gql('mutation($i: PinConversationInput!) { pinConversation(input: $i) { conversation { revision } } }', { i: { conversationId: id, pinned: true } }, anna);
    expect(pinned.data.pinConversation.conversation.revision).toBeGreaterThan(first);

    const inbox = collect(api.socket({ authorization: boris }), 'subscription { inboxEvents { kind conversation { id revision } } }');
    await settle();
    await receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId, text: 'one more thing', dedupeKey: 'revision-6' });
    await inbox.next(1);
    const event = inbox.received.map((r: any) => r.data.inboxEvents).find((e: any) => e.conversation.id === id);
    expect(event.conversation.revision).toBeGreaterThan(pinned.data.pinConversation.conversation.revision);
    expect(await revision()).toBe(event.conversation.revision);
    await act('pinConversation', { conversationId: id, pinned: false }, anna);
  });

  it('sorts by last activity either way', async () => {
    const newest = await section(anna, { section: 'ALL' });
    const oldest = await section(anna, { section: 'ALL' }, 'OLDEST_ACTIVITY_FIRST');
    expect(newest.times).toEqual([...newest.times].sort((a, b) => b - a));
    expect(oldest.ids).toEqual([...newest.ids].reverse());
  });
});

describe('assignment', () => {
  it('lets an operator take an unassigned conversation; Mine, Unassigned and Others follow', async () => {
    const { id } = await freshConversation(6);
    expect((await section(anna, { section: 'UNASSIGNED' })).ids).toContain(id);
    expect((await act('takeConversation', { conversationId: id }, anna)).conversation.assignee).toEqual({ name: 'Anna Operator' });
    expect((await section(anna, { section: 'MINE' })).ids).toContain(id);
    expect((await section(anna, { section: 'UNASSIGNED' })).ids).not.toContain(id);
    expect((await section(boris, { section: 'OTHERS' })).ids).toContain(id);
    expect((await section(boris, { section: 'OTHERS', assigneeId: ids.anna })).ids).toContain(id);
    expect((await section(boris, { section: 'OTHERS', assigneeId: ids.boris })).ids).not.toContain(id);
  });

  it('lets an operator hand on their own conversation with a comment, and nobody else’s', async () => {
    const { id } = await freshConversation(7);
    await act('takeConversation', { conversationId: id }, anna);
    const stolen = await act('takeConversation', { conversationId: id }, boris);
    expect(stolen).toMatchObject({ conversation: null, userErrors: [{ code: 'FORBIDDEN' }] });

    const handed = await act('assignConversation', { conversationId: id, operatorId: ids.boris, comment: 'He knows this order' }, anna);
    expect(handed.conversation.assignee).toEqual({ name: 'Boris Operator' });
    const last = (await timelineOf(id)).at(-1);
    expect(last).toEqual({ __typename: 'ConversationEvent', type: 'ASSIGNED', comment: 'He knows this order', actor: { name: 'Anna Operator' }, assignee: { name: 'Boris Operator' } });
  });

  it('lets a manager assign and unassign any conversation; unknown operators are refused', async () => {
    const { id } = await freshConversation(8);
    await act('takeConversation', { conversationId: id }, anna);
    expect((await act('assignConversation', { conversationId: id, operatorId: ids.boris }, manager)).conversation.assignee).toEqual({ name: 'Boris Operator' });
    expect((await act('assignConversation', { conversationId: id, operatorId: null }, manager)).conversation.assignee).toBeNull();
    const unknown = await act('assignConversation', { conversationId: id, operatorId: toGlobalId('Operator', '01a20000-0000-7000-8000-000000000000') }, manager);
    expect(unknown).toMatchObject({ conversation: null, userErrors: [{ code: 'NOT_FOUND', field: 'operatorId' }] });
    expect((await timelineOf(id)).filter((i: any) => i.__typename === 'ConversationEvent').map((i: any) => i.type)).toEqual(['ASSIGNED', 'ASSIGNED', 'UNASSIGNED']);
  });
});
