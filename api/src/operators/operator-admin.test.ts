import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { createApiToken } from '../auth/api-token.service.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import type { Viewer } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';
import type { ProjectRow } from '../projects/project.entity.ts';
import { operatorColumns, type OperatorRow } from './operator.entity.ts';
import { deactivateOperator, updateOperator } from './operator-admin.service.ts';

let api: TestApi;
let projectId: string;
let owner: string;
let manager: string;
let anna: string;
let outsider: string;
let apiToken: string;
let admin = '';
const ids = { owner: '', anna: '', boris: '', outsiderOperator: '' };
let clientId: string;
let conversations: string[];

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  const a = await api.seed({ clients: 3 });
  const b = await api.seed({ clients: 1, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  projectId = a.project.id;
  [owner, manager, anna, outsider] = await Promise.all([
    api.login('owner@demo.test', 'demo-owner'),
    api.login('manager@demo.test', 'demo-manager'),
    api.login('anna@demo.test', 'demo-operator'),
    api.login('owner@other.test', 'demo-owner'),
  ]);
  apiToken = `Bearer ${(await createApiToken(api.app.orm.em.fork(), projectId, 'sync')).token}`;
  const operatorId = (email: string) => toGlobalId('Operator', a.operators.find((o) => o.email === email)!.id);
  Object.assign(ids, {
    owner: operatorId('owner@demo.test'),
    anna: operatorId('anna@demo.test'),
    boris: operatorId('boris@demo.test'),
    outsiderOperator: toGlobalId('Operator', b.operators[0]!.id),
  });
  const em = api.app.orm.em.fork();
  clientId = toGlobalId('Client', (await selectOne<{ id: string }>(em, 'select id from client where project_id = ? order by created_at limit 1', [projectId]))!.id);
  const rows = await select<{ id: string }>(em, 'select id from conversation where project_id = ? order by created_at, id', [projectId]);
  conversations = rows.map((row) => toGlobalId('Conversation', row.id));
  await em.execute('update conversation set assignee_id = null, status = ?', ['OPEN']);
});
afterAll(() => api?.stop());

