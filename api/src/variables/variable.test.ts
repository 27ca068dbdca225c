import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { expectHistoryWordedFromData } from '../../test/history-words.ts';

let api: TestApi;
let anna: string;
let manager: string;
let clients: string[];
let conversations: string[];

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 3 });
  anna = await api.login('anna@demo.test', 'demo-operator');
  manager = await api.login('manager@demo.test', 'demo-manager');
  const list: any = await api.gql('{ conversations(first: 10) { edges { node { id client { id } } } } }', {}, anna);
  clients = list.data.conversations.edges.map((edge: any) => edge.node.client.id);
  conversations = list.data.conversations.edges.map((edge: any) => edge.node.id);
});
afterAll(() => api?.stop());

const define = async (input: object, token = manager) =>
  ((await api.gql('mutation($i: CreateVariableDefinitionInput!) { createVariableDefinition(input: $i) { definition { id key type } userErrors { code field } } }', { i: input }, token)) as any).data
    .createVariableDefinition;

const setValues = async (clientId: string, values: object[]) =>
  ((await api.gql('mutation($i: SetClientVariablesInput!) { setClientVariables(input: $i) { client { variables { key value system } } userErrors { code field message } } }', { i: { clientId, values } }, anna)) as any)
    .data.setClientVariables;

const inbox = async (conditions: object[]) =>
  (((await api.gql('query($f: ConversationFilter) { conversations(first: 50, filter: $f) { edges { node { client { id } } } } }', { f: { conditions } }, anna)) as any).data.conversations
    .edges as any[]).map((edge) => edge.node.client.id).sort();

