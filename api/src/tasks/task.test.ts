import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { expectHistoryWordedFromData } from '../../test/history-words.ts';
import { select, selectOne } from '../db/rows.ts';
import { toGlobalId } from '../graphql/global-id.ts';

let api: TestApi;
let owner: string;
let manager: string;
let anna: string;
let boris: string;
let outsider: string;
const ids = { anna: '', boris: '', outsiderOperator: '' };
// The first project's clients with their (one) conversation, as global ids.
let clients: { id: string; conversationId: string }[];
let foreignClient: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  const a = await api.seed({ clients: 8 });
  const b = await api.seed({ clients: 2, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  [owner, manager, anna, boris, outsider] = await Promise.all([
    api.login('owner@demo.test', 'demo-owner'),
    api.login('manager@demo.test', 'demo-manager'),
    api.login('anna@demo.test', 'demo-operator'),
    api.login('boris@demo.test', 'demo-operator'),
    api.login('owner@other.test', 'demo-owner'),
  ]);
  const operatorId = (email: string) => toGlobalId('Operator', a.operators.find((o) => o.email === email)!.id);
  Object.assign(ids, { anna: operatorId('anna@demo.test'), boris: operatorId('boris@demo.test'), outsiderOperator: toGlobalId('Operator', b.operators[0]!.id) });
  const rows = await select<{ clientId: string; conversationId: string; projectId: string }>(
    api.app.orm.em.fork(),
    'select client_id, id as conversation_id, project_id from conversation order by created_at, id',
  );
  clients = rows.filter((r) => r.projectId === a.project.id).map((r) => ({ id: toGlobalId('Client', r.clientId), conversationId: toGlobalId('Conversation', r.conversationId) }));
  foreignClient = toGlobalId('Client', rows.find((r) => r.projectId === b.project.id)!.clientId);
});
afterAll(() => api?.stop());

const taskFields = 'id title description priority dueAt completed completedAt overdue assignee { name } createdBy { name } client { id }';

