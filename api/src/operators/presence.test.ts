import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { autoAssign } from '../conversations/auto-assign.service.ts';
import { ConversationEvent } from '../conversations/conversation-event.entity.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { newId } from '../db/ids.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { Project } from '../projects/project.entity.ts';
import { Operator } from './operator.entity.ts';
import { PresencePeriod } from './presence-period.entity.ts';

let api: TestApi;
let projectId: string;
const tokens: Record<string, string> = {};
const operatorIds: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  const { project, operators } = await api.seed({ clients: 3 });
  projectId = project.id;
  for (const [name, email, password] of [
    ['anna', 'anna@demo.test', 'demo-operator'],
    ['boris', 'boris@demo.test', 'demo-operator'],
    ['manager', 'manager@demo.test', 'demo-manager'],
  ] as const) {
    tokens[name] = await api.login(email, password);
    operatorIds[name] = operators.find((o) => o.email === email)!.id;
  }
  // Anna and Boris have the inbox open: a chosen status shows only while connected (presence-lease.test.ts).
  await api.connect({ authorization: tokens.anna });
  await api.connect({ authorization: tokens.boris });
});
afterAll(() => api?.stop());

const setPresence = (who: string, status: string) =>
  api.gql('mutation($s: PresenceStatus!) { setPresence(input: { status: $s }) { operator { presence } userErrors { code } } }', { s: status }, tokens[who]);

/** A new visitor writes: the web chat creates the conversation and distributes it. Answers its assignee's id. */
async function newVisitorConversation() {
  const start: any = await api.gql('mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken } } }');
  const visitor = `Visitor ${start.data.widgetStart.session.visitorToken}`;
  const sent: any = await api.gql('mutation { widgetSend(input: { text: "Hi!", idempotencyKey: "hi" }) { message { id } } }', {}, visitor);
  expect(sent.data.widgetSend.message).toBeTruthy();
  const em = api.app.orm.em.fork();
  const newest = await em.findOneOrFail(Conversation, { projectId }, { orderBy: { createdAt: 'desc', id: 'desc' } });
  return newest;
}

describe('presence', () => {
  it('is shown live to the project and recorded as periods', async () => {
    const live = collect(api.socket({ authorization: tokens.boris! }), 'subscription { operatorPresence { name presence } }');
    await settle();
    expect(((await setPresence('anna', 'ONLINE')) as any).data.setPresence).toEqual({ operator: { presence: 'ONLINE' }, userErrors: [] });
    // Events carry the operator's id and subscribers read the row then: the next change waits for this one's event.
    await live.next(1);
    await setPresence('anna', 'AWAY');
    await live.next(2);
    expect(live.received.map((r) => r.data?.operatorPresence)).toEqual([
      { name: 'Anna Operator', presence: 'ONLINE' },
      { name: 'Anna Operator', presence: 'AWAY' },
    ]);
    const periods = await api.app.orm.em.fork().find(PresencePeriod, { operatorId: operatorIds.anna! }, { orderBy: { startedAt: 'asc' } });
    expect(periods.map((p) => [p.status, p.endedAt === null])).toEqual([
      ['ONLINE', false],
      ['AWAY', true],
    ]);
  });

  it('reports the time each operator spent in each status (managers only)', async () => {
    const em = api.app.orm.em.fork();
    const hour = 3600_000;
    const base = Date.parse('2026-01-10T08:00:00Z');
    await em.insertMany(PresencePeriod, [
      { id: newId(), projectId, operatorId: operatorIds.boris!, status: 'ONLINE', startedAt: new Date(base), endedAt: new Date(base + 3 * hour) },
      { id: newId(), projectId, operatorId: operatorIds.boris!, status: 'AWAY', startedAt: new Date(base + 3 * hour), endedAt: new Date(base + 4 * hour) },
      { id: newId(), projectId, operatorId: operatorIds.boris!, status: 'ONLINE', startedAt: new Date(base + 4 * hour), endedAt: new Date(base + 6 * hour) },
    ]);
    const query = 'query($from: DateTime!, $to: DateTime!) { presenceReport(from: $from, to: $to) { operator { name } online away offline } }';
    const window = { from: new Date(base + hour).toISOString(), to: new Date(base + 10 * hour).toISOString() };
    const report: any = await api.gql(query, window, tokens.manager);
    expect(report.data.presenceReport.find((r: any) => r.operator.name === 'Boris Operator')).toEqual({
      operator: { name: 'Boris Operator' },
      online: 4 * 3600,
      away: 3600,
      offline: 4 * 3600,
    });
    expect(((await api.gql(query, window, tokens.anna)) as any).errors[0].extensions.code).toBe('FORBIDDEN');
  });
});

describe('own settings', () => {
  it('keeps an operator’s choice to read conversations on opening', async () => {
    const update = (value: boolean) =>
      api.gql('mutation($v: Boolean) { updateMySettings(input: { readOnOpen: $v }) { operator { readOnOpen } } }', { v: value }, tokens.anna) as Promise<any>;
    expect((await update(true)).data.updateMySettings.operator.readOnOpen).toBe(true);
    const me: any = await api.gql('{ me { operator { readOnOpen } } }', {}, tokens.anna);
    expect(me.data.me.operator.readOnOpen).toBe(true);
    const others: any = await api.gql('{ me { operator { readOnOpen } } }', {}, tokens.boris);
    expect(others.data.me.operator.readOnOpen).toBe(false);
    await update(false);
  });
});

