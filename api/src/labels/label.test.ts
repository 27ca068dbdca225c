import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { expectHistoryWordedFromData } from '../../test/history-words.ts';

let api: TestApi;
let anna: string;
let stranger: string;
let clients: string[];

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 4 });
  await api.seed({ clients: 1, emailDomain: 'other.test', projectName: 'Other', widgetKey: 'other-widget' });
  anna = await api.login('anna@demo.test', 'demo-operator');
  stranger = await api.login('owner@other.test', 'demo-owner');
  const list: any = await api.gql('{ conversations(first: 10) { edges { node { client { id } } } } }', {}, anna);
  clients = list.data.conversations.edges.map((edge: any) => edge.node.client.id);
});
afterAll(() => api?.stop());

const create = async (kind: string, name: string, color?: string, token = anna) =>
  ((await api.gql('mutation($i: CreateLabelInput!) { createLabel(input: $i) { label { id kind name color clientCount } userErrors { code field } } }', { i: { kind, name, color } }, token)) as any).data
    .createLabel;

const mark = async (mutation: 'addClientLabels' | 'removeClientLabels', clientIds: string[], labelIds: string[], token = anna) =>
  ((await api.gql(`mutation($i: ClientLabelsInput!) { ${mutation}(input: $i) { clients { id tags { name } lists { name } } userErrors { code field } } }`, { i: { clientIds, labelIds } }, token)) as any)
    .data[mutation];

const tagNames = async (clientId: string) =>
  ((await api.gql('query($id: ID!) { client(id: $id) { tags { name } lists { name } } }', { id: clientId }, anna)) as any).data.client;

const inbox = async (conditions: object[], match = 'ALL') =>
  (((await api.gql('query($f: ConversationFilter) { conversations(first: 50, filter: $f) { edges { node { client { id } } } } }', { f: { conditions, match } }, anna)) as any).data
    .conversations.edges as any[]).map((edge) => edge.node.client.id).sort();