async function gql(query: string, variables: object, token: string): Promise<any> {
  const result = await api.gql(query, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const operatorFields = 'operator { id name email role presence deactivatedAt } userErrors { code field }';
const create = async (input: object, token: string) =>
  (await gql(`mutation($i: CreateOperatorInput!) { createOperator(input: $i) { ${operatorFields} } }`, { i: input }, token)).createOperator;
const update = async (input: object, token: string) =>
  (await gql(`mutation($i: UpdateOperatorInput!) { updateOperator(input: $i) { ${operatorFields} } }`, { i: input }, token)).updateOperator;
const deactivate = async (operatorId: string, token: string) =>
  (await gql(`mutation($i: OperatorIdInput!) { deactivateOperator(input: $i) { ${operatorFields} } }`, { i: { operatorId } }, token)).deactivateOperator;
const reactivate = async (operatorId: string, token: string) =>
  (await gql(`mutation($i: OperatorIdInput!) { reactivateOperator(input: $i) { ${operatorFields} } }`, { i: { operatorId } }, token)).reactivateOperator;
const changeMyPassword = async (input: object, token: string) =>
  (await gql('mutation($i: ChangeMyPasswordInput!) { changeMyPassword(input: $i) { changed userErrors { code field } } }', { i: input }, token)).changeMyPassword;
const operatorNames = async (includeDeactivated: boolean, token = owner) =>
  (await gql('query($d: Boolean) { operators(includeDeactivated: $d) { name } }', { d: includeDeactivated }, token)).operators.map((o: any) => o.name);
const assign = async (conversationId: string, operatorId: string | null, token = manager) =>
  (await gql('mutation($i: AssignConversationInput!) { assignConversation(input: $i) { conversation { assignee { name } } userErrors { code field } } }', { i: { conversationId, operatorId } }, token))
    .assignConversation;
const assigneeOf = async (conversationId: string) =>
  (await gql('query($id: ID!) { conversation(id: $id) { status assignee { name } } }', { id: conversationId }, manager)).conversation;
const meWith = (token: string) => api.gql('{ me { operator { name role } } }', {}, token);
const unauthenticated = async (token: string) => (await meWith(token)).errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
const loginResult = async (email: string, password: string) =>
  (await api.gql('mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { token userErrors { code message } } }', { e: email, p: password })).data?.login;
const rowWhere = async (where: string, value: string) =>
  (await selectOne<OperatorRow & { passwordHash: string }>(api.app.orm.em.fork(), `select ${operatorColumns}, password_hash from operator where ${where} = ?`, [value]))!;
const row = (globalId: string) => rowWhere('id', idOf('Operator', globalId)!);
const rowByEmail = (email: string) => rowWhere('email', email);
const activeOwners = async () =>
  (await selectOne<{ n: number }>(api.app.orm.em.fork(), `select count(*)::int as n from operator where project_id = ? and role = 'OWNER' and deactivated_at is null`, [projectId]))!.n;
const forbidden = [{ code: 'FORBIDDEN', field: null }];

describe('adding operators', () => {
  it('lets an owner add an operator, who then logs in with the e-mail in any case', async () => {
    const created = await create({ name: '  Ada Admin ', email: ' Ada@Demo.TEST ', role: 'ADMIN', password: 'ada-password' }, owner);
    expect(created).toEqual({
      operator: { id: expect.any(String), name: 'Ada Admin', email: 'ada@demo.test', role: 'ADMIN', presence: 'OFFLINE', deactivatedAt: null },
      userErrors: [],
    });
    const stored = await rowByEmail('ada@demo.test');
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(stored.projectId).toBe(projectId);
    admin = await api.login('ADA@demo.test', 'ada-password');
    expect((await meWith(admin)).data).toEqual({ me: { operator: { name: 'Ada Admin', role: 'ADMIN' } } });
    expect(await operatorNames(false, anna)).toContain('Ada Admin');
  });

  it('lets an admin add a manager or an operator, and checks the name, e-mail and password', async () => {
    expect((await create({ name: 'Pat Operator', email: 'pat@demo.test', role: 'OPERATOR', password: 'pat-password' }, admin)).operator.role).toBe('OPERATOR');
    const invalid = async (input: object, field: string) =>
      expect(await create({ name: 'Val', email: 'val@demo.test', role: 'OPERATOR', password: 'val-password', ...input }, owner)).toEqual({
        operator: null,
        userErrors: [{ code: 'INVALID_INPUT', field }],
      });
    await invalid({ name: '  ' }, 'name');
    await invalid({ name: 'x'.repeat(101) }, 'name');
    await invalid({ email: 'not an e-mail' }, 'email');
    await invalid({ password: 'short' }, 'password');
    await invalid({ password: 'x'.repeat(201) }, 'password');
    expect(await selectOne(api.app.orm.em.fork(), `select id from operator where email = 'val@demo.test'`)).toBeNull();
  });

  it('refuses an e-mail already used, whatever the case and the project', async () => {
    const count = async () => (await selectOne<{ n: number }>(api.app.orm.em.fork(), 'select count(*)::int as n from operator'))!.n;
    const before = await count();
    for (const email of ['ANNA@demo.test', ' anna@demo.test', 'owner@other.test']) {
      expect(await create({ name: 'Copy', email, role: 'OPERATOR', password: 'copy-password' }, owner)).toEqual({
        operator: null,
        userErrors: [{ code: 'CONFLICT', field: 'email' }],
      });
    }
    expect(await count()).toBe(before);
  });
});

describe('roles', () => {
  it('keeps owners to owners: an admin neither adds, makes nor changes one', async () => {
    expect((await create({ name: 'Sneaky', email: 'sneaky@demo.test', role: 'OWNER', password: 'sneaky-password' }, admin)).userErrors).toEqual([{ code: 'FORBIDDEN', field: 'role' }]);
    expect((await update({ operatorId: ids.anna, role: 'OWNER' }, admin)).userErrors).toEqual([{ code: 'FORBIDDEN', field: 'role' }]);
    expect((await update({ operatorId: ids.owner, name: 'Renamed' }, admin)).userErrors).toEqual(forbidden);
    expect((await update({ operatorId: ids.owner, role: 'OPERATOR' }, admin)).userErrors).toEqual(forbidden);
    expect((await update({ operatorId: ids.owner, password: 'taken-over' }, admin)).userErrors).toEqual(forbidden);
    expect((await deactivate(ids.owner, admin)).userErrors).toEqual(forbidden);
    expect(await row(ids.owner)).toMatchObject({ name: 'Olivia Owner', role: 'OWNER', deactivatedAt: null });
    expect(await loginResult('owner@demo.test', 'taken-over')).toMatchObject({ token: null });
    expect(await selectOne(api.app.orm.em.fork(), `select id from operator where email = 'sneaky@demo.test'`)).toBeNull();
    expect((await row(ids.anna)).role).toBe('OPERATOR');

    // Everyone else is theirs to manage.
    expect((await update({ operatorId: ids.anna, role: 'MANAGER', name: ' Anna M. ' }, admin)).operator).toMatchObject({ name: 'Anna M.', role: 'MANAGER' });
    expect((await update({ operatorId: ids.anna, role: 'OPERATOR', name: 'Anna Operator' }, admin)).operator).toMatchObject({ name: 'Anna Operator', role: 'OPERATOR' });
    // Left out stays as it is.
    expect((await update({ operatorId: ids.anna }, admin)).operator).toMatchObject({ name: 'Anna Operator', role: 'OPERATOR' });
  });

  it('lets nobody change their own role or deactivate themselves', async () => {
    const adaId = toGlobalId('Operator', (await rowByEmail('ada@demo.test')).id);
    expect((await update({ operatorId: ids.owner, role: 'ADMIN' }, owner)).userErrors).toEqual([{ code: 'FORBIDDEN', field: 'role' }]);
    expect((await update({ operatorId: adaId, role: 'MANAGER' }, admin)).userErrors).toEqual([{ code: 'FORBIDDEN', field: 'role' }]);
    expect((await deactivate(ids.owner, owner)).userErrors).toEqual(forbidden);
    expect((await deactivate(adaId, admin)).userErrors).toEqual(forbidden);
    expect(await row(ids.owner)).toMatchObject({ role: 'OWNER', deactivatedAt: null });
    expect(await row(adaId)).toMatchObject({ role: 'ADMIN', deactivatedAt: null });
    // Their own name, and the same role again, are fine.
    expect((await update({ operatorId: adaId, name: 'Ada A.', role: 'ADMIN' }, admin)).operator).toMatchObject({ name: 'Ada A.', role: 'ADMIN' });
    expect(await unauthenticated(owner)).toBe(false);
  });

  it('closes the open sockets of an operator whose role changes (4431, retried by clients), and no one else’s', async () => {
    const annaId = toGlobalId('Operator', (await rowByEmail('anna@demo.test')).id);
    const session = await api.login('anna@demo.test', 'demo-operator');
    const hers = collect(api.socket({ authorization: session }), 'subscription { inboxEvents { kind } }');
    const others = collect(api.socket({ authorization: owner }), 'subscription { inboxEvents { kind } }');
    await settle();
    expect(hers.failure).toBeNull();
    expect((await update({ operatorId: annaId, role: 'MANAGER' }, admin)).userErrors).toEqual([]);
    await expect.poll(() => (hers.failure as { code?: number } | null)?.code).toBe(4431);
    // Her session still holds: a new socket is checked again, with the new role.
    const again = collect(api.socket({ authorization: session }), 'subscription { inboxEvents { kind } }');
    await settle();
    expect(again.failure).toBeNull();
    expect(others.failure).toBeNull();
    expect((await update({ operatorId: annaId, role: 'OPERATOR' }, admin)).userErrors).toEqual([]);
  });

  it('keeps at least one active owner, even when two owners act on each other at once', async () => {
    const otto = (await create({ name: 'Otto Owner', email: 'otto@demo.test', role: 'OWNER', password: 'otto-password' }, owner)).operator;
    expect(otto.role).toBe('OWNER');
    let ottoToken = await api.login('otto@demo.test', 'otto-password');
    const tokenOf = (id: string) => (id === otto.id ? ottoToken : owner);
    const relogin = async () => {
      owner = await api.login('owner@demo.test', 'demo-owner');
      ottoToken = await api.login('otto@demo.test', 'otto-password');
    };

    // Demoting each other at the same moment: one wins.
    const demoted = await Promise.all([update({ operatorId: otto.id, role: 'ADMIN' }, owner), update({ operatorId: ids.owner, role: 'ADMIN' }, ottoToken)]);
    expect(demoted.map((result) => result.userErrors.length).sort()).toEqual([0, 1]);
    expect(demoted.find((result) => result.userErrors.length)!.userErrors).toEqual(forbidden);
    expect(await activeOwners()).toBe(1);
    const loser = demoted.find((result) => !result.userErrors.length)!.operator.id as string;
    const winner = loser === otto.id ? ids.owner : otto.id;
    expect((await update({ operatorId: loser, role: 'OWNER' }, tokenOf(winner))).operator.role).toBe('OWNER');
    expect(await activeOwners()).toBe(2);

    // Deactivating each other at the same moment: one wins.
    // The loser is refused, or (when the winner committed before its request was authenticated) signed out.
    const deactivateQuery = `mutation($i: OperatorIdInput!) { deactivateOperator(input: $i) { ${operatorFields} } }`;
    const deactivated = await Promise.all([
      api.gql(deactivateQuery, { i: { operatorId: otto.id } }, owner),
      api.gql(deactivateQuery, { i: { operatorId: ids.owner } }, ottoToken),
    ]);
    const succeeded = deactivated.filter((result: any) => result.data?.deactivateOperator.userErrors.length === 0);
    expect(succeeded).toHaveLength(1);
    const refused = deactivated.find((result) => result !== succeeded[0])!;
    expect(refused.errors?.[0]?.extensions?.code ?? (refused.data as any).deactivateOperator.userErrors[0].code).toMatch(/^(FORBIDDEN|UNAUTHENTICATED)$/);
    expect(await activeOwners()).toBe(1);
    const gone = (succeeded[0]!.data as any).deactivateOperator.operator.id as string;
    expect((await reactivate(gone, tokenOf(gone === otto.id ? ids.owner : otto.id))).operator.deactivatedAt).toBeNull();
    await relogin();
    expect(await activeOwners()).toBe(2);

    // A request that still sees Otto as an active owner, arriving after he was deactivated, removes no last owner.
    const staleOtto = await row(otto.id);
    expect((await deactivate(otto.id, owner)).userErrors).toEqual([]);
    const em = api.app.orm.em.fork();
    const project = (await selectOne<ProjectRow>(em, 'select * from project where id = ?', [projectId]))!;
    const stale: Viewer = { project, operator: staleOtto, tokenId: '00000000-0000-0000-0000-000000000000', expiresAt: null };
    const lastOwner = { code: 'FORBIDDEN', message: 'The project must keep at least one active owner.' };
    await expect(updateOperator(api.app, em, stale, { operatorId: ids.owner, role: 'ADMIN' })).rejects.toMatchObject(lastOwner);
    await expect(deactivateOperator(api.app, em, stale, ids.owner)).rejects.toMatchObject(lastOwner);
    expect(await row(ids.owner)).toMatchObject({ role: 'OWNER', deactivatedAt: null });
    expect(await activeOwners()).toBe(1);
  });

  it('refuses managers, operators and API tokens, changing nothing', async () => {
    const before = await select(api.app.orm.em.fork(), `select ${operatorColumns}, password_hash from operator order by id`);
    for (const caller of [manager, anna, apiToken]) {
      expect((await create({ name: 'Rogue', email: 'rogue@demo.test', role: 'OPERATOR', password: 'rogue-password' }, caller)).userErrors).toEqual(forbidden);
      expect((await update({ operatorId: ids.boris, name: 'Rogue', password: 'rogue-password' }, caller)).userErrors).toEqual(forbidden);
      expect((await deactivate(ids.boris, caller)).userErrors).toEqual(forbidden);
      expect((await reactivate(ids.boris, caller)).userErrors).toEqual(forbidden);
      const listed = await api.gql('{ operators(includeDeactivated: true) { name } }', {}, caller);
      expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await select(api.app.orm.em.fork(), `select ${operatorColumns}, password_hash from operator order by id`)).toEqual(before);
  });

  it('answers NOT_FOUND for another project’s operator or an unknown id, changing nothing', async () => {
    const before = await row(ids.outsiderOperator);
    const notFound = [{ code: 'NOT_FOUND', field: 'operatorId' }];
    for (const id of [ids.outsiderOperator, 'nope', toGlobalId('Team', before.id)]) {
      expect((await update({ operatorId: id, name: 'Hacked', role: 'OPERATOR', password: 'hacked-password' }, owner)).userErrors).toEqual(notFound);
      expect((await deactivate(id, owner)).userErrors).toEqual(notFound);
      expect((await reactivate(id, owner)).userErrors).toEqual(notFound);
    }
    expect(await row(ids.outsiderOperator)).toEqual(before);
    expect(await unauthenticated(outsider)).toBe(false);
  });
});

describe('passwords', () => {
  it('ends all the operator’s sessions when an admin sets a new password', async () => {
    const pat = toGlobalId('Operator', (await rowByEmail('pat@demo.test')).id);
    const [first, second] = [await api.login('pat@demo.test', 'pat-password'), await api.login('pat@demo.test', 'pat-password')];
    const open = collect(api.socket({ authorization: first }), 'subscription { inboxEvents { kind } }');
    await settle();
    expect(open.failure).toBeNull();

    expect((await update({ operatorId: pat, password: 'short' }, admin)).userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'password' }]);
    expect(await unauthenticated(first)).toBe(false);

    expect((await update({ operatorId: pat, password: 'pat-new-password' }, admin)).userErrors).toEqual([]);
    expect(await unauthenticated(first)).toBe(true);
    expect(await unauthenticated(second)).toBe(true);
    await expect.poll(() => (open.failure as { code?: number } | null)?.code).toBe(4403);
    expect((await loginResult('pat@demo.test', 'pat-password')).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect(await unauthenticated(await api.login('pat@demo.test', 'pat-new-password'))).toBe(false);
  });

  it('lets an operator change their own password, ending their other sessions only', async () => {
    const current = await api.login('anna@demo.test', 'demo-operator');
    const other = await api.login('anna@demo.test', 'demo-operator');
    const open = collect(api.socket({ authorization: other }), 'subscription { inboxEvents { kind } }');
    const mine = collect(api.socket({ authorization: current }), 'subscription { inboxEvents { kind } }');
    await settle();

    expect(await changeMyPassword({ currentPassword: 'wrong-one', newPassword: 'anna-new-password' }, current)).toEqual({
      changed: false,
      userErrors: [{ code: 'INVALID_CREDENTIALS', field: 'currentPassword' }],
    });
    expect(await changeMyPassword({ currentPassword: 'demo-operator', newPassword: 'short' }, current)).toEqual({
      changed: false,
      userErrors: [{ code: 'INVALID_INPUT', field: 'newPassword' }],
    });
    expect(await changeMyPassword({ currentPassword: 'demo-operator', newPassword: 'x' }, apiToken)).toEqual({ changed: false, userErrors: forbidden });
    expect(await unauthenticated(other)).toBe(false);

    expect(await changeMyPassword({ currentPassword: 'demo-operator', newPassword: 'anna-new-password' }, current)).toEqual({ changed: true, userErrors: [] });
    expect(await unauthenticated(other)).toBe(true);
    expect(await unauthenticated(anna)).toBe(true);
    await expect.poll(() => (open.failure as { code?: number } | null)?.code).toBe(4403);
    expect(await unauthenticated(current)).toBe(false);
    await settle();
    expect(mine.failure).toBeNull();
    expect((await loginResult('anna@demo.test', 'demo-operator')).userErrors[0].code).toBe('INVALID_CREDENTIALS');
    anna = await api.login('anna@demo.test', 'anna-new-password');
  });
});

describe('deactivating', () => {
  it('ends the operator’s sessions at once, unassigns their open conversations, takes them out of teams and out of the list', async () => {
    const [open, closed] = [conversations[0]!, conversations[1]!];
    const boris = await api.login('boris@demo.test', 'demo-operator');
    await gql('mutation { setPresence(input: { status: ONLINE }) { userErrors { code } } }', {}, boris);
    expect((await assign(open, ids.boris)).conversation.assignee).toEqual({ name: 'Boris Operator' });
    expect((await assign(closed, ids.boris)).conversation.assignee).toEqual({ name: 'Boris Operator' });
    await gql('mutation($i: ConversationInput!) { closeConversation(input: $i) { userErrors { code } } }', { i: { conversationId: closed } }, manager);
    const team = (await gql('mutation { createTeam(input: { name: "Sales" }) { team { id } } }', {}, manager)).createTeam.team.id;
    await gql('mutation($i: SetTeamMembersInput!) { setTeamMembers(input: $i) { userErrors { code } } }', { i: { teamId: team, operatorIds: [ids.boris, ids.anna] } }, manager);

    const borisSocket = collect(api.socket({ authorization: boris }), 'subscription { inboxEvents { kind } }');
    const inbox = collect(api.socket({ authorization: manager }), 'subscription { inboxEvents { kind conversation { id assignee { name } } } }');
    const presence = collect(api.socket({ authorization: manager }), 'subscription { operatorPresence { name presence } }');
    await settle();
    expect(borisSocket.failure).toBeNull();

    const result = await deactivate(ids.boris, admin);
    expect(result).toEqual({
      operator: { id: ids.boris, name: 'Boris Operator', email: 'boris@demo.test', role: 'OPERATOR', presence: 'OFFLINE', deactivatedAt: expect.any(String) },
      userErrors: [],
    });
    expect(Date.now() - Date.parse(result.operator.deactivatedAt)).toBeLessThan(60_000);

    // Their sessions end: over HTTP, on the open socket, and no new login.
    expect(await unauthenticated(boris)).toBe(true);
    await expect.poll(() => (borisSocket.failure as { code?: number } | null)?.code).toBe(4403);
    expect(await loginResult('boris@demo.test', 'demo-operator')).toEqual(await loginResult('boris@demo.test', 'wrong-password'));
    expect((await loginResult('boris@demo.test', 'demo-operator')).userErrors).toEqual([{ code: 'INVALID_CREDENTIALS', message: 'The e-mail or the password is wrong.' }]);

    // The open conversation is unassigned, live and in the timeline; the closed one keeps its history.
    expect(await assigneeOf(open)).toEqual({ status: 'OPEN', assignee: null });
    expect(await assigneeOf(closed)).toEqual({ status: 'CLOSED', assignee: { name: 'Boris Operator' } });
    await expect
      .poll(() => inbox.received.map((r) => r.data?.inboxEvents))
      .toContainEqual({ kind: 'CONVERSATION_UPDATED', conversation: { id: open, assignee: null } });
    const timeline = await gql(
      'query($id: ID!) { conversation(id: $id) { timeline(first: 1) { edges { node { ... on ConversationEvent { type actor { name } assignee { name } comment } } } } } }',
      { id: open },
      manager,
    );
    expect(timeline.conversation.timeline.edges.map((e: any) => e.node).filter((n: any) => n.type)).toEqual([
      { type: 'UNASSIGNED', actor: { name: 'Ada A.' }, assignee: null, comment: 'Boris Operator was deactivated.' },
    ]);
    await expect.poll(() => presence.received.map((r) => r.data?.operatorPresence)).toContainEqual({ name: 'Boris Operator', presence: 'OFFLINE' });

    // Out of the team, out of the list (but not for those who manage operators).
    expect((await gql('{ teams { name members { name } } }', {}, manager)).teams).toEqual([{ name: 'Sales', members: [{ name: 'Anna Operator' }] }]);
    expect(await operatorNames(false)).not.toContain('Boris Operator');
    expect(await operatorNames(false, anna)).not.toContain('Boris Operator');
    expect(await operatorNames(true)).toContain('Boris Operator');
    expect(await operatorNames(true, admin)).toContain('Boris Operator');
    const reportNames = (await gql('query($f: DateTime!, $t: DateTime!) { presenceReport(from: $f, to: $t) { operator { name } } }', { f: new Date(Date.now() - 3600_000), t: new Date() }, manager))
      .presenceReport.map((r: any) => r.operator.name);
    expect(reportNames).not.toContain('Boris Operator');

    // Even a session row left behind would be refused; API tokens, which have no operator, still work.
    const leftover = newToken('ses');
    await api.app.orm.em.fork().execute(
      `insert into auth_token (id, project_id, operator_id, kind, token_hash, created_at) values (gen_random_uuid(), ?, ?, 'SESSION', ?, now())`,
      [projectId, (await row(ids.boris)).id, tokenHash(leftover)],
    );
    expect(await unauthenticated(`Bearer ${leftover}`)).toBe(true);
    expect((await meWith(apiToken)).data).toEqual({ me: { operator: null } });

    // Again: the same answer, nothing new.
    const events = async () => (await selectOne<{ n: number }>(api.app.orm.em.fork(), `select count(*)::int as n from conversation_event`))!.n;
    const before = await events();
    expect(await deactivate(ids.boris, owner)).toEqual(result);
    expect(await events()).toBe(before);
  });

  it('lets nobody give a deactivated operator conversations, tasks, teams, clients or mentions', async () => {
    const notFound = (field: string) => ({ code: 'NOT_FOUND', field });
    expect((await assign(conversations[2]!, ids.boris)).userErrors).toEqual([notFound('operatorId')]);
    const task = await gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id } userErrors { code field } } }', { i: { clientId, title: 'Call back', assigneeId: ids.boris } }, manager);
    expect(task.createTask).toEqual({ task: null, userErrors: [notFound('assigneeId')] });
    const [team] = (await gql('{ teams { id } }', {}, manager)).teams;
    expect((await gql('mutation($i: SetTeamMembersInput!) { setTeamMembers(input: $i) { userErrors { code field } } }', { i: { teamId: team.id, operatorIds: [ids.boris] } }, manager)).setTeamMembers.userErrors).toEqual([
      notFound('operatorIds'),
    ]);
    const owned = await gql('mutation($i: SetClientOwnerInput!) { setClientOwner(input: $i) { userErrors { code field } } }', { i: { clientId, ownerId: ids.boris } }, manager);
    expect(owned.setClientOwner.userErrors).toEqual([notFound('ownerId')]);
    const comment = await gql('mutation($i: AddCommentInput!) { addComment(input: $i) { userErrors { code field } } }', { i: { conversationId: conversations[2], text: 'Boris?', mentionIds: [ids.boris] } }, manager);
    expect(comment.addComment.userErrors).toEqual([notFound('mentionIds')]);
    expect(await assigneeOf(conversations[2]!)).toEqual({ status: 'OPEN', assignee: null });
    const borisId = (await row(ids.boris)).id;
    const em = api.app.orm.em.fork();
    expect(await selectOne(em, 'select id from task where assignee_id = ?', [borisId])).toBeNull();
    expect(await selectOne(em, 'select id from client where owner_id = ?', [borisId])).toBeNull();
    expect(await selectOne(em, 'select id from comment where project_id = ?', [projectId])).toBeNull();
  });

  it('lets a reactivated operator log in and take conversations again', async () => {
    expect((await reactivate(ids.boris, admin)).operator).toMatchObject({ id: ids.boris, deactivatedAt: null });
    const boris = await api.login('boris@demo.test', 'demo-operator');
    expect((await meWith(boris)).data).toEqual({ me: { operator: { name: 'Boris Operator', role: 'OPERATOR' } } });
    expect(await operatorNames(false)).toContain('Boris Operator');
    expect((await assign(conversations[2]!, ids.boris)).conversation.assignee).toEqual({ name: 'Boris Operator' });
    // Active already: unchanged.
    expect((await reactivate(ids.boris, owner)).operator).toMatchObject({ id: ids.boris, deactivatedAt: null });
  });
});