describe('automatic distribution', () => {
  it('gives new conversations round-robin to online operators only, within their capacity', async () => {
    const em = api.app.orm.em.fork();
    await em.nativeUpdate(Operator, { projectId }, { capacity: 10, lastAssignedAt: null });
    await setPresence('anna', 'ONLINE');
    await setPresence('boris', 'ONLINE');
    await setPresence('manager', 'OFFLINE');
    const assignees = [];
    for (let i = 0; i < 4; i++) assignees.push((await newVisitorConversation()).assigneeId);
    expect(new Set(assignees)).toEqual(new Set([operatorIds.anna, operatorIds.boris]));
    expect(assignees[0]).not.toBe(assignees[1]);
    expect(assignees[2]).toBe(assignees[0]);

    const newest = await newVisitorConversation();
    const event = await em.fork().findOneOrFail(ConversationEvent, { conversationId: newest.id, type: 'ASSIGNED' });
    expect(event).toMatchObject({ actorId: null, assigneeId: newest.assigneeId, comment: 'Assigned automatically' });

    await setPresence('anna', 'AWAY');
    await setPresence('boris', 'OFFLINE');
    expect((await newVisitorConversation()).assigneeId).toBeNull();
  });

  it('never goes past capacity or assigns one conversation twice, even when claims race', async () => {
    const em = api.app.orm.em.fork();
    await setPresence('anna', 'ONLINE');
    await setPresence('boris', 'ONLINE');
    const open = async (id: string) => em.fork().count(Conversation, { assigneeId: id, status: 'OPEN', archivedAt: null });
    await em.nativeUpdate(Operator, { id: operatorIds.anna! }, { capacity: (await open(operatorIds.anna!)) + 1 });
    await em.nativeUpdate(Operator, { id: operatorIds.boris! }, { capacity: (await open(operatorIds.boris!)) + 1 });

    await em.nativeUpdate(Project, { id: projectId }, { autoAssign: false });
    const waiting = [];
    for (let i = 0; i < 4; i++) waiting.push((await newVisitorConversation()).id);
    await em.nativeUpdate(Project, { id: projectId }, { autoAssign: true });

    // Every conversation claimed by two nodes at once.
    const results = await Promise.all(waiting.flatMap((id) => [autoAssign(api.app, em.fork(), id), autoAssign(api.app, em.fork(), id)]));
    expect(results.filter(Boolean)).toHaveLength(2);
    const assigned = await em.fork().find(Conversation, { id: { $in: waiting } });
    expect(assigned.filter((c) => c.assigneeId).map((c) => c.assigneeId).sort()).toEqual([operatorIds.anna, operatorIds.boris].sort());
    expect(await em.fork().count(ConversationEvent, { conversationId: { $in: waiting }, type: 'ASSIGNED' })).toBe(2);
  });

  it('does not skip the operator next in the round while a presence heartbeat holds their row', async () => {
    const em = api.app.orm.em.fork();
    await setPresence('anna', 'ONLINE');
    await setPresence('boris', 'ONLINE');
    await em.nativeUpdate(Operator, { projectId }, { capacity: 100, lastAssignedAt: new Date() });
    await em.nativeUpdate(Operator, { id: operatorIds.anna! }, { lastAssignedAt: null });
    const waiting = (await em.findOneOrFail(Conversation, { projectId }, { orderBy: { createdAt: 'asc' } })).id;
    await em.nativeUpdate(Conversation, { id: waiting }, { assigneeId: null, status: 'OPEN', archivedAt: null });

    // A heartbeat's transaction holds Anna's row (as presence-lease.service.ts does) while the claim runs.
    const heartbeat = api.app.orm.em.fork();
    await heartbeat.begin();
    await heartbeat.execute(`select id from operator where id = ? for no key update`, [operatorIds.anna]);
    const claiming = autoAssign(api.app, em.fork(), waiting);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await heartbeat.commit();
    expect(await claiming).toBe(operatorIds.anna);
  });

  it('lets managers set an operator’s capacity, checked', async () => {
    const mutation = 'mutation($o: ID!, $c: Int!) { setOperatorCapacity(input: { operatorId: $o, capacity: $c }) { operator { capacity } userErrors { code field } } }';
    const anna = toGlobalId('Operator', operatorIds.anna!);
    expect(((await api.gql(mutation, { o: anna, c: 3 }, tokens.manager)) as any).data.setOperatorCapacity).toEqual({ operator: { capacity: 3 }, userErrors: [] });
    expect(((await api.gql(mutation, { o: anna, c: -1 }, tokens.manager)) as any).data.setOperatorCapacity.userErrors).toEqual([{ code: 'INVALID_INPUT', field: 'capacity' }]);
    expect(((await api.gql(mutation, { o: anna, c: 5 }, tokens.boris)) as any).data.setOperatorCapacity.userErrors).toEqual([{ code: 'FORBIDDEN', field: null }]);
  });
});