async function gql(query: string, variables: object, token: string): Promise<any> {
  const result = await api.gql(query, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

const create = async (input: object, token = anna) =>
  (await gql(`mutation($i: CreateTaskInput!) { createTask(input: $i) { task { ${taskFields} } userErrors { code field message } } }`, { i: input }, token)).createTask;
const update = async (input: object, token = anna) =>
  (await gql(`mutation($i: UpdateTaskInput!) { updateTask(input: $i) { task { ${taskFields} } userErrors { code field } } }`, { i: input }, token)).updateTask;
const act = async (mutation: 'completeTask' | 'reopenTask', taskId: string, token = anna) =>
  (await gql(`mutation($i: TaskInput!) { ${mutation}(input: $i) { task { ${taskFields} } userErrors { code field } } }`, { i: { taskId } }, token))[mutation];
const remove = async (id: string, token = anna) =>
  (await gql('mutation($i: TaskInput!) { deleteTask(input: $i) { deletedId userErrors { code field } } }', { i: { taskId: id } }, token)).deleteTask;

const clientTasks = async (clientId: string, includeCompleted = false, token = anna) =>
  (await gql('query($id: ID!, $all: Boolean) { node(id: $id) { ... on Client { openTaskCount tasks(includeCompleted: $all) { id title completed } } } }', { id: clientId, all: includeCompleted }, token)).node;

const counts = async () =>
  (await selectOne<{ tasks: number; activities: number }>(
    api.app.orm.em.fork(),
    'select (select count(*)::int from task) as tasks, (select count(*)::int from client_activity) as activities',
  ))!;

const section = async (filter: object, token = anna) =>
  (await gql('query($f: ConversationFilter) { conversations(first: 100, filter: $f) { edges { node { id } } } pinnedConversations(filter: $f) { id } }', { f: filter }, token))
    .conversations.edges.map((e: any) => e.node.id);

const hour = 3600_000;

describe('creating tasks', () => {
  it('creates a task for a client, lists it on the client and records it in the client’s history', async () => {
    const dueAt = new Date(Date.now() + 24 * hour).toISOString();
    const created = await create({ clientId: clients[0]!.id, title: '  Call back ', description: 'About the order', priority: 'HIGH', dueAt, assigneeId: ids.boris });
    expect(created).toEqual({
      task: {
        id: expect.any(String),
        title: 'Call back',
        description: 'About the order',
        priority: 'HIGH',
        dueAt,
        completed: false,
        completedAt: null,
        overdue: false,
        assignee: { name: 'Boris Operator' },
        createdBy: { name: 'Anna Operator' },
        client: { id: clients[0]!.id },
      },
      userErrors: [],
    });
    expect(await clientTasks(clients[0]!.id)).toEqual({ openTaskCount: 1, tasks: [{ id: created.task.id, title: 'Call back', completed: false }] });
    const activity = await selectOne<any>(api.app.orm.em.fork(), `select * from client_activity where type = 'TASK_CREATED' order by created_at desc limit 1`);
    expect(activity).toMatchObject({ summary: 'Task "Call back" created', actorId: expect.any(String), data: expect.objectContaining({ title: 'Call back' }) });
    await remove(created.task.id);
  });

  it('defaults to NORMAL priority, no due time and nobody assigned', async () => {
    const { task } = await create({ clientId: clients[0]!.id, title: 'Send the invoice' });
    expect(task).toMatchObject({ priority: 'NORMAL', dueAt: null, assignee: null, description: null, overdue: false });
    await remove(task.id);
  });

  it('refuses bad input with a clear error and changes nothing', async () => {
    const before = await counts();
    const cases: [object, string, string][] = [
      [{ title: ' ' }, 'INVALID_INPUT', 'title'],
      [{ title: 'x'.repeat(201) }, 'INVALID_INPUT', 'title'],
      [{ description: 'x'.repeat(4001) }, 'INVALID_INPUT', 'description'],
      [{ assigneeId: ids.outsiderOperator }, 'NOT_FOUND', 'assigneeId'],
      [{ assigneeId: clients[1]!.id }, 'NOT_FOUND', 'assigneeId'],
      [{ clientId: foreignClient }, 'NOT_FOUND', 'clientId'],
      [{ clientId: 'nonsense' }, 'NOT_FOUND', 'clientId'],
    ];
    for (const [change, code, field] of cases) {
      const result = await create({ clientId: clients[1]!.id, title: 'Fine', ...change });
      expect(result, JSON.stringify(change)).toMatchObject({ task: null, userErrors: [{ code, field, message: expect.any(String) }] });
    }
    const longest = await create({ clientId: clients[1]!.id, title: 'x'.repeat(200) });
    expect(longest).toMatchObject({ userErrors: [] });
    expect(await counts()).toEqual({ tasks: before.tasks + 1, activities: before.activities + 1 });
    await remove(longest.task.id);
  });
});

describe('changing tasks', () => {
  it('changes only the given fields; a new due time re-arms the due notification', async () => {
    const dueAt = new Date(Date.now() - hour).toISOString();
    const { task } = await create({ clientId: clients[2]!.id, title: 'Check payment', dueAt, assigneeId: ids.anna, description: 'old' });
    expect(task.overdue).toBe(true);
    const em = api.app.orm.em.fork();
    const notified = () => selectOne<{ dueNotifiedAt: Date | null }>(em, 'select due_notified_at from task where title = ?', ['Check payment']);
    await em.execute(`update task set due_notified_at = now() where title = 'Check payment'`);

    const renamed = await update({ taskId: task.id, title: 'Check the payment', priority: 'URGENT' });
    expect(renamed.task).toMatchObject({ title: 'Check the payment', priority: 'URGENT', description: 'old', dueAt, assignee: { name: 'Anna Operator' } });
    await em.execute(`update task set title = 'Check payment' where title = 'Check the payment'`);
    expect((await notified())!.dueNotifiedAt).not.toBeNull();
    // The same due time again is no change.
    await update({ taskId: task.id, dueAt });
    expect((await notified())!.dueNotifiedAt).not.toBeNull();

    const later = new Date(Date.now() + hour).toISOString();
    const moved = await update({ taskId: task.id, dueAt: later, description: null, assigneeId: null });
    expect(moved.task).toMatchObject({ dueAt: later, overdue: false, description: null, assignee: null });
    expect((await notified())!.dueNotifiedAt).toBeNull();

    const refused = await update({ taskId: task.id, title: '', dueAt: null });
    expect(refused).toEqual({ task: null, userErrors: [{ code: 'INVALID_INPUT', field: 'title' }] });
    expect((await update({ taskId: task.id })).task.dueAt).toBe(later);
    await remove(task.id);
  });

  it('completes once, recording it, and reopens', async () => {
    const { task } = await create({ clientId: clients[3]!.id, title: 'Ship the parcel' });
    const completedActivities = async () =>
      (await selectOne<{ n: number }>(api.app.orm.em.fork(), `select count(*)::int as n from client_activity where type = 'TASK_COMPLETED' and summary = ?`, ['Task "Ship the parcel" completed']))!.n;
    const done = await act('completeTask', task.id);
    expect(done.task).toMatchObject({ completed: true, completedAt: expect.any(String), overdue: false });
    const again = await act('completeTask', task.id);
    expect(again.task.completedAt).toBe(done.task.completedAt);
    expect(await completedActivities()).toBe(1);
    expect(await clientTasks(clients[3]!.id)).toEqual({ openTaskCount: 0, tasks: [] });
    expect((await clientTasks(clients[3]!.id, true)).tasks).toEqual([{ id: task.id, title: 'Ship the parcel', completed: true }]);

    expect((await act('reopenTask', task.id)).task).toMatchObject({ completed: false, completedAt: null });
    expect((await clientTasks(clients[3]!.id)).openTaskCount).toBe(1);
    await remove(task.id);
  });

  it('lets operators change their own and unassigned tasks, and only creators and managers delete', async () => {
    const { task: annas } = await create({ clientId: clients[4]!.id, title: 'Anna’s own', assigneeId: ids.anna });
    expect(await update({ taskId: annas.id, title: 'Stolen' }, boris)).toEqual({ task: null, userErrors: [{ code: 'FORBIDDEN', field: null }] });
    expect(await act('completeTask', annas.id, boris)).toMatchObject({ task: null, userErrors: [{ code: 'FORBIDDEN' }] });
    expect(await remove(annas.id, boris)).toEqual({ deletedId: null, userErrors: [{ code: 'FORBIDDEN', field: null }] });
    expect((await update({ taskId: annas.id, title: 'Managed' }, manager)).task.title).toBe('Managed');

    const { task: free } = await create({ clientId: clients[4]!.id, title: 'Anyone' });
    expect((await act('completeTask', free.id, boris)).task.completed).toBe(true);
    expect((await remove(free.id, boris)).userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
    expect(await remove(free.id, anna)).toEqual({ deletedId: free.id, userErrors: [] });
    expect(await remove(annas.id, owner)).toEqual({ deletedId: annas.id, userErrors: [] });
    expect((await remove(annas.id, owner)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'taskId' }]);
  });
});

describe('tenancy', () => {
  it('keeps another project’s owner from seeing or touching the tasks', async () => {
    const { task } = await create({ clientId: clients[5]!.id, title: 'Private', assigneeId: ids.anna });
    const before = await counts();
    expect(await gql('query($id: ID!) { node(id: $id) { id } }', { id: task.id }, outsider)).toEqual({ node: null });
    expect((await gql('query($id: ID!) { node(id: $id) { id } }', { id: task.id }, anna)).node).toEqual({ id: task.id });
    expect((await gql('{ tasks(filter: { status: ALL }) { edges { node { id } } } }', {}, outsider)).tasks.edges).toEqual([]);
    expect((await update({ taskId: task.id, title: 'Mine now' }, outsider)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'taskId' }]);
    expect((await act('completeTask', task.id, outsider)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'taskId' }]);
    expect((await act('reopenTask', task.id, outsider)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'taskId' }]);
    expect((await remove(task.id, outsider)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'taskId' }]);
    expect((await create({ clientId: clients[5]!.id, title: 'Sneaky' }, outsider)).userErrors).toEqual([{ code: 'NOT_FOUND', field: 'clientId', message: 'No such client.' }]);
    expect(await counts()).toEqual(before);
    expect((await clientTasks(clients[5]!.id)).tasks).toEqual([{ id: task.id, title: 'Private', completed: false }]);

    const foreign = collect(api.socket({ authorization: outsider }), 'subscription($id: ID) { taskEvents(clientId: $id) { kind } }', { id: clients[5]!.id });
    const theirs = collect(api.socket({ authorization: outsider }), 'subscription { taskEvents { kind } }');
    const ours = collect(api.socket({ authorization: boris }), 'subscription { taskEvents { kind } }');
    await settle();
    await remove(task.id);
    await ours.next(1);
    await settle();
    expect(foreign.received.flatMap((r) => r.errors ?? []).map((e) => e.message)).toEqual(['No such client.']);
    expect(theirs.received).toEqual([]);
  });
});

