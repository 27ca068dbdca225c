// Bad input gets a clear error naming the field and changes nothing, in one place for every input: control
// characters and lone surrogates in any text, and date-times that are not RFC 3339.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { selectOne } from '../db/rows.ts';
import { toGlobalId } from './global-id.ts';

let api: TestApi;
let anna: string;
let conversationId: string;
let clientId: string;
const logged = vi.spyOn(console, 'error');

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 2 });
  anna = await api.login('anna@demo.test', 'demo-operator');
  const row = (await selectOne<{ id: string; clientId: string }>(api.app.orm.em.fork(), 'select id, client_id from conversation order by created_at limit 1'))!;
  conversationId = toGlobalId('Conversation', row.id);
  clientId = toGlobalId('Client', row.clientId);
});
afterAll(() => api?.stop());
afterEach(() => logged.mockClear());

const count = async (table: string) => (await selectOne<{ n: number }>(api.app.orm.em.fork(), `select count(*)::int as n from ${table}`))!.n;

/** The operation's one error: BAD_USER_INPUT on `field`, and nothing logged as an internal error. */
function expectRefused(result: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }, field: string, character = 'U+0000') {
  expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(result.errors?.[0]?.message).toBe(`${field} holds a control character (${character}): remove it and send again.`);
  expect(logged).not.toHaveBeenCalled();
}

describe('control characters', () => {
  it('refuses a NUL in sendMessage, updateClient, createTask and a search, naming the field, storing nothing', async () => {
    const [messages, tasks] = [await count('message'), await count('task')];
    expectRefused(await api.gql('mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }', { i: { conversationId, text: 'Hello\u0000' } }, anna), 'input.text');
    expectRefused(await api.gql('mutation($i: UpdateClientInput!) { updateClient(input: $i) { client { name } } }', { i: { clientId, name: 'Ivan\u0000' } }, anna), 'input.name');
    expectRefused(await api.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id } } }', { i: { clientId, title: 'Call\u0000back' } }, anna), 'input.title');
    expectRefused(await api.gql('{ conversations(first: 5, filter: { search: "or\\u0000der" }) { edges { node { id } } } }', {}, anna), 'filter.search');
    // A literal nested in a list of input objects is named by its path too.
    const conditions = '{ conversations(first: 5, filter: { conditions: [{ field: TAGS, anyOf: ["ok", "b\\u0007d"] }] }) { edges { node { id } } } }';
    expectRefused(await api.gql(conditions, {}, anna), 'filter.conditions[0].anyOf[1]', 'U+0007');
    expect([await count('message'), await count('task')]).toEqual([messages, tasks]);
    const client: any = await api.gql('query($id: ID!) { client(id: $id) { name } }', { id: clientId }, anna);
    expect(client.data.client.name).not.toContain('\u0000');
  });

  it('refuses a NUL from an anonymous widget visitor the same way', async () => {
    const started: any = await api.gql('mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken } } }');
    const visitor = `Visitor ${started.data.widgetStart.session.visitorToken}`;
    const messages = await count('message');
    expectRefused(await api.gql('mutation($t: String!) { widgetSend(input: { text: $t, idempotencyKey: "k1" }) { message { id } } }', { t: 'hi\u0000' }, visitor), 'input.text');
    expect(await count('message')).toBe(messages);
  });

  it('refuses a lone UTF-16 surrogate sent in JSON, and keeps tabs, new lines, emoji and accents', async () => {
    const raw = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: anna },
      body: '{"query":"mutation($i: CreateTaskInput!) { createTask(input: $i) { task { title } } }","variables":{"i":{"clientId":"' + clientId + '","title":"half \\ud83d of it"}}}',
    });
    expect(raw.status).toBe(400);
    expectRefused(await raw.json(), 'input.title', 'U+D83D');
    const fine: any = await api.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { task { title description } } }', { i: { clientId, title: 'Perezvonit 😀 é', description: 'line 1\n\tline 2' } }, anna);
    expect(fine.data.createTask.task).toEqual({ title: 'Perezvonit 😀 é', description: 'line 1\n\tline 2' });
  });
});

describe('DateTime', () => {
  const due = (dueAt: unknown) => api.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { task { dueAt } userErrors { code } } }', { i: { clientId, title: 'Dated', dueAt } }, anna);

  it('takes RFC 3339 with its offset only, and keeps the year it was given', async () => {
    expect(((await due('2026-12-01T12:30:00+03:00')) as any).data.createTask.task.dueAt).toBe('2026-12-01T09:30:00.000Z');
    expect(((await due('0001-01-01T00:00:00Z')) as any).data.createTask.task.dueAt).toBe('0001-01-01T00:00:00.000Z');
    const tasks = await count('task');
    for (const bad of ['1', '2026-12-01', '2026-12-01T12:30:00', '2026-02-30T10:00:00Z', '2026-12-01T24:00:00Z', 'yesterday', 1764547200000]) {
      const result = await due(bad);
      expect(result.errors?.[0]?.extensions?.code, String(bad)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.message).toContain('DateTime must be an RFC 3339 date-time with its offset');
    }
    const literal = await api.gql(`mutation { createTask(input: { clientId: "${clientId}", title: "x", dueAt: "1" }) { task { id } } }`, {}, anna);
    expect(literal.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(literal.errors?.[0]?.message).toContain('RFC 3339');
    expect(await count('task')).toBe(tasks);
  });
});