describe('tags and lists', () => {
  it('creates, renames, recolours and deletes them, with clear errors for bad input', async () => {
    const vip = await create('TAG', '  VIP ', '#FF0000');
    expect(vip).toMatchObject({ label: { kind: 'TAG', name: 'VIP', color: '#ff0000', clientCount: 0 }, userErrors: [] });
    expect((await create('TAG', 'vip')).userErrors).toEqual([{ code: 'CONFLICT', field: 'name' }]);
    expect((await create('LIST', 'VIP')).label.kind).toBe('LIST'); // the same name as a list is fine
    expect((await create('TAG', 'x'.repeat(51))).userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'name' }]);
    expect((await create('TAG', 'Blue', 'blue')).userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'color' }]);
    expect((await create('TAG', 'Auto colour')).label.color).toMatch(/^#[0-9a-f]{6}$/);

    const renamed: any = await api.gql('mutation($i: UpdateLabelInput!) { updateLabel(input: $i) { label { name color } userErrors { code } } }', { i: { labelId: vip.label.id, name: 'V.I.P.', color: '#00ff00' } }, anna);
    expect(renamed.data.updateLabel).toEqual({ label: { name: 'V.I.P.', color: '#00ff00' }, userErrors: [] });
    const labels: any = await api.gql('{ labels(kind: TAG) { name } }', {}, anna);
    expect(labels.data.labels.map((l: any) => l.name)).toEqual(['Auto colour', 'V.I.P.']);

    const temp = await create('TAG', 'Temporary');
    await mark('addClientLabels', [clients[0]!], [temp.label.id]);
    const deleted: any = await api.gql('mutation($i: LabelInput!) { deleteLabel(input: $i) { deletedLabelId userErrors { code } } }', { i: { labelId: temp.label.id } }, anna);
    expect(deleted.data.deleteLabel).toEqual({ deletedLabelId: temp.label.id, userErrors: [] });
    expect((await tagNames(clients[0]!)).tags.map((t: any) => t.name)).not.toContain('Temporary');
  });

  it('tells names apart whatever the case of Cyrillic letters, but not by accents or ё', async () => {
    const created = [await create('LIST', 'Москва')];
    expect((await create('LIST', 'МОСКВА')).userErrors).toEqual([{ code: 'CONFLICT', field: 'name' }]);
    for (const name of ['Ёлка', 'Елка', 'Café', 'CAFE']) created.push(await create('LIST', name));
    expect(created.map((made) => made.userErrors)).toEqual([[], [], [], [], []]);
    for (const made of created) await api.gql('mutation($i: LabelInput!) { deleteLabel(input: $i) { deletedLabelId } }', { i: { labelId: made.label.id } }, anna);
  });

  it('assigns and removes them in bulk, records each change in the history, and skips what is already so', async () => {
    const hot = (await create('TAG', 'Hot')).label;
    const newsletter = (await create('LIST', 'Newsletter')).label;
    const added = await mark('addClientLabels', clients.slice(0, 3), [hot.id, newsletter.id]);
    expect(added.userErrors).toEqual([]);
    expect(added.clients.map((c: any) => [c.tags.map((t: any) => t.name), c.lists.map((l: any) => l.name)])).toEqual(Array(3).fill([['Hot'], ['Newsletter']]));
    // Again: nothing new, nothing recorded.
    await mark('addClientLabels', clients.slice(0, 3), [hot.id]);
    const history: any = await api.gql('query($id: ID!) { client(id: $id) { activity(first: 10, types: [TAG_ADDED, LIST_ADDED, TAG_REMOVED]) { edges { node { type summary actor { name } } } } } }', { id: clients[0] }, anna);
    expect(history.data.client.activity.edges.map((e: any) => e.node)).toEqual(
      expect.arrayContaining([
        { type: 'TAG_ADDED', summary: 'Tag "Hot" added', actor: { name: 'Anna Operator' } },
        { type: 'LIST_ADDED', summary: 'List "Newsletter" added', actor: { name: 'Anna Operator' } },
      ]),
    );
    expect(history.data.client.activity.edges.filter((e: any) => e.node.summary === 'Tag "Hot" added')).toHaveLength(1);
    const count: any = await api.gql('{ labels(kind: TAG) { name clientCount } }', {}, anna);
    expect(count.data.labels.find((l: any) => l.name === 'Hot').clientCount).toBe(3);

    await mark('removeClientLabels', [clients[2]!], [hot.id]);
    expect((await tagNames(clients[2]!)).tags).toEqual([]);
  });

  it('changes nothing when any client or label is not the caller’s', async () => {
    const mine = (await create('TAG', 'Mine only')).label;
    const theirs = (await create('TAG', 'Theirs', undefined, stranger)).label;
    expect((await mark('addClientLabels', [clients[0]!], [mine.id, theirs.id])).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'labelIds' }]);
    expect((await mark('addClientLabels', clients.slice(0, 2), [theirs.id], stranger)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'clientIds' }]);
    expect((await tagNames(clients[0]!)).tags.map((t: any) => t.name)).not.toContain('Mine only');
    const renamed: any = await api.gql('mutation($i: UpdateLabelInput!) { updateLabel(input: $i) { userErrors { code } } }', { i: { labelId: mine.id, name: 'Hijacked' } }, stranger);
    expect(renamed.data.updateLabel.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    const node: any = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: mine.id }, stranger);
    expect(node.data.node).toBeNull();
  });

  it('filters the inbox by tags (any or all) and lists', async () => {
    const a = (await create('TAG', 'Filter A')).label;
    const b = (await create('TAG', 'Filter B')).label;
    const list = (await create('LIST', 'Filter list')).label;
    await mark('addClientLabels', [clients[0]!, clients[1]!], [a.id]);
    await mark('addClientLabels', [clients[1]!, clients[2]!], [b.id]);
    await mark('addClientLabels', [clients[3]!], [list.id]);
    expect(await inbox([{ field: 'TAGS', anyOf: [a.id, b.id] }])).toEqual(clients.slice(0, 3).sort());
    expect(await inbox([{ field: 'TAGS', allOf: [a.id, b.id] }])).toEqual([clients[1]]);
    expect(await inbox([{ field: 'LISTS', anyOf: [list.id] }])).toEqual([clients[3]]);
    expect(await inbox([{ field: 'TAGS', allOf: [a.id] }, { field: 'LISTS', anyOf: [list.id] }], 'ANY')).toEqual([clients[0], clients[1], clients[3]].sort());
    const bad: any = await api.gql('query($f: ConversationFilter) { conversations(first: 5, filter: $f) { edges { cursor } } }', { f: { conditions: [{ field: 'TAGS' }] } }, anna);
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  it('finds conversations by their client’s tag names, among the client matches', async () => {
    const tag = (await create('TAG', 'Wholesale buyer')).label;
    await mark('addClientLabels', [clients[2]!], [tag.id]);
    const found: any = await api.gql('query($f: ConversationFilter) { conversations(first: 10, filter: $f) { edges { node { client { id } } } } }', { f: { search: 'wholesa' } }, anna);
    expect(found.data.conversations.edges.map((edge: any) => edge.node.client.id)).toEqual([clients[2]]);
    const foreign: any = await api.gql('query($f: ConversationFilter) { conversations(first: 10, filter: $f) { edges { cursor } } }', { f: { search: 'wholesa' } }, stranger);
    expect(foreign.data.conversations.edges).toEqual([]);
  });
});

it('writes each history entry with the names its words need (the web words it from its data; in English, the summary)', async () => {
  expect([...(await expectHistoryWordedFromData(api))]).toEqual(expect.arrayContaining(['TAG_ADDED', 'LIST_ADDED']));
});