describe('the task list', () => {
  it('filters by assignee, status and due time, by due time with undated last, page by page', async () => {
    const at = (hours: number) => new Date(Date.now() + hours * hour).toISOString();
    const made = [];
    for (const [title, dueAt, assigneeId] of [
      ['L3', at(3), ids.anna],
      ['L1', at(1), ids.anna],
      ['Lnone', null, ids.anna],
      ['L2', at(2), ids.boris],
      ['L0', at(-1), ids.anna],
    ] as const) {
      made.push((await create({ clientId: clients[6]!.id, title, dueAt, assigneeId })).task);
    }
    await act('completeTask', made[4].id);
    const titles = async (filter: object, token = anna) =>
      (await gql('query($f: TaskFilter) { tasks(filter: $f, first: 100) { edges { node { title } } } }', { f: filter }, token)).tasks.edges.map((e: any) => e.node.title);
    expect(await titles({ assignedToMe: true })).toEqual(['L1', 'L3', 'Lnone']);
    expect(await titles({ clientId: clients[6]!.id })).toEqual(['L1', 'L2', 'L3', 'Lnone']);
    expect(await titles({ clientId: clients[6]!.id, status: 'COMPLETED' })).toEqual(['L0']);
    expect(await titles({ clientId: clients[6]!.id, status: 'ALL', dueBefore: at(2.5) })).toEqual(['L0', 'L1', 'L2']);
    expect(await titles({ assignedToMe: true }, boris)).toEqual(['L2']);

    const page = async (after: string | null) =>
      (await gql('query($f: TaskFilter, $after: String) { tasks(filter: $f, first: 2, after: $after) { edges { node { title } } pageInfo { hasNextPage endCursor } } }', { f: { clientId: clients[6]!.id, status: 'ALL' }, after }, anna)).tasks;
    const first = await page(null);
    const second = await page(first.pageInfo.endCursor);
    const third = await page(second.pageInfo.endCursor);
    expect([first, second, third].flatMap((p) => p.edges.map((e: any) => e.node.title))).toEqual(['L0', 'L1', 'L2', 'L3', 'Lnone']);
    expect(third.pageInfo.hasNextPage).toBe(false);
    for (const task of made) await remove(task.id);
  });

  it('loads the tasks and open counts of a whole page of conversations in a fixed number of queries', async () => {
    const { task } = await create({ clientId: clients[7]!.id, title: 'Counted', assigneeId: ids.boris });
    const query = (first: number) => () =>
      gql(`query { conversations(first: ${first}) { edges { node { client { openTaskCount tasks { title assignee { name } createdBy { name } } } } } } }`, {}, anna);
    expect(await api.countQueries(query(1))).toBe(await api.countQueries(query(8)));
    await remove(task.id);
  });
});

