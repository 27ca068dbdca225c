// Starting a process for an audience (the Audience's filter, a saved filter, many pages of clients) and for a
// segment on a recurring Temporal Schedule, against the real dev server: exactly the matching clients, once each.
import { Client as TemporalClient, Connection, ScheduleNotFoundError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { eventually, startTestApi, type TestApi } from '../../test/harness.ts';
import { select, selectOne } from '../db/rows.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';
import { processScheduleId } from '../../../workflows/src/processes/contract.ts';
import { maxAnsweredRuns, startPageSize } from './process-runs.service.ts';
import { startScheduled } from './process-schedules.service.ts';

let api: TestApi;
let temporal: TemporalClient;
let manager: string;
let anna: string;
/** Every client of the seeded project (global ids), and the three tagged "vip" of them. */
let everyone: string[];
let vips: string[];
let vipTag: string;

const gql = async (query: string, variables: object, token = manager) => {
  const result: any = await api.gql(query, variables, token);
  expect(result.errors).toBeUndefined();
  return result.data;
};

beforeAll(async () => {
  api = await startTestApi();
  await api.seed({ clients: 8 });
  manager = await api.login('manager@demo.test', 'demo-manager');
  anna = await api.login('anna@demo.test', 'demo-operator');
  temporal = new TemporalClient({ connection: await Connection.connect({ address: inject('temporalAddress') }) });
  const rows = await select<{ id: string }>(api.app.orm.em.fork(), 'select id from client order by created_at, id');
  everyone = rows.map((row) => toGlobalId('Client', row.id));
  vipTag = (await gql('mutation($i: CreateLabelInput!) { createLabel(input: $i) { label { id } } }', { i: { kind: 'TAG', name: 'vip' } })).createLabel.label.id;
  vips = [everyone[1]!, everyone[4]!, everyone[6]!];
  await gql('mutation($i: ClientLabelsInput!) { addClientLabels(input: $i) { userErrors { code } } }', { i: { clientIds: vips, labelIds: [vipTag] } });
}, 60_000);
afterAll(async () => {
  await temporal?.connection.close();
  await api?.stop();
});

const vipConditions = () => [{ field: 'TAGS', anyOf: [vipTag] }];
const lone = (text: string, extra: object = {}) => ({ start: 'm', blocks: [{ id: 'm', number: 1, type: 'MESSAGE', name: 'm', text }], ...extra });

const create = async (name: string, definition: object) => (await gql('mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } userErrors { reason } } }', { i: { name, definition } })).createProcess.process.id as string;
const saveAndPublish = async (processId: string, definition: object) => {
  await gql('mutation($i: SaveProcessDraftInput!) { saveProcessDraft(input: $i) { userErrors { reason } } }', { i: { processId, definition } });
  return (await gql('mutation($i: ProcessInput!) { publishProcess(input: $i) { process { published { version } } problems { code detail } userErrors { reason } } }', { i: { processId } })).publishProcess;
};
const startFor = async (processId: string, audience: object, token = anna) =>
  (await gql('mutation($i: StartProcessInput!) { startProcess(input: $i) { started runs { id client { id } } userErrors { reason field } } }', { i: { processId, audience } }, token)).startProcess;
/** The clients (global ids, sorted) with a run of the process. */
const runClients = async (processId: string) =>
  (await select<{ clientId: string }>(api.app.orm.em.fork(), 'select client_id from process_run where process_id = ?', [idOf('Process', processId)])).map((row) => toGlobalId('Client', row.clientId)).sort();

describe('startProcess for an audience', () => {
  it('starts exactly the clients matching the Audience’s filter, and refuses an audience given twice or not at all', async () => {
    const processId = await create('VIP hello', lone('Hello, VIP!'));
    expect((await saveAndPublish(processId, lone('Hello, VIP!'))).userErrors).toEqual([]);
    const started = await startFor(processId, { filter: { section: 'ACTIVE', conditions: vipConditions() } });
    expect(started.userErrors).toEqual([]);
    expect(started.started).toBe(3);
    expect(started.runs.map((run: any) => run.client.id).sort()).toEqual([...vips].sort());
    expect(await runClients(processId)).toEqual([...vips].sort());

    const both: any = await api.gql('mutation($i: StartProcessInput!) { startProcess(input: $i) { started userErrors { reason } } }', { i: { processId, clientIds: [everyone[0]], audience: { clientIds: [everyone[0]] } } }, anna);
    expect(both.data.startProcess).toEqual({ started: 0, userErrors: [{ reason: 'PROCESS_AUDIENCE_REQUIRED' }] });
    const twoKinds = await startFor(processId, { clientIds: [everyone[0]], filter: { section: 'ACTIVE' } });
    expect(twoKinds.userErrors).toEqual([{ reason: 'PROCESS_AUDIENCE_REQUIRED', field: 'audience' }]);
    expect(await runClients(processId)).toEqual([...vips].sort());
  });

  it('starts exactly the clients of a saved filter, skipping those already in a single-run process', async () => {
    const saved = (await gql('mutation($i: SaveFilterInput!) { saveFilter(input: $i) { savedFilter { id } userErrors { reason } } }', { i: { name: 'VIPs', shared: true, filter: { conditions: vipConditions() } } }, anna)).saveFilter.savedFilter.id;
    const processId = await create('VIP survey', lone('A question for VIPs.'));
    expect((await saveAndPublish(processId, lone('A question for VIPs.'))).userErrors).toEqual([]);
    // One of them is in it already (chosen by hand): the saved filter starts the other two.
    expect((await startFor(processId, { clientIds: [vips[0]] })).started).toBe(1);
    const started = await startFor(processId, { savedFilterId: saved });
    expect(started.userErrors).toEqual([]);
    expect(started.runs.map((run: any) => run.client.id).sort()).toEqual([vips[1], vips[2]].sort());
    expect(await runClients(processId)).toEqual([...vips].sort());
  });

  it('starts a large audience page by page, answering the first runs and counting them all', async () => {
    const em = api.app.orm.em.fork();
    const project = (await selectOne<{ projectId: string }>(em, 'select project_id from client limit 1'))!.projectId;
    const count = startPageSize * 2 + 100;
    await em.execute(
      `insert into client (id, project_id, name, created_at, last_activity_at, variables) select gen_random_uuid(), ?, 'Bulkperson ' || g, '2020-01-01', now(), '{}' from generate_series(1, ?) g`,
      [project, count],
    );
    const processId = await create('Bulk', lone('Hello, everyone.'));
    expect((await saveAndPublish(processId, lone('Hello, everyone.'))).userErrors).toEqual([]);
    // Their workflows are not what this test is about: hand them to nobody.
    const start = api.app.processes.start;
    let handed = 0;
    api.app.processes.start = () => void handed++;
    try {
      // The clients created on 1 January 2020: all of them, and none of the seeded ones.
      const started = await startFor(processId, { filter: { section: 'ACTIVE', conditions: [{ field: 'CREATED_AT', from: '2020-01-01T00:00:00Z', to: '2020-01-02T00:00:00Z' }] } });
      expect(started.userErrors).toEqual([]);
      expect(started.started).toBe(count);
      expect(started.runs).toHaveLength(maxAnsweredRuns);
      expect(handed).toBe(count);
      const rows = await select<{ n: number; clients: number }>(em, 'select count(*)::int as n, count(distinct client_id)::int as clients from process_run where process_id = ?', [idOf('Process', processId)]);
      expect(rows[0]).toEqual({ n: count, clients: count });
    } finally {
      api.app.processes.start = start;
      await em.execute("update process_run set status = 'STOPPED', ended_at = now() where process_id = ?", [idOf('Process', processId)]);
    }
  });
});

describe('a SCHEDULE trigger', () => {
  const scheduled = (segment: object, extra: object = {}, time = '09:30') =>
    lone('Your weekly news.', { triggers: [{ type: 'SCHEDULE', id: 'weekly', every: { kind: 'DAYS', days: [1, 4], time }, segment }], ...extra });

  it('creates a Temporal schedule on publish whose firing starts the segment’s clients only; a republish without it deletes it', async () => {
    const processId = await create('Weekly news', lone('Your weekly news.'));
    expect((await saveAndPublish(processId, scheduled({ kind: 'CONDITIONS', conditions: vipConditions() }))).userErrors).toEqual([]);
    const handle = temporal.schedule.getHandle(processScheduleId(idOf('Process', processId)!, 'weekly'));
    const description = await handle.describe();
    expect(description.action).toMatchObject({ type: 'startWorkflow', workflowType: 'processScheduleFired', args: [idOf('Process', processId), 'weekly'] });
    expect(description.spec.calendars).toEqual([expect.objectContaining({ dayOfWeek: [{ start: 'MONDAY', end: 'MONDAY', step: 1 }, { start: 'THURSDAY', end: 'THURSDAY', step: 1 }], hour: [{ start: 9, end: 9, step: 1 }], minute: [{ start: 30, end: 30, step: 1 }] })]);
    expect(description.spec.timezone).toBe('Europe/Moscow');

    await handle.trigger();
    await eventually(async () => (await runClients(processId)).length === 3, 30_000);
    expect(await runClients(processId)).toEqual([...vips].sort());
    const firing = (await selectOne<{ firingId: string }>(api.app.orm.em.fork(), 'select firing_id from process_run where process_id = ? limit 1', [idOf('Process', processId)]))!.firingId;
    expect(firing).toMatch(/^process-schedule-/);

    // A republish with another time updates the same schedule.
    expect((await saveAndPublish(processId, scheduled({ kind: 'CONDITIONS', conditions: vipConditions() }, {}, '18:05'))).userErrors).toEqual([]);
    expect((await handle.describe()).spec.calendars).toEqual([expect.objectContaining({ hour: [{ start: 18, end: 18, step: 1 }], minute: [{ start: 5, end: 5, step: 1 }] })]);

    expect((await saveAndPublish(processId, lone('Your weekly news.'))).userErrors).toEqual([]);
    await expect(handle.describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });

  it('starts nobody twice for one firing retried, even in a process that allows repeats; deleting the process deletes its schedule', async () => {
    const saved = (await gql('mutation($i: SaveFilterInput!) { saveFilter(input: $i) { savedFilter { id } userErrors { reason } } }', { i: { name: 'VIPs (mine)', filter: { conditions: vipConditions() } } })).saveFilter.savedFilter.id;
    const processId = await create('Hourly VIP', lone('Hourly.'));
    const definition = { ...scheduled({ kind: 'SAVED_FILTER', savedFilterId: saved }, { allowRepeat: true }), triggers: [{ type: 'SCHEDULE', id: 'hourly', every: { kind: 'HOURS', hours: 3 }, segment: { kind: 'SAVED_FILTER', savedFilterId: saved } }] };
    expect((await saveAndPublish(processId, definition)).userErrors).toEqual([]);
    const handle = temporal.schedule.getHandle(processScheduleId(idOf('Process', processId)!, 'hourly'));
    expect((await handle.describe()).spec.intervals).toEqual([expect.objectContaining({ every: 3 * 3600_000 })]);

    // Its runs end at once (one message): without the firing's key, a retry would start them again.
    const fire = (firingId: string) => startScheduled(api.app, api.app.orm.em.fork(), idOf('Process', processId)!, 'hourly', firingId);
    expect(await fire('firing-1')).toBe(3);
    expect(await fire('firing-1')).toBe(0);
    expect(await fire('firing-2')).toBe(3);
    expect((await runClients(processId)).length).toBe(6);

    await eventually(async () => (await selectOne<{ n: number }>(api.app.orm.em.fork(), "select count(*)::int as n from process_run where process_id = ? and status in ('AUTO', 'MANUAL')", [idOf('Process', processId)]))!.n === 0, 30_000);
    expect((await gql('mutation($i: ProcessInput!) { deleteProcess(input: $i) { userErrors { reason } } }', { i: { processId } })).deleteProcess.userErrors).toEqual([]);
    await expect(handle.describe()).rejects.toBeInstanceOf(ScheduleNotFoundError);
  });

  it('refuses to publish a segment with a saved filter the designer cannot see, or conditions the filters refuse', async () => {
    const processId = await create('Broken schedule', lone('x'));
    const unknown = await saveAndPublish(processId, scheduled({ kind: 'SAVED_FILTER', savedFilterId: toGlobalId('SavedFilter', '00000000-0000-0000-0000-000000000000') }));
    expect(unknown.userErrors).toEqual([{ reason: 'PROCESS_INVALID' }]);
    expect(unknown.problems).toEqual([{ code: 'INVALID', detail: 'weekly: no such saved filter' }]);
    const badConditions = await saveAndPublish(processId, scheduled({ kind: 'CONDITIONS', conditions: [{ field: 'TAGS' }] }));
    expect(badConditions.problems).toEqual([expect.objectContaining({ code: 'INVALID' })]);
  });
});
