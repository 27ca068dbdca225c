// The editor's test run against the real Temporal dev server: the draft runs on a hidden test version for the
// designer's test client (a web chat visitor who answers through the widget's own mutations); that version is never
// listed, never the published one, never started by startProcess or a trigger, and its runs stay out of the counters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApi, type TestApi } from '../../test/harness.ts';
import { select } from '../db/rows.ts';
import { idOf } from '../graphql/global-id.ts';

let api: TestApi;
let manager: string;
let anna: string;

beforeAll(async () => {
  api = await startTestApi();
  await api.seed({ clients: 3 });
  manager = await api.login('manager@demo.test', 'demo-manager');
  anna = await api.login('anna@demo.test', 'demo-operator');
  const variable: any = await api.gql('mutation { createVariableDefinition(input: { scope: CLIENT, key: "city", name: "City", type: TEXT }) { userErrors { code } } }', {}, manager);
  expect(variable.data.createVariableDefinition.userErrors).toEqual([]);
}, 60_000);
afterAll(() => api?.stop());

const block = (id: string, number: number, type: string, fields: object = {}) => ({ id, number, type, name: `${type.toLowerCase()} ${number}`, ...fields });
const link = (from: string, port: string, to: string) => ({ from, port, to });
const survey = (greeting: string) => ({
  start: 'hello',
  // A trigger too: a client writing "delivery" would start the process, were its version the published one.
  triggers: [{ type: 'KEYWORD', keywords: ['delivery'] }],
  blocks: [
    block('hello', 1, 'MESSAGE', { text: greeting }),
    block('city', 2, 'QUESTION', { text: 'Which city?', variable: 'city' }),
    block('thanks', 3, 'MESSAGE', { text: 'We deliver to #{city}.' }),
  ],
  connections: [link('hello', 'next', 'city'), link('city', 'answered', 'thanks')],
});

const testRun = `mutation($i: TestProcessDraftInput!) { testProcessDraft(input: $i) {
  test { widgetKey visitorToken run { id status version { id version } client { id name } } }
  problems { code } userErrors { code reason } } }`;
const test = async (processId: string, token = manager) => ((await api.gql(testRun, { i: { processId } }, token)) as any).data.testProcessDraft;
const processState = async (processId: string) =>
  ((await api.gql('query($id: ID!) { node(id: $id) { ... on Process { hasUnpublishedChanges published { version } versions { version } } } }', { id: processId }, manager)) as any).data.node;
const runOf = async (runId: string) =>
  ((await api.gql('query($id: ID!) { node(id: $id) { ... on ProcessRun { status block { blockId } } } }', { id: runId }, manager)) as any).data.node;
const visitorSays = (visitorToken: string, text: string) =>
  api.gql('mutation($i: WidgetSendInput!) { widgetSend(input: $i) { message { id } userErrors { code } } }', { i: { text, idempotencyKey: `t-${Math.random()}` } }, `Visitor ${visitorToken}`);
const visitorSees = async (visitorToken: string) => {
  const started: any = await api.gql('mutation($i: WidgetStartInput!) { widgetStart(input: $i) { session { visitorToken messages { text } } } }', { i: { publicKey: 'demo-shop', visitorToken } });
  return started.data.widgetStart.session as { visitorToken: string; messages: { text: string }[] };
};
const runsOf = (processId: string) =>
  select<{ clientId: string; status: string; test: boolean }>(
    api.app.orm.em.fork(),
    'select r.client_id, r.status, v.test from process_run r join process_version v on v.id = r.version_id where r.process_id = ? order by r.started_at',
    [idOf('Process', processId)],
  );

