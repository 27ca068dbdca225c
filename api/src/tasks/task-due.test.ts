import { randomBytes } from 'node:crypto';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { collect, eventually, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { schedules, ensureSchedules } from '../../../workflows/src/maintenance/contract.ts';
import { select, selectOne } from '../db/rows.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { notifyDueTasks } from './task-due.service.ts';

let api: TestApi;
let anna: string;
let boris: string;
const ids = { anna: '', boris: '' };
let clients: { id: string; conversationId: string }[];
const hour = 3600_000;

beforeAll(async () => {
  api = await startTestApi();
  const { operators } = await api.seed({ clients: 3 });
  [anna, boris] = await Promise.all([api.login('anna@demo.test', 'demo-operator'), api.login('boris@demo.test', 'demo-operator')]);
  ids.anna = toGlobalId('Operator', operators.find((o) => o.email === 'anna@demo.test')!.id);
  ids.boris = toGlobalId('Operator', operators.find((o) => o.email === 'boris@demo.test')!.id);
  const rows = await select<{ clientId: string; id: string }>(api.app.orm.em.fork(), 'select client_id, id from conversation order by created_at, id');
  clients = rows.map((r) => ({ id: toGlobalId('Client', r.clientId), conversationId: toGlobalId('Conversation', r.id) }));
});
afterAll(() => api?.stop());

async function createTask(input: object, token = anna): Promise<string> {
  const result: any = await api.gql('mutation($i: CreateTaskInput!) { createTask(input: $i) { task { id } userErrors { message } } }', { i: input }, token);
  if (!result.data?.createTask.task) throw new Error(JSON.stringify(result));
  return result.data.createTask.task.id;
}

const dueIn = (hours: number) => new Date(Date.now() + hours * hour).toISOString();
const sweep = () => notifyDueTasks(api.app, api.app.orm.em.fork());
const notifications = (token: string) =>
  api
    .gql('{ notifications(first: 50) { edges { node { kind read actor { name } conversation { id } comment { id } task { id title } } } } }', {}, token)
    .then((r: any) => r.data.notifications.edges.map((e: any) => e.node));
const taskDueCount = async () => (await selectOne<{ n: number }>(api.app.orm.em.fork(), `select count(*)::int as n from notification where kind = 'TASK_DUE'`))!.n;

describe('due task notifications', () => {
  it('notifies the assignee, or the creator when nobody is assigned, once, pointing at the client’s conversation', async () => {
    const assigned = await createTask({ clientId: clients[0]!.id, title: 'Call back', dueAt: dueIn(-1), assigneeId: ids.boris });
    const unassigned = await createTask({ clientId: clients[1]!.id, title: 'Send the quote', dueAt: dueIn(-0.1) });
    await createTask({ clientId: clients[1]!.id, title: 'Not yet', dueAt: dueIn(2), assigneeId: ids.boris });
    await createTask({ clientId: clients[1]!.id, title: 'Undated', assigneeId: ids.boris });
    const done = await createTask({ clientId: clients[2]!.id, title: 'Already done', dueAt: dueIn(-2), assigneeId: ids.boris });
    await api.gql('mutation($i: TaskInput!) { completeTask(input: $i) { userErrors { code } } }', { i: { taskId: done } }, anna);

    expect(await sweep()).toBe(2);
    expect(await notifications(boris)).toEqual([
      { kind: 'TASK_DUE', read: false, actor: null, conversation: { id: clients[0]!.conversationId }, comment: null, task: { id: assigned, title: 'Call back' } },
    ]);
    expect(await notifications(anna)).toEqual([
      { kind: 'TASK_DUE', read: false, actor: null, conversation: { id: clients[1]!.conversationId }, comment: null, task: { id: unassigned, title: 'Send the quote' } },
    ]);
    const unread: any = await api.gql('{ unreadNotificationCount }', {}, boris);
    expect(unread.data.unreadNotificationCount).toBe(1);
    expect(await sweep()).toBe(0);
  });

  it('notifies exactly once when sweeps race', async () => {
    const before = await taskDueCount();
    const created = [];
    for (let i = 0; i < 40; i++) created.push(await createTask({ clientId: clients[i % 3]!.id, title: `Race ${i}`, dueAt: dueIn(-1), assigneeId: ids.boris }));
    const counts = await Promise.all([sweep(), sweep(), sweep(), sweep()]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(40);
    expect(await taskDueCount()).toBe(before + 40);
    const perTask = await select<{ n: number }>(api.app.orm.em.fork(), `select count(*)::int as n from notification where kind = 'TASK_DUE' group by task_id having count(*) > 1`);
    expect(perTask).toEqual([]);
    await api.app.orm.em.fork().execute(`delete from task where title like 'Race %'`);
  });

  it('notifies again when the due time changes, not when it is set to the same', async () => {
    const dueAt = dueIn(-1);
    const id = await createTask({ clientId: clients[2]!.id, title: 'Moved', dueAt, assigneeId: ids.anna });
    expect(await sweep()).toBe(1);
    const update = (input: object) => api.gql('mutation($i: UpdateTaskInput!) { updateTask(input: $i) { userErrors { code } } }', { i: { taskId: id, ...input } }, anna);
    await update({ dueAt, title: 'Moved again' });
    expect(await sweep()).toBe(0);
    await update({ dueAt: dueIn(-0.5) });
    expect(await sweep()).toBe(1);
  });

  it('arrives live through notificationAdded', async () => {
    const live = collect(api.socket({ authorization: boris }), 'subscription { notificationAdded { kind task { title assignee { name } } conversation { id } } }');
    await settle();
    await createTask({ clientId: clients[0]!.id, title: 'Live reminder', dueAt: dueIn(-0.01), assigneeId: ids.boris });
    await sweep();
    await live.next(1);
    expect(live.received[0]!.data).toEqual({
      notificationAdded: { kind: 'TASK_DUE', task: { title: 'Live reminder', assignee: { name: 'Boris Operator' } }, conversation: { id: clients[0]!.conversationId } },
    });
  });

  it('keeps mention notifications as they were', async () => {
    const comment: any = await api.gql(
      'mutation($i: AddCommentInput!) { addComment(input: $i) { comment { id } userErrors { code } } }',
      { i: { conversationId: clients[2]!.conversationId, text: 'Have a look', mentionIds: [ids.boris] } },
      anna,
    );
    expect(comment.data.addComment.userErrors).toEqual([]);
    const [latest] = await notifications(boris);
    expect(latest).toEqual({ kind: 'MENTION', read: false, actor: { name: 'Anna Operator' }, conversation: { id: clients[2]!.conversationId }, comment: { id: comment.data.addComment.comment.id }, task: null });
  });

  it('runs every minute from a Temporal schedule', async () => {
    await createTask({ clientId: clients[1]!.id, title: 'From the schedule', dueAt: dueIn(-0.01), assigneeId: ids.anna });
    const connection = await Connection.connect({ address: inject('temporalAddress') });
    const client = new TemporalClient({ connection });
    const prefix = `test-${randomBytes(4).toString('hex')}-`;
    await ensureSchedules(client, { taskQueue: api.taskQueue, idPrefix: prefix });
    const handles = schedules.map((schedule) => client.schedule.getHandle(`${prefix}${schedule.id}`));
    try {
      const handle = client.schedule.getHandle(`${prefix}notify-due-tasks`);
      const description = await handle.describe();
      expect(description.spec.intervals?.[0]?.every).toBe(60 * 1000);
      expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'notifyDueTasks' });
      await handle.trigger();
      const notified = async () =>
        selectOne(api.app.orm.em.fork(), `select n.id from notification n join task t on t.id = n.task_id where t.title = 'From the schedule'`);
      await eventually(notified, 20_000);
    } finally {
      for (const handle of handles) await handle.delete();
      await connection.close();
    }
  });
});