describe('client variables', () => {
  it('are defined by managers with a checked key and type', async () => {
    expect((await define({ scope: 'CLIENT', key: 'city', name: 'City', type: 'TEXT' })).userErrors).toEqual([]);
    expect((await define({ scope: 'CLIENT', key: 'orders', name: 'Orders', type: 'NUMBER' })).userErrors).toEqual([]);
    expect((await define({ scope: 'CLIENT', key: 'birthday', name: 'Birthday', type: 'DATE' })).userErrors).toEqual([]);
    expect((await define({ scope: 'CLIENT', key: 'subscribed', name: 'Subscribed', type: 'BOOLEAN' })).userErrors).toEqual([]);
    expect((await define({ scope: 'CLIENT', key: 'City', name: 'Again', type: 'TEXT' })).userErrors).toEqual([{ code: 'CONFLICT', field: 'key' }]);
    expect((await define({ scope: 'CLIENT', key: '1st place', name: 'Bad', type: 'TEXT' })).userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'key' }]);
    expect((await define({ scope: 'CLIENT', key: 'phone', name: 'Phone', type: 'TEXT' })).userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'key' }]);
    expect((await define({ scope: 'CLIENT', key: 'sneaky', name: 'Sneaky', type: 'TEXT' }, anna)).userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
  });

  it('take values checked against their type; one bad value changes nothing', async () => {
    const bad = await setValues(clients[0]!, [
      { key: 'city', value: 'Kazan' },
      { key: 'orders', value: 'many' },
    ]);
    expect(bad.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'values.1.value', message: 'Orders must be a number.' }]);
    expect((await setValues(clients[0]!, [{ key: 'birthday', value: '2024-02-30' }])).userErrors[0].message).toBe('Birthday must be a date, YYYY-MM-DD.');
    expect((await setValues(clients[0]!, [{ key: 'subscribed', value: 'perhaps' }])).userErrors[0].message).toBe('Subscribed must be yes or no.');
    expect((await setValues(clients[0]!, [{ key: 'unknown', value: 'x' }])).userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'values.0.key', message: 'No client variable "unknown".' }]);

    const ok = await setValues(clients[0]!, [
      { key: 'city', value: 'Kazan' },
      { key: 'orders', value: '12' },
      { key: 'birthday', value: '1990-05-17' },
      { key: 'subscribed', value: 'yes' },
    ]);
    expect(ok.userErrors).toEqual([]);
    const custom = ok.client.variables.filter((v: any) => !v.system);
    expect(custom).toEqual([
      { key: 'city', value: 'Kazan', system: false },
      { key: 'orders', value: '12', system: false },
      { key: 'birthday', value: '1990-05-17', system: false },
      { key: 'subscribed', value: 'true', system: false },
    ]);
    expect(ok.client.variables.filter((v: any) => v.system).map((v: any) => v.key)).toEqual(expect.arrayContaining(['id', 'created', 'channel']));

    const cleared = await setValues(clients[0]!, [{ key: 'city', value: '' }]);
    expect(cleared.client.variables.find((v: any) => v.key === 'city').value).toBeNull();
    await setValues(clients[0]!, [{ key: 'city', value: 'Kazan' }]);

    const history: any = await api.gql('query($id: ID!) { client(id: $id) { activity(first: 5, types: [VARIABLE_SET]) { edges { node { summary } } } } }', { id: clients[0] }, anna);
    expect(history.data.client.activity.edges.map((e: any) => e.node.summary)).toEqual(['City: Kazan', 'City: empty', 'City: Kazan; Orders: 12; Birthday: 1990-05-17; Subscribed: yes']);
  });

  it('filter the inbox: equals, contains, exists, number and date ranges', async () => {
    await setValues(clients[1]!, [
      { key: 'city', value: 'Moscow' },
      { key: 'orders', value: '3' },
      { key: 'birthday', value: '2001-01-01' },
    ]);
    expect(await inbox([{ field: 'VARIABLE', variable: 'city', equals: 'kazan' }])).toEqual([clients[0]]);
    expect(await inbox([{ field: 'VARIABLE', variable: 'city', contains: 'OSC' }])).toEqual([clients[1]]);
    expect(await inbox([{ field: 'VARIABLE', variable: 'city', is: true }])).toEqual([clients[0], clients[1]].sort());
    expect(await inbox([{ field: 'VARIABLE', variable: 'city', is: false }])).toEqual([clients[2]]);
    expect(await inbox([{ field: 'VARIABLE', variable: 'orders', min: 5 }])).toEqual([clients[0]]);
    expect(await inbox([{ field: 'VARIABLE', variable: 'orders', min: 1, max: 5 }])).toEqual([clients[1]]);
    expect(await inbox([{ field: 'VARIABLE', variable: 'birthday', from: '2000-01-01T00:00:00Z' }])).toEqual([clients[1]]);
    // A text variable is never "in a number range", and a wrong key is an error, not an empty result.
    expect(await inbox([{ field: 'VARIABLE', variable: 'city', min: 0 }])).toEqual([]);
    const bad: any = await api.gql('query($f: ConversationFilter) { conversations(first: 5, filter: $f) { edges { cursor } } }', { f: { conditions: [{ field: 'VARIABLE', variable: "x'; drop table client; --", equals: '1' }] } }, anna);
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('compare text as search does: any case, ё as е, Latin accents aside, on a C-locale database', async () => {
    await setValues(clients[1]!, [{ key: 'city', value: 'Ёлкино' }]);
    await setValues(clients[2]!, [{ key: 'city', value: 'São Paulo' }]);
    expect(await inbox([{ field: 'VARIABLE', variable: 'city', equals: 'ЕЛКИНО' }])).toEqual([clients[1]]);
    expect(await inbox([{ field: 'VARIABLE', variable: 'city', contains: 'лкин' }])).toEqual([clients[1]]);
    expect(await inbox([{ field: 'VARIABLE', variable: 'city', contains: 'SAO P' }])).toEqual([clients[2]]);
  });

  it('show the system ones for people: a short id, and when the client was created and last acted as instants', async () => {
    const found: any = await api.gql(
      'query($id: ID!) { client(id: $id) { createdAt lastActivityAt variables { key name value at system } } }',
      { id: clients[0] },
      anna,
    );
    const client = found.data.client;
    const byKey = (key: string) => client.variables.find((v: any) => v.key === key);
    const uuid = Buffer.from(clients[0]!, 'base64url').toString().split(':')[1]!;
    expect(byKey('id')).toMatchObject({ value: uuid.replace(/-/g, '').slice(-8), at: null, system: true });
    expect(byKey('created')).toMatchObject({ name: 'Created', value: client.createdAt, at: client.createdAt });
    expect(byKey('last_activity')).toMatchObject({ name: 'Last action', value: client.lastActivityAt, at: client.lastActivityAt });
    expect(byKey('channel').at).toBeNull();
    expect(client.variables.filter((v: any) => !v.system).every((v: any) => v.at === null)).toBe(true);
  });

  it('fill #{variables} in quick replies', async () => {
    const created: any = await api.gql(`mutation { saveQuickReply(input: { title: "Hello", text: "Hi #{first_name} from #{city}, order ##{orders}" }) { quickReply { id } userErrors { code } } }`, {}, manager);
    const rendered: any = await api.gql('query($q: ID!, $c: ID!) { renderQuickReply(quickReplyId: $q, conversationId: $c) }', { q: created.data.saveQuickReply.quickReply.id, c: conversations[0] }, anna);
    expect(rendered.data.renderQuickReply).toMatch(/^Hi \S+ from Kazan, order #12$/);
  });

  it('lists the system variables: quick replies fill every one they name, the card shows the others, none can be defined', async () => {
    const system: any = await api.gql('{ systemVariables { key name inQuickReplies onClientCard } }', {}, anna);
    const variables = system.data.systemVariables as { key: string; name: string; inQuickReplies: boolean; onClientCard: boolean }[];
    const filled = variables.filter((v) => v.inQuickReplies).map((v) => v.key);
    expect(filled).toEqual(['name', 'first_name', 'phone', 'email', 'operator', 'project']);
    // Each with a fallback: a value the client lacks (a phone) leaves its placeholder otherwise.
    const text = filled.map((key) => `${key}=#{${key}|none}`).join(' ');
    const created: any = await api.gql('mutation($t: String!) { saveQuickReply(input: { title: "All", text: $t }) { quickReply { id } } }', { t: text }, manager);
    const rendered: any = await api.gql('query($q: ID!, $c: ID!) { renderQuickReply(quickReplyId: $q, conversationId: $c) }', { q: created.data.saveQuickReply.quickReply.id, c: conversations[0] }, anna);
    expect(rendered.data.renderQuickReply).not.toContain('#{');
    const card: any = await api.gql('query($id: ID!) { client(id: $id) { variables { key name system } } }', { id: clients[0] }, anna);
    const shown = card.data.client.variables.filter((v: any) => v.system);
    expect(shown.map((v: any) => v.key.replace(/\d+$/, '1'))).toEqual(expect.arrayContaining(variables.filter((v) => v.onClientCard).map((v) => v.key)));
    expect(shown.find((v: any) => v.key === 'channel').name).toBe(variables.find((v) => v.key === 'channel')!.name);
    for (const key of [...variables.map((v) => v.key), 'Platform_Id_7']) {
      expect((await define({ scope: 'DEAL', key, name: key, type: 'TEXT' })).userErrors, key).toEqual([{ code: 'INVALID_INPUT', field: 'key' }]);
    }
  });

  it('deleting a definition clears its values', async () => {
    const definitions: any = await api.gql('{ variableDefinitions(scope: CLIENT) { id key } }', {}, anna);
    const city = definitions.data.variableDefinitions.find((d: any) => d.key === 'city');
    const deleted: any = await api.gql('mutation($i: VariableDefinitionInput!) { deleteVariableDefinition(input: $i) { deletedDefinitionId userErrors { code } } }', { i: { definitionId: city.id } }, manager);
    expect(deleted.data.deleteVariableDefinition.userErrors).toEqual([]);
    const client: any = await api.gql('query($id: ID!) { client(id: $id) { variables { key } } }', { id: clients[0] }, anna);
    expect(client.data.client.variables.map((v: any) => v.key)).not.toContain('city');
    const rows = await api.app.orm.em.fork().getConnection().execute(`select count(*)::int as n from client where variables ->> 'city' is not null`);
    expect(rows[0]!.n).toBe(0);
  });
});

it('writes each history entry with the names its words need (the web words it from its data; in English, the summary)', async () => {
  expect([...(await expectHistoryWordedFromData(api))]).toEqual(expect.arrayContaining(['VARIABLE_SET']));
});