describe('the Important section', () => {
  it('holds the conversations of clients with an open task, and follows completion', async () => {
    const [withTask, without] = [clients[1]!, clients[2]!];
    const { task } = await create({ clientId: withTask.id, title: 'Important' });
    let important = await section({ section: 'IMPORTANT' });
    const pinned = (await gql('query { pinnedConversations(filter: { section: IMPORTANT }) { id } }', {}, anna)).pinnedConversations;
    expect([...important, ...pinned.map((c: any) => c.id)]).toContain(withTask.conversationId);
    expect(important).not.toContain(without.conversationId);
    await act('completeTask', task.id);
    important = await section({ section: 'IMPORTANT' });
    expect(important).not.toContain(withTask.conversationId);
    // Search within the section uses the same rule.
    await act('reopenTask', task.id);
    const found = await gql('query($f: ConversationFilter) { conversations(first: 100, filter: $f) { edges { node { id } } } }', { f: { section: 'IMPORTANT', search: 'hello' } }, anna);
    expect(found.conversations.edges.map((e: any) => e.node.id)).not.toContain(without.conversationId);
    await remove(task.id);
    // The other project's section stays empty.
    expect(await section({ section: 'IMPORTANT' }, outsider)).toEqual([]);
  });
});

describe('live updates', () => {
  it('tells other operators about task changes, and moves the client’s conversations in and out of Important', async () => {
    const client = clients[3]!;
    const tasks = collect(api.socket({ authorization: boris }), 'subscription($id: ID) { taskEvents(clientId: $id) { kind taskId task { title completed } client { id } } }', { id: client.id });
    const allTasks = collect(api.socket({ authorization: manager }), 'subscription { taskEvents { kind task { title } } }');
    const inbox = collect(api.socket({ authorization: boris }), 'subscription { inboxEvents { kind conversation { id client { openTaskCount } } } }');
    await settle();
    // Another client's task reaches the project-wide subscription only.
    const other = await create({ clientId: clients[4]!.id, title: 'Elsewhere' });
    const { task } = await create({ clientId: client.id, title: 'Live one' }, anna);
    await tasks.next(1);
    expect(tasks.received[0]!.data).toEqual({ taskEvents: { kind: 'CREATED', taskId: task.id, task: { title: 'Live one', completed: false }, client: { id: client.id } } });
    await allTasks.next(2);
    expect(allTasks.received.map((r) => r.data!.taskEvents.task.title)).toEqual(['Elsewhere', 'Live one']);
    const inboxFor = () => inbox.received.filter((r) => r.data!.inboxEvents.conversation.id === client.conversationId).map((r) => r.data!.inboxEvents);
    await inbox.next(2);
    expect(inboxFor()).toEqual([{ kind: 'CONVERSATION_UPDATED', conversation: { id: client.conversationId, client: { openTaskCount: 1 } } }]);

    await act('completeTask', task.id);
    await tasks.next(2);
    expect(tasks.received[1]!.data!.taskEvents).toMatchObject({ kind: 'UPDATED', task: { completed: true } });
    await inbox.next(3);
    expect(inboxFor().at(-1)).toEqual({ kind: 'CONVERSATION_UPDATED', conversation: { id: client.conversationId, client: { openTaskCount: 0 } } });

    await remove(task.id);
    await tasks.next(3);
    expect(tasks.received[2]!.data!.taskEvents).toEqual({ kind: 'DELETED', taskId: task.id, task: null, client: { id: client.id } });
    await remove(other.task.id);
  });
});

it('writes each history entry with the names its words need (the web words it from its data; in English, the summary)', async () => {
  expect([...(await expectHistoryWordedFromData(api))]).toEqual(expect.arrayContaining(['TASK_CREATED', 'TASK_COMPLETED']));
});
