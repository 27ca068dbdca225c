import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { select, selectOne } from '../db/rows.ts';
import { toGlobalId } from '../graphql/global-id.ts';

let api: TestApi;
let owner: string;
let manager: string;
let anna: string;
let boris: string;
let outsider: string;
const ids = { anna: '', boris: '', manager: '', outsiderOperator: '' };
let conversations: string[];
let foreignConversation: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  const a = await api.seed({ clients: 6 });
  const b = await api.seed({ clients: 1, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  [owner, manager, anna, boris, outsider] = await Promise.all([
    api.login('owner@demo.test', 'demo-owner'),
    api.login('manager@demo.test', 'demo-manager'),
    api.login('anna@demo.test', 'demo-operator'),
    api.login('boris@demo.test', 'demo-operator'),
    api.login('owner@other.test', 'demo-owner'),
  ]);
  const operatorId = (email: string) => toGlobalId('Operator', a.operators.find((o) => o.email === email)!.id);
  Object.assign(ids, { anna: operatorId('anna@demo.test'), boris: operatorId('boris@demo.test'), manager: operatorId('manager@demo.test'), outsiderOperator: toGlobalId('Operator', b.operators[0]!.id) });
  const rows = await select<{ id: string; projectId: string }>(api.app.orm.em.fork(), 'select id, project_id from conversation order by created_at, id');
  conversations = rows.filter((r) => r.projectId === a.project.id).map((r) => toGlobalId('Conversation', r.id));
  foreignConversation = toGlobalId('Conversation', rows.find((r) => r.projectId === b.project.id)!.id);
  // Every conversation starts unassigned, without a team.
  await api.app.orm.em.fork().execute('update conversation set assignee_id = null, team_id = null');
});
afterAll(() => api?.stop());

