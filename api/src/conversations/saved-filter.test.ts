import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { Client } from '../clients/client.entity.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { Conversation } from './conversation.entity.ts';

let api: TestApi;
let anna: string;
let boris: string;
let manager: string;
let annaId: string;
let projectId: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  const seeded = await api.seed({ clients: 24 });
  projectId = seeded.project.id;
  annaId = toGlobalId('Operator', seeded.operators.find((o) => o.email === 'anna@demo.test')!.id);
  [anna, boris, manager] = await Promise.all([
    api.login('anna@demo.test', 'demo-operator'),
    api.login('boris@demo.test', 'demo-operator'),
    api.login('manager@demo.test', 'demo-manager'),
  ]);
});
afterAll(() => api?.stop());

const list = async (filter: object, token = anna) => {
  const result: any = await api.gql('query($f: ConversationFilter) { conversations(first: 100, filter: $f) { edges { node { id client { phone email } assignee { name } unreadCount lastActivityAt } } } }', { f: filter }, token);
  if (result.errors) return { errors: result.errors };
  return result.data.conversations.edges.map((e: any) => e.node);
};

describe('filter conditions', () => {
  it('match all or any of: has phone, has e-mail, assignee, unread, activity range', async () => {
    const em = api.app.orm.em.fork();
    const withPhone = await em.count(Client, { projectId, phone: { $ne: null } });
    expect(await list({ conditions: [{ field: 'HAS_PHONE', is: true }] })).toHaveLength(withPhone);

    const both = await list({ conditions: [{ field: 'HAS_PHONE', is: true }, { field: 'HAS_EMAIL', is: true }] });
    expect(both.every((c: any) => c.client.phone && c.client.email)).toBe(true);
    const either = await list({ match: 'ANY', conditions: [{ field: 'HAS_PHONE', is: true }, { field: 'HAS_EMAIL', is: true }] });
    expect(either.every((c: any) => c.client.phone || c.client.email)).toBe(true);
    expect(either.length).toBeGreaterThan(both.length);

    const annas = await list({ conditions: [{ field: 'ASSIGNEE', anyOf: [annaId] }] });
    expect(annas.length).toBeGreaterThan(0);
    expect(annas.every((c: any) => c.assignee?.name === 'Anna Operator')).toBe(true);
    expect((await list({ conditions: [{ field: 'ASSIGNEE', is: false }] })).every((c: any) => c.assignee === null)).toBe(true);
    expect((await list({ conditions: [{ field: 'UNREAD', is: true }] })).every((c: any) => c.unreadCount > 0)).toBe(true);

    const newest = await em.findOneOrFail(Conversation, { projectId }, { orderBy: { lastActivityAt: 'desc' } });
    const recent = await list({ conditions: [{ field: 'LAST_ACTIVITY_AT', from: new Date(newest.lastActivityAt.getTime() - 3600_000).toISOString() }] });
    expect(recent.every((c: any) => Date.parse(c.lastActivityAt) >= newest.lastActivityAt.getTime() - 3600_000)).toBe(true);
    expect(await list({ conditions: [{ field: 'CHANNEL_KIND', anyOf: ['TELEGRAM'] }] })).toEqual([]);
    expect((await list({ conditions: [{ field: 'CHANNEL_KIND', anyOf: ['WEBCHAT'] }] })).length).toBe(24);
  });

  it('answer a clear error for a condition without its operand', async () => {
    const result: any = await list({ conditions: [{ field: 'HAS_PHONE' }] });
    expect(result.errors[0]).toMatchObject({ message: 'Condition HAS_PHONE needs `is`.', extensions: { code: 'BAD_USER_INPUT' } });
    expect((await list({ conditions: [{ field: 'CHANNEL_KIND', anyOf: ['FAX'] }] })).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('saved filters', () => {
  const save = (input: object, token: string) =>
    api.gql('mutation($i: SaveFilterInput!) { saveFilter(input: $i) { savedFilter { id name shared owner { name } filter { section match conditions { field is anyOf } } } userErrors { code field message } } }', { i: input }, token) as Promise<any>;
  const saved = async (token: string) => ((await api.gql('{ savedFilters { name shared } }', {}, token)) as any).data.savedFilters;

  it('keep every operand of their conditions: tags of all, variable values and ranges', async () => {
    const conditions = [
      { field: 'VARIABLE', variable: 'city', contains: 'kaz' },
      { field: 'VARIABLE', variable: 'orders', min: 1.5, max: 10 },
      { field: 'VARIABLE', variable: 'vip', equals: 'yes' },
    ];
    const result = await api.gql('mutation($i: SaveFilterInput!) { saveFilter(input: $i) { savedFilter { id filter { conditions { field variable equals contains min max allOf } } } userErrors { code } } }', { i: { name: 'Variables', filter: { conditions } } }, anna);
    expect((result as any).data.saveFilter.savedFilter.filter.conditions).toEqual([
      { field: 'VARIABLE', variable: 'city', equals: null, contains: 'kaz', min: null, max: null, allOf: null },
      { field: 'VARIABLE', variable: 'orders', equals: null, contains: null, min: 1.5, max: 10, allOf: null },
      { field: 'VARIABLE', variable: 'vip', equals: 'yes', contains: null, min: null, max: null, allOf: null },
    ]);
    await api.gql('mutation($i: SavedFilterInput!) { deleteFilter(input: $i) { deletedId } }', { i: { savedFilterId: (result as any).data.saveFilter.savedFilter.id } }, anna);
  });

  it('are personal or shared, duplicated, renamed and deleted by whom may', async () => {
    const mine = (await save({ name: 'My unread with phone', filter: { section: 'MINE', conditions: [{ field: 'HAS_PHONE', is: true }, { field: 'UNREAD', is: true }] } }, anna)).data.saveFilter.savedFilter;
    expect(mine).toMatchObject({ shared: false, owner: { name: 'Anna Operator' }, filter: { section: 'MINE', match: 'ALL', conditions: [{ field: 'HAS_PHONE', is: true, anyOf: null }, { field: 'UNREAD', is: true, anyOf: null }] } });
    const team = (await save({ name: 'Team: no e-mail', shared: true, filter: { conditions: [{ field: 'HAS_EMAIL', is: false }] } }, anna)).data.saveFilter.savedFilter;

    expect(await saved(boris)).toEqual([{ name: 'Team: no e-mail', shared: true }]);
    expect((await save({ savedFilterId: team.id, name: 'Hijacked', filter: {} }, boris)).data.saveFilter.userErrors).toEqual([
      { code: 'FORBIDDEN', field: null, message: 'Only its owner (or a manager, for a shared filter) can change it.' },
    ]);
    expect((await save({ savedFilterId: team.id, name: 'Team: without e-mail', shared: true, filter: { conditions: [{ field: 'HAS_EMAIL', is: false }] } }, manager)).data.saveFilter.savedFilter.name).toBe('Team: without e-mail');
    expect((await save({ savedFilterId: mine.id, name: 'x', filter: {} }, boris)).data.saveFilter.userErrors[0].code).toBe('NOT_FOUND');

    const copy: any = await api.gql('mutation($i: DuplicateFilterInput!) { duplicateFilter(input: $i) { savedFilter { name shared owner { name } } } }', { i: { savedFilterId: team.id } }, boris);
    expect(copy.data.duplicateFilter.savedFilter).toEqual({ name: 'Team: without e-mail (copy)', shared: false, owner: { name: 'Boris Operator' } });

    const removed: any = await api.gql('mutation($i: SavedFilterInput!) { deleteFilter(input: $i) { deletedId userErrors { code } } }', { i: { savedFilterId: mine.id } }, anna);
    expect(removed.data.deleteFilter).toEqual({ deletedId: mine.id, userErrors: [] });
    expect((await saved(anna)).map((f: any) => f.name)).toEqual(['Team: without e-mail']);
  });

  it('are checked like a live filter before they are stored', async () => {
    const bad = await save({ name: 'Broken', filter: { conditions: [{ field: 'CREATED_AT' }] } }, anna);
    expect(bad.data.saveFilter.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'filter', message: 'Condition CREATED_AT needs `from` and/or `to`.' }]);
  });
});