describe('a test run of the draft', () => {
  it('runs the unpublished draft for the designer’s test client, who answers in the web chat; the test version stays hidden', async () => {
    const created: any = await api.gql('mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } } }', { i: { name: 'Delivery', definition: survey('Hello from the draft!') } }, manager);
    const processId = created.data.createProcess.process.id as string;

    const first = await test(processId);
    expect(first.userErrors).toEqual([]);
    expect(first.test).toMatchObject({ widgetKey: 'demo-shop', run: { status: 'AUTO', version: { version: 0 }, client: { name: 'Test · Delivery · Mark Manager' } } });
    // Nothing is published: the test version is neither the latest, nor listed, nor does it make the draft published.
    expect(await processState(processId)).toEqual({ hasUnpublishedChanges: true, published: null, versions: [] });
    const started: any = await api.gql('mutation($i: StartProcessInput!) { startProcess(input: $i) { runs { id } userErrors { reason } } }', { i: { processId, clientIds: [first.test.run.client.id] } }, anna);
    expect(started.data.startProcess.userErrors).toEqual([{ reason: 'PROCESS_NOT_PUBLISHED' }]);

    // The test client talks through the web chat: it gets the draft's greeting and question, and answers.
    const token = first.test.visitorToken as string;
    await eventually(async () => (await visitorSees(token)).messages.some((message) => message.text === 'Which city?'));
    expect((await runOf(first.test.run.id)).block.blockId).toBe('city');
    await visitorSays(token, 'Kazan');
    await eventually(async () => (await runOf(first.test.run.id)).status === 'FINISHED');
    expect((await visitorSees(token)).messages.map((message) => message.text)).toEqual(['Hello from the draft!', 'Which city?', 'Kazan', 'We deliver to Kazan.']);
    expect(await runsOf(processId)).toEqual([{ clientId: idOf('Client', first.test.run.client.id), status: 'FINISHED', test: true }]);

    // Not a web chat channel of the project; a draft that could not be published could not run either.
    const elsewhere: any = await api.gql(testRun, { i: { processId, channelId: first.test.run.client.id } }, manager);
    expect(elsewhere.data.testProcessDraft).toMatchObject({ test: null, userErrors: [{ code: 'NOT_FOUND', reason: 'PROCESS_TEST_CHANNEL' }] });
    const broken = { ...survey('Hi'), connections: [link('hello', 'next', 'city')] };
    await api.gql('mutation($i: SaveProcessDraftInput!) { saveProcessDraft(input: $i) { userErrors { reason } } }', { i: { processId, definition: broken } }, manager);
    expect(await test(processId)).toMatchObject({ test: null, problems: [{ code: 'DANGLING' }, { code: 'UNREACHABLE' }], userErrors: [{ reason: 'PROCESS_INVALID' }] });

    // Operators may not test (me.can.editProcesses).
    expect((await test(processId, anna)).userErrors).toEqual([{ code: 'FORBIDDEN', reason: 'PERMISSION_DENIED' }]);
  }, 60_000);

  it('restarts with the same test client, the edited draft and a new visitor token; the counters leave test runs out; closing stops it', async () => {
    const created: any = await api.gql('mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } } }', { i: { name: 'Counted', definition: survey('Version one') } }, manager);
    const processId = created.data.createProcess.process.id as string;
    const published: any = await api.gql('mutation($i: ProcessInput!) { publishProcess(input: $i) { userErrors { reason } } }', { i: { processId } }, manager);
    expect(published.data.publishProcess.userErrors).toEqual([]);
    const saved: any = await api.gql('mutation($i: SaveProcessDraftInput!) { saveProcessDraft(input: $i) { userErrors { reason } } }', { i: { processId, definition: survey('The new greeting') } }, manager);
    expect(saved.data.saveProcessDraft.userErrors).toEqual([]);

    const first = await test(processId);
    await eventually(async () => (await runOf(first.test.run.id)).block?.blockId === 'city');
    const second = await test(processId);
    expect(second.test.run.client.id).toBe(first.test.run.client.id);
    // The draft is the same: so is the test version. The first run was stopped for the second.
    expect(second.test.run.version.id).toBe(first.test.run.version.id);
    expect((await runOf(first.test.run.id)).status).toBe('STOPPED');
    // The first token no longer opens the test client's chat: widgetStart makes a new visitor of it.
    expect((await visitorSees(first.test.visitorToken)).visitorToken).not.toBe(first.test.visitorToken);
    await eventually(async () => (await visitorSees(second.test.visitorToken)).messages.filter((message) => message.text === 'The new greeting').length === 2);
    await eventually(async () => (await runOf(second.test.run.id)).block?.blockId === 'city');

    // The published version and the counters know nothing of the test run waiting at the question.
    const counters: any = await api.gql('query($id: ID!) { node(id: $id) { ... on Process { hasUnpublishedChanges activeRuns published { version blocks { blockId activeCount enteredToday } } versions { version } } } }', { id: processId }, manager);
    expect(counters.data.node).toMatchObject({ hasUnpublishedChanges: true, published: { version: 1 }, versions: [{ version: 1 }] });
    expect(counters.data.node.published.blocks).toEqual([
      { blockId: 'hello', activeCount: 0, enteredToday: 0 },
      { blockId: 'city', activeCount: 0, enteredToday: 0 },
      { blockId: 'thanks', activeCount: 0, enteredToday: 0 },
    ]);
    // The test client answers with the published version's keyword: the test run goes on, and no real run starts
    // for a test client.
    await visitorSays(second.test.visitorToken, 'Kazan, by delivery');
    await eventually(async () => (await runOf(second.test.run.id)).status === 'FINISHED');
    expect((await runsOf(processId)).filter((one) => one.clientId === idOf('Client', second.test.run.client.id))).toEqual([
      { clientId: expect.any(String), status: 'STOPPED', test: true },
      { clientId: expect.any(String), status: 'FINISHED', test: true },
    ]);

    // A real run on version 1 keeps the published greeting.
    const clients: any = await api.gql('query { clients(first: 1) { edges { node { id } } } }', {}, manager);
    const real: any = await api.gql('mutation($i: StartProcessInput!) { startProcess(input: $i) { runs { id version { version } } } }', { i: { processId, clientIds: [clients.data.clients.edges[0].node.id] } }, anna);
    expect(real.data.startProcess.runs).toEqual([{ id: expect.any(String), version: { version: 1 } }]);

    // An edited draft gets a new test version; the old one goes with its ended runs.
    await api.gql('mutation($i: SaveProcessDraftInput!) { saveProcessDraft(input: $i) { userErrors { reason } } }', { i: { processId, definition: survey('Third greeting') } }, manager);
    const third = await test(processId);
    expect(third.test.run.version.id).not.toBe(first.test.run.version.id);
    const versions = await select<{ test: boolean }>(api.app.orm.em.fork(), 'select test from process_version where process_id = ? order by test, published_at', [idOf('Process', processId)]);
    expect(versions).toEqual([{ test: false }, { test: true }]);

    const closed: any = await api.gql('mutation($i: ProcessInput!) { stopProcessTest(input: $i) { userErrors { reason } } }', { i: { processId } }, manager);
    expect(closed.data.stopProcessTest.userErrors).toEqual([]);
    expect((await runOf(third.test.run.id)).status).toBe('STOPPED');
  }, 60_000);
});