async function gql(query: string, variables: object, token: string): Promise<any> {
  const result = await api.gql(query, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const teamFields = 'id name members { name }';
const createTeam = async (name: string, token = manager) =>
  (await gql(`mutation($i: CreateTeamInput!) { createTeam(input: $i) { team { ${teamFields} } userErrors { code field } } }`, { i: { name } }, token)).createTeam;
const renameTeam = async (teamId: string, name: string, token = manager) =>
  (await gql(`mutation($i: RenameTeamInput!) { renameTeam(input: $i) { team { ${teamFields} } userErrors { code field } } }`, { i: { teamId, name } }, token)).renameTeam;
const setMembers = async (teamId: string, operatorIds: string[], token = manager) =>
  (await gql(`mutation($i: SetTeamMembersInput!) { setTeamMembers(input: $i) { team { ${teamFields} } userErrors { code field } } }`, { i: { teamId, operatorIds } }, token)).setTeamMembers;
const deleteTeam = async (id: string, token = manager) =>
  (await gql('mutation($i: TeamInput!) { deleteTeam(input: $i) { deletedId userErrors { code field } } }', { i: { teamId: id } }, token)).deleteTeam;
const transfer = async (input: object, token: string) =>
  (await gql('mutation($i: TransferConversationInput!) { transferConversation(input: $i) { conversation { id assignee { name } team { name } } userErrors { code field } } }', { i: input }, token))
    .transferConversation;
const take = (conversationId: string, token: string) =>
  gql('mutation($i: ConversationInput!) { takeConversation(input: $i) { userErrors { code } } }', { i: { conversationId } }, token);
const teamNames = async (token = anna) => (await gql('{ teams { name } }', {}, token)).teams.map((t: any) => t.name);
const teamSection = async (teamId: string | null, token = anna) =>
  (await gql('query($f: ConversationFilter) { conversations(first: 100, filter: $f) { edges { node { id } } } }', { f: { section: 'TEAM', ...(teamId ? { teamId } : {}) } }, token))
    .conversations.edges.map((e: any) => e.node.id);
const lastEvent = async (conversationId: string) =>
  (await gql(
    'query($id: ID!) { conversation(id: $id) { timeline(first: 1) { edges { node { ... on ConversationEvent { type comment actor { name } assignee { name } team { name } } } } } } }',
    { id: conversationId },
    manager,
  )).conversation.timeline.edges[0]?.node;

describe('managing teams', () => {
  it('lets managers create, rename and staff teams, with unique names', async () => {
    const created = await createTeam('  Sales ');
    expect(created).toEqual({ team: { id: expect.any(String), name: 'Sales', members: [] }, userErrors: [] });
    const id = created.team.id;
    expect(await createTeam('sales')).toEqual({ team: null, userErrors: [{ code: 'CONFLICT', field: 'name' }] });
    // Cyrillic case too, on the C-locale test database.
    const russian = (await createTeam('Продажи')).team;
    expect(await createTeam('ПРОДАЖИ')).toEqual({ team: null, userErrors: [{ code: 'CONFLICT', field: 'name' }] });
    await deleteTeam(russian.id);
    expect(await createTeam(' ')).toEqual({ team: null, userErrors: [{ code: 'INVALID_INPUT', field: 'name' }] });
    expect(await createTeam('x'.repeat(101))).toEqual({ team: null, userErrors: [{ code: 'INVALID_INPUT', field: 'name' }] });

    const support = (await createTeam('Support', owner)).team;
    expect(await renameTeam(id, 'support')).toEqual({ team: null, userErrors: [{ code: 'CONFLICT', field: 'name' }] });
    expect((await renameTeam(id, 'Sales team')).team.name).toBe('Sales team');
    expect((await renameTeam(id, 'Sales')).team.name).toBe('Sales');

    expect((await setMembers(id, [ids.boris, ids.anna, ids.anna])).team.members).toEqual([{ name: 'Anna Operator' }, { name: 'Boris Operator' }]);
    expect(await setMembers(id, [ids.anna, ids.outsiderOperator])).toEqual({ team: null, userErrors: [{ code: 'NOT_FOUND', field: 'operatorIds' }] });
    await setMembers(support.id, [ids.boris]);

    expect(await teamNames()).toEqual(['Sales', 'Support']);
    // Every operator with their teams would cost 500 × 30: one operator's are asked.
    const teamsOf = async (operatorId: string) => (await gql('query($id: ID!) { node(id: $id) { ... on Operator { teams { name } } } }', { id: operatorId }, anna)).node.teams;
    expect(await teamsOf(ids.boris)).toEqual([{ name: 'Sales' }, { name: 'Support' }]);
    expect(await teamsOf(ids.manager)).toEqual([]);
    expect((await gql('query($id: ID!) { node(id: $id) { ... on Team { name } } }', { id }, anna)).node).toEqual({ name: 'Sales' });

    expect((await setMembers(id, [ids.anna])).team.members).toEqual([{ name: 'Anna Operator' }]);
    expect((await deleteTeam(support.id)).deletedId).toBe(support.id);
    expect(await teamNames()).toEqual(['Sales']);
  });

  it('refuses operators and changes nothing', async () => {
    const [team] = (await gql('{ teams { id name members { name } } }', {}, anna)).teams;
    const forbidden = [{ code: 'FORBIDDEN', field: null }];
    expect((await createTeam('Rogue', anna)).userErrors).toEqual(forbidden);
    expect((await renameTeam(team.id, 'Rogue', anna)).userErrors).toEqual(forbidden);
    expect((await setMembers(team.id, [ids.boris], anna)).userErrors).toEqual(forbidden);
    expect((await deleteTeam(team.id, anna)).userErrors).toEqual(forbidden);
    expect((await gql('{ teams { id name members { name } } }', {}, anna)).teams).toEqual([team]);
  });

  it('keeps teams within their project', async () => {
    const [team] = (await gql('{ teams { id } }', {}, anna)).teams;
    expect(await teamNames(outsider)).toEqual([]);
    expect(await gql('query($id: ID!) { node(id: $id) { id } }', { id: team.id }, outsider)).toEqual({ node: null });
    const notFound = (field: string) => [{ code: 'NOT_FOUND', field }];
    expect((await renameTeam(team.id, 'Mine', outsider)).userErrors).toEqual(notFound('teamId'));
    expect((await setMembers(team.id, [], outsider)).userErrors).toEqual(notFound('teamId'));
    expect((await deleteTeam(team.id, outsider)).userErrors).toEqual(notFound('teamId'));
    expect((await transfer({ conversationId: foreignConversation, teamId: team.id }, outsider)).userErrors).toEqual(notFound('teamId'));
    expect(await teamSection(team.id, outsider)).toEqual([]);
    expect(await teamNames()).toEqual(['Sales']);
  });
});

describe('transferring to a team', () => {
  it('hands a conversation to a team with a comment, shown in the timeline and the team’s section', async () => {
    const sales = (await gql('{ teams { id } }', {}, anna)).teams[0].id;
    const support = (await createTeam('Support')).team.id;
    const [id, other] = [conversations[0]!, conversations[1]!];
    await take(id, anna);
    const inbox = collect(api.socket({ authorization: boris }), 'subscription { inboxEvents { kind conversation { id team { name } assignee { name } } } }');
    const timeline = collect(api.socket({ authorization: boris }), 'subscription($id: ID!) { conversationTimeline(conversationId: $id) { ... on ConversationEvent { type team { name } comment } } }', { id });
    await settle();

    expect(await transfer({ conversationId: id, teamId: sales, comment: ' Wants a discount ' }, anna)).toEqual({
      conversation: { id, assignee: null, team: { name: 'Sales' } },
      userErrors: [],
    });
    expect(await lastEvent(id)).toEqual({ type: 'TEAM_ASSIGNED', comment: 'Wants a discount', actor: { name: 'Anna Operator' }, assignee: null, team: { name: 'Sales' } });
    await inbox.next(1);
    await timeline.next(1);
    expect(inbox.received[0]!.data).toEqual({ inboxEvents: { kind: 'CONVERSATION_UPDATED', conversation: { id, team: { name: 'Sales' }, assignee: null } } });
    expect(timeline.received[0]!.data).toEqual({ conversationTimeline: { type: 'TEAM_ASSIGNED', team: { name: 'Sales' }, comment: 'Wants a discount' } });

    expect(await teamSection(sales)).toEqual([id]);
    expect(await teamSection(support)).toEqual([]);
    expect(await teamSection(null)).toEqual([id]);

    // Done again: nothing changes, nothing is recorded.
    const events = async () => (await selectOne<{ n: number }>(api.app.orm.em.fork(), `select count(*)::int as n from conversation_event where type = 'TEAM_ASSIGNED'`))!.n;
    const before = await events();
    await transfer({ conversationId: id, teamId: sales }, manager);
    expect(await events()).toBe(before);

    // A member takes it from the team's queue: it stays the team's.
    await take(id, boris);
    expect(await teamSection(sales)).toEqual([id]);

    // A manager hands it to another team and a member at once.
    expect((await transfer({ conversationId: id, teamId: support, operatorId: ids.anna }, manager)).conversation).toEqual({ id, assignee: { name: 'Anna Operator' }, team: { name: 'Support' } });
    expect(await lastEvent(id)).toMatchObject({ type: 'TEAM_ASSIGNED', assignee: { name: 'Anna Operator' }, team: { name: 'Support' }, actor: { name: 'Mark Manager' } });
    expect(await teamSection(sales)).toEqual([]);

    // Operators hand on their own conversations only.
    expect((await transfer({ conversationId: other, teamId: sales }, boris)).userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
    expect((await transfer({ conversationId: id, teamId: sales }, boris)).userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
  });

  it('checks the input', async () => {
    const id = conversations[2]!;
    expect((await transfer({ conversationId: id }, manager)).userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'teamId' }]);
    expect((await transfer({ conversationId: id, teamId: ids.anna }, manager)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'teamId' }]);
    const sales = (await gql('{ teams { id } }', {}, anna)).teams.find(Boolean).id;
    expect((await transfer({ conversationId: id, teamId: sales, operatorId: ids.outsiderOperator }, manager)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'operatorId' }]);
    expect((await transfer({ conversationId: foreignConversation, teamId: sales }, manager)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'conversationId' }]);
    // Without a team it is an assignment.
    expect((await transfer({ conversationId: id, operatorId: ids.boris, comment: 'yours' }, manager)).conversation).toEqual({ id, assignee: { name: 'Boris Operator' }, team: null });
    expect(await lastEvent(id)).toMatchObject({ type: 'ASSIGNED', comment: 'yours', team: null });
    const bad: any = await api.gql('query { conversations(first: 1, filter: { section: TEAM, teamId: "nope" }) { edges { node { id } } } }', {}, anna);
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('opens a team’s section to its members and to managers only, as each team’s viewerCanOpenInbox says', async () => {
    const team = (await createTeam('Members only')).team.id;
    await setMembers(team, [ids.boris]);
    const id = conversations[4]!;
    await transfer({ conversationId: id, teamId: team }, manager);
    const canOpen = async (token: string) => (await gql('{ teams { id viewerCanOpenInbox } }', {}, token)).teams.find((t: any) => t.id === team).viewerCanOpenInbox;
    expect([await canOpen(boris), await canOpen(manager), await canOpen(anna)]).toEqual([true, true, false]);
    expect([await teamSection(team, boris), await teamSection(team, manager), await teamSection(team, anna)]).toEqual([[id], [id], []]);
    // All teams' section: an operator sees their own teams' conversations only.
    expect(await teamSection(null, anna)).not.toContain(id);
    expect(await teamSection(null, boris)).toContain(id);
    expect((await deleteTeam(team)).userErrors).toEqual([]);
  });

  it('leaves conversations without a team when their team is deleted', async () => {
    const id = conversations[3]!;
    const team = (await createTeam('Short-lived')).team.id;
    await transfer({ conversationId: id, teamId: team, operatorId: ids.anna }, manager);
    expect(await teamSection(team, manager)).toEqual([id]);
    expect((await deleteTeam(team)).userErrors).toEqual([]);
    const after = (await gql('query($id: ID!) { conversation(id: $id) { team { name } assignee { name } } }', { id }, anna)).conversation;
    expect(after).toEqual({ team: null, assignee: { name: 'Anna Operator' } });
    expect(await lastEvent(id)).toMatchObject({ type: 'TEAM_ASSIGNED', team: null });
  });
});
