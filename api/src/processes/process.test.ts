// Business processes against the real Temporal dev server: publishing, and runs through each kind of block, steered
// by operators, across a restarted worker and past continue-as-new, each step once.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inject } from 'vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestApi, type TestApi } from '../../test/harness.ts';
import { expectHistoryWordedFromData } from '../../test/history-words.ts';
import { select, selectOne } from '../db/rows.ts';
import { idOf } from '../graphql/global-id.ts';
import { receiveClientMessage, storeMessage } from '../messages/message.service.ts';
import { startVersion, sweepRuns } from './process-runs.service.ts';
import { latestVersion } from './process.service.ts';
import { startWorker, type RunningWorker } from '../../../workflows/src/worker.ts';

let api: TestApi;
let worker: RunningWorker | null = null;
let manager: string;
let anna: string;
/** Clients with a web chat conversation: their global ids and client channels. */
let clients: { id: string; clientChannelId: string }[];

const runWorker = async () => (worker = await startWorker(api.app, { address: inject('temporalAddress'), namespace: 'default', taskQueue: api.taskQueue }));

beforeAll(async () => {
  api = await startTestApi({ worker: false, processStepsPerHistory: 6 });
  await runWorker();
  await api.seed({ clients: 8 });
  manager = await api.login('manager@demo.test', 'demo-manager');
  anna = await api.login('anna@demo.test', 'demo-operator');
  const rows = await select<{ clientId: string; clientChannelId: string }>(api.app.orm.em.fork(), 'select client_id, client_channel_id from conversation order by created_at, id');
  clients = rows.map((row) => ({ id: Buffer.from(`Client:${row.clientId}`).toString('base64url'), clientChannelId: row.clientChannelId }));
  const variable: any = await api.gql('mutation { createVariableDefinition(input: { scope: CLIENT, key: "age", name: "Age", type: NUMBER }) { userErrors { code } } }', {}, manager);
  expect(variable.data.createVariableDefinition.userErrors).toEqual([]);
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await api?.stop();
});

type Definition = Record<string, unknown>;
const block = (id: string, number: number, type: string, fields: object = {}) => ({ id, number, type, name: `${type.toLowerCase()} ${number}`, ...fields });
const link = (from: string, port: string, to: string) => ({ from, port, to });

const create = async (name: string, definition: Definition) => {
  const created: any = await api.gql('mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } userErrors { code reason message } } }', { i: { name, definition } }, manager);
  expect(created.data.createProcess.userErrors).toEqual([]);
  return created.data.createProcess.process.id as string;
};
const publish = async (processId: string) =>
  ((await api.gql('mutation($i: ProcessInput!) { publishProcess(input: $i) { process { published { version } } problems { code blockId detail } userErrors { reason } } }', { i: { processId } }, manager)) as any)
    .data.publishProcess;
const start = async (processId: string, clientIds: string[], token = anna) =>
  ((await api.gql('mutation($i: StartProcessInput!) { startProcess(input: $i) { runs { id } userErrors { reason message } } }', { i: { processId, clientIds } }, token)) as any).data.startProcess;
const steer = async (runId: string, command: string, blockId?: string) =>
  ((await api.gql('mutation($i: SteerProcessRunInput!) { steerProcessRun(input: $i) { run { status block { blockId } } userErrors { reason } } }', { i: { runId, command, blockId } }, anna)) as any)
    .data.steerProcessRun;
const run = async (runId: string) =>
  ((await api.gql(
    `query($id: ID!) { node(id: $id) { ... on ProcessRun { status waitingFor waitUntil error block { blockId number } version { version } steps(first: 100) { kind detail block { blockId } } } } }`,
    { id: runId },
    anna,
  )) as any).data.node;
const botTexts = async (clientGlobalId: string) =>
  (await select<{ text: string; status: string }>(
    api.app.orm.em.fork(),
    "select m.text, m.status from message m join conversation c on c.id = m.conversation_id where c.client_id = ? and m.sender_kind = 'BOT' order by m.created_at, m.id",
    [idOf('Client', clientGlobalId)],
  ));
const writes = (client: { clientChannelId: string }, text: string) =>
  receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId: client.clientChannelId, text, dedupeKey: `t-${Math.random()}` });
const reaches = (runId: string, check: (state: any) => boolean, timeoutMs = 20_000) => eventually(async () => check(await run(runId)) && (await run(runId)), timeoutMs);

// Message → Question (a number into #{age}) → Condition (age ≥ 18) → Message yes / Message no.
const survey: Definition = {
  start: 'hello',
  blocks: [
    block('hello', 1, 'MESSAGE', { text: 'Hi #{first_name}!' }),
    block('ask', 2, 'QUESTION', { text: 'How old are you?', expect: 'NUMBER', variable: 'age' }),
    block('adult', 3, 'CONDITION', { conditions: [{ field: 'VARIABLE', variable: 'age', min: 18 }] }),
    block('yes', 4, 'MESSAGE', { text: 'Welcome, grown-up (#{age}).' }),
    block('no', 5, 'MESSAGE', { text: 'Come back later.' }),
  ],
  connections: [link('hello', 'next', 'ask'), link('ask', 'answered', 'adult'), link('adult', 'yes', 'yes'), link('adult', 'no', 'no')],
};

describe('publishing', () => {
  it('refuses a definition of the wrong shape, lists what keeps a draft from publishing, and numbers versions', async () => {
    const bad: any = await api.gql('mutation { createProcess(input: { name: "Bad", definition: { blocks: [{ id: "a", number: 1, type: "MESSAGE" }] } }) { userErrors { reason message } } }', {}, manager);
    expect(bad.data.createProcess.userErrors[0]).toMatchObject({ reason: 'PROCESS_DEFINITION_INVALID' });
    expect(bad.data.createProcess.userErrors[0].message).toContain('blocks.0.text');

    const processId = await create('Survey draft', { ...survey, connections: [link('hello', 'next', 'ask')], blocks: [...(survey.blocks as object[]), block('lost', 6, 'MESSAGE', { text: 'Hi #{nickname}' })] });
    const refused = await publish(processId);
    expect(refused.userErrors).toEqual([{ reason: 'PROCESS_INVALID' }]);
    expect(refused.problems).toEqual(
      expect.arrayContaining([
        { code: 'DANGLING', blockId: 'ask', detail: 'answered' },
        { code: 'UNREACHABLE', blockId: 'lost', detail: '6' },
        { code: 'UNKNOWN_VARIABLE', blockId: 'lost', detail: 'nickname' },
      ]),
    );
    expect(refused.process.published).toBeNull();

    const saved: any = await api.gql('mutation($i: SaveProcessDraftInput!) { saveProcessDraft(input: $i) { process { hasUnpublishedChanges } userErrors { reason } } }', { i: { processId, definition: survey } }, manager);
    expect(saved.data.saveProcessDraft.userErrors).toEqual([]);
    expect((await publish(processId)).process.published.version).toBe(1);
    expect((await publish(processId)).process.published.version).toBe(2);
    // Operators may not edit processes (me.can.editProcesses).
    const denied: any = await api.gql('mutation($i: ProcessInput!) { publishProcess(input: $i) { userErrors { code } } }', { i: { processId } }, anna);
    expect(denied.data.publishProcess.userErrors).toEqual([{ code: 'FORBIDDEN' }]);
  });
});

describe('a run', () => {
  let processId: string;
  beforeAll(async () => {
    processId = await create('Survey', survey);
    expect((await publish(processId)).userErrors).toEqual([]);
  });

  it('sends, waits for a fitting answer, stores it, branches on it, and finishes; each step once in its history', async () => {
    const client = clients[0]!;
    const [started] = (await start(processId, [client.id])).runs;
    await reaches(started.id, (state) => state.waitingFor === 'REPLY' && state.block.blockId === 'ask');
    await writes(client, 'a hundred');
    await reaches(started.id, (state) => state.steps.some((step: any) => step.kind === 'ANSWER_INVALID'));
    expect((await run(started.id)).status).toBe('AUTO');
    await writes(client, '42');
    const finished = await reaches(started.id, (state) => state.status === 'FINISHED');
    expect(finished.block.blockId).toBe('yes');
    expect((await botTexts(client.id)).map((message) => message.text)).toEqual([expect.stringMatching(/^Hi \S+!$/), 'How old are you?', 'Welcome, grown-up (42).']);
    const kinds = [...finished.steps].reverse().map((step: any) => `${step.kind}${step.detail && /BRANCH|ANSWER/.test(step.kind) ? `:${step.detail}` : ''}`);
    expect(kinds).toEqual(['ENTERED', 'MESSAGE_SENT', 'ENTERED', 'MESSAGE_SENT', 'ANSWER_INVALID:a hundred', 'ANSWER_STORED:42', 'ENTERED', 'BRANCH:yes', 'ENTERED', 'MESSAGE_SENT', 'ENDED']);
    const variables = await selectOne<{ variables: Record<string, unknown> }>(api.app.orm.em.fork(), 'select variables from client where id = ?', [idOf('Client', client.id)]);
    expect(variables!.variables.age).toBe(42);
    // The client's history tells the process's steps.
    const history = await select<{ summary: string }>(api.app.orm.em.fork(), "select summary from client_activity where client_id = ? and type = 'PROCESS' order by created_at", [idOf('Client', client.id)]);
    expect(history.map((entry) => entry.summary)).toEqual(expect.arrayContaining(['Survey: block 1 message 1', 'Survey: answer stored in #{age}: 42', 'Survey: finished']));
    // Each entry was announced with its step (pubsub/outbox.ts): the client's card and the Audience heard of it, once.
    const told = await select<{ activityId: string; topics: number }>(
      api.app.orm.em.fork(),
      `select a.id as activity_id, (select count(*)::int from stream_event e where e.topic = 'client:' || a.client_id and e.event ->> 'activityId' = a.id::text) as topics
         from client_activity a where a.client_id = ? and a.type = 'PROCESS'`,
      [idOf('Client', client.id)],
    );
    expect(told.length).toBeGreaterThan(5);
    expect(told.filter((entry) => entry.topics !== 1)).toEqual([]);
    await eventually(async () => (await botTexts(client.id)).every((message) => message.status === 'SENT'));
  });

  it('keeps a client in a single-run process once, and runs on the version it started on after a republish', async () => {
    const client = clients[1]!;
    const [first] = (await start(processId, [client.id])).runs;
    expect((await start(processId, [client.id])).runs).toEqual([]);
    await reaches(first.id, (state) => state.waitingFor === 'REPLY');
    const changed = { ...survey, blocks: (survey.blocks as any[]).map((b) => (b.id === 'yes' ? { ...b, text: 'Version two says hi.' } : b)) };
    await api.gql('mutation($i: SaveProcessDraftInput!) { saveProcessDraft(input: $i) { userErrors { reason } } }', { i: { processId, definition: changed } }, manager);
    expect((await publish(processId)).process.published.version).toBe(2);
    await writes(client, '30');
    const finished = await reaches(first.id, (state) => state.status === 'FINISHED');
    expect(finished.version.version).toBe(1);
    expect((await botTexts(client.id)).at(-1)!.text).toBe('Welcome, grown-up (30).');
  });

  it('starts a client’s next run at once when the previous run’s row has ended but its workflow is still closing', async () => {
    const client = clients[1]!; // its first run finished above
    const [previous] = (await start(processId, [client.id])).runs;
    await reaches(previous.id, (state) => state.waitingFor === 'REPLY');
    // The moment between a run's row ending and its workflow closing, held open.
    const em = api.app.orm.em.fork();
    await em.execute("update process_run set status = 'FINISHED', ended_at = now() where id = ?", [idOf('ProcessRun', previous.id)]);
    const [next] = (await start(processId, [client.id])).runs;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await run(next.id)).steps).toEqual([]);
    const { Client: TemporalClient, Connection } = await import('@temporalio/client');
    const connection = await Connection.connect({ address: inject('temporalAddress') });
    try {
      const handle = new TemporalClient({ connection }).workflow.getHandle(`process-${idOf('Process', processId)}-${idOf('Client', client.id)}`);
      expect((await handle.describe()).memo).toEqual({ run: idOf('ProcessRun', previous.id) });
      await handle.terminate();
      // Not left to the sweep (a minute later): the start waited for the earlier workflow to close.
      await reaches(next.id, (state) => state.waitingFor === 'REPLY', 8000);
      expect((await handle.describe()).memo).toEqual({ run: idOf('ProcessRun', next.id) });
    } finally {
      await connection.close();
    }
  });

  it('lets an operator set it manual, move it and return it to auto; refuses an unknown block and an ended run', async () => {
    const client = clients[2]!;
    const [started] = (await start(processId, [client.id])).runs;
    await reaches(started.id, (state) => state.waitingFor === 'REPLY');
    expect((await steer(started.id, 'MOVE', 'nowhere')).userErrors).toEqual([{ reason: 'PROCESS_BLOCK_NOT_FOUND' }]);
    expect((await steer(started.id, 'MANUAL')).run.status).toBe('MANUAL');
    // While manual, the client's answer is not taken.
    await writes(client, '12');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await run(started.id)).steps.some((step: any) => step.kind === 'ANSWER_STORED')).toBe(false);
    expect((await steer(started.id, 'AUTO', 'no')).userErrors).toEqual([]);
    const finished = await reaches(started.id, (state) => state.status === 'FINISHED');
    expect(finished.block.blockId).toBe('no');
    expect((await botTexts(client.id)).at(-1)!.text).toBe('Come back later.');
    expect((await steer(started.id, 'STOP')).userErrors).toEqual([{ reason: 'PROCESS_RUN_ENDED' }]);
  });
  it('takes a STOP sent the moment it starts (its workflow not running yet, or walking its first blocks): STOPPED, ended once, last', async () => {
    const quick = await create('Stopped at once', { ...survey, allowRepeat: true });
    expect((await publish(quick)).userErrors).toEqual([]);
    for (const [client, held] of [[clients[0]!, true], [clients[1]!, false]] as const) {
      // Held: the background start of its workflow has not reached Temporal when the STOP comes.
      const background = api.app.processes.start;
      if (held) api.app.processes.start = () => {};
      const [started] = (await start(quick, [client.id])).runs;
      api.app.processes.start = background;
      expect((await steer(started.id, 'STOP')).userErrors).toEqual([]);
      const stopped = await reaches(started.id, (state) => state.status === 'STOPPED');
      const kinds = stopped.steps.map((step: any) => step.kind);
      expect(kinds[0]).toBe('ENDED');
      expect(kinds.filter((kind: string) => kind === 'ENDED')).toHaveLength(1);
    }
  });
});

describe('waiting', () => {
  it('follows a question’s timeout, hands over to an operator until returned to auto, and stops when asked', async () => {
    const processId = await create('Support', {
      start: 'ask',
      blocks: [
        block('ask', 1, 'QUESTION', { text: 'Anything else?', timeoutSeconds: 10 }),
        block('human', 2, 'HANDOFF'),
        block('bye', 3, 'MESSAGE', { text: 'Bye!' }),
        block('thanks', 4, 'MESSAGE', { text: 'Thanks!' }),
      ],
      connections: [link('ask', 'timeout', 'human'), link('ask', 'answered', 'thanks'), link('human', 'next', 'bye')],
    });
    expect((await publish(processId)).userErrors).toEqual([]);
    const client = clients[3]!;
    const [started] = (await start(processId, [client.id])).runs;
    const handed = await reaches(started.id, (state) => state.status === 'MANUAL', 30_000);
    expect(handed.waitingFor).toBe('OPERATOR');
    expect(handed.steps.map((step: any) => step.kind)).toContain('TIMED_OUT');
    // The inbox's BOT_STATUS condition reads it: the client is handled manually now.
    const manualClients = async () =>
      ((await api.gql('{ conversations(first: 50, filter: { section: ALL, conditions: [{ field: BOT_STATUS, anyOf: ["MANUAL"] }] }) { edges { node { client { id } } } } }', {}, manager)) as any).data.conversations.edges.map(
        (edge: any) => edge.node.client.id,
      );
    expect(await manualClients()).toEqual([client.id]);
    expect((await steer(started.id, 'AUTO')).userErrors).toEqual([]);
    await reaches(started.id, (state) => state.status === 'FINISHED');
    expect(await manualClients()).toEqual([]);
    expect((await botTexts(client.id)).map((message) => message.text)).toEqual(['Anything else?', 'Bye!']);

    const [again] = (await start(processId, [clients[4]!.id])).runs;
    await reaches(again.id, (state) => state.waitingFor === 'REPLY');
    expect((await steer(again.id, 'STOP')).userErrors).toEqual([]);
    await reaches(again.id, (state) => state.status === 'STOPPED');

    // Blocking a client stops their runs at once.
    const [blocked] = (await start(processId, [clients[2]!.id])).runs;
    await reaches(blocked.id, (state) => state.waitingFor === 'REPLY');
    const blocking: any = await api.gql('mutation($i: ClientInput!) { blockClient(input: $i) { userErrors { code } } }', { i: { clientId: clients[2]!.id } }, manager);
    expect(blocking.data.blockClient.userErrors).toEqual([]);
    await reaches(blocked.id, (state) => state.status === 'STOPPED');
  }, 60_000);

  it('sends exactly once across a worker restarted during a delay, and continues as new past its history limit', async () => {
    // Delay → message, four times over (a wait in every loop), then the end: 13 blocks, with 6 per history.
    const processId = await create('Drip', {
      start: 'd1',
      blocks: [1, 2, 3, 4].flatMap((n) => [block(`d${n}`, n * 2 - 1, 'DELAY', { wait: { kind: 'DURATION', seconds: 1 } }), block(`m${n}`, n * 2, 'MESSAGE', { text: `Drip ${n}` })]).concat([block('end', 9, 'END')]),
      connections: [link('d1', 'next', 'm1'), link('m1', 'next', 'd2'), link('d2', 'next', 'm2'), link('m2', 'next', 'd3'), link('d3', 'next', 'm3'), link('m3', 'next', 'd4'), link('d4', 'next', 'm4'), link('m4', 'next', 'end')],
    });
    expect((await publish(processId)).userErrors).toEqual([]);
    const client = clients[5]!;
    const [started] = (await start(processId, [client.id])).runs;
    await reaches(started.id, (state) => state.block?.blockId === 'd2');
    await worker!.stop();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await runWorker();
    const finished = await reaches(started.id, (state) => state.status === 'FINISHED', 40_000);
    expect((await botTexts(client.id)).map((message) => message.text)).toEqual(['Drip 1', 'Drip 2', 'Drip 3', 'Drip 4']);
    expect(finished.steps.filter((step: any) => step.kind === 'ENTERED')).toHaveLength(9);
    // Continued as new: more than one Temporal run of the one workflow.
    const handle = api.app.orm.em.fork();
    const row = await selectOne<{ processId: string; clientId: string }>(handle, 'select process_id, client_id from process_run where id = ?', [idOf('ProcessRun', started.id)]);
    expect(row).toBeTruthy();
    const { Client: TemporalClient, Connection } = await import('@temporalio/client');
    const connection = await Connection.connect({ address: inject('temporalAddress') });
    try {
      const description = await new TemporalClient({ connection }).workflow.getHandle(`process-${row!.processId}-${row!.clientId}`).describe();
      expect(description.raw.workflowExecutionInfo?.firstRunId).not.toBe(description.runId);
      // The memo naming the run row is kept across continue-as-new.
      expect(description.memo).toEqual({ run: idOf('ProcessRun', started.id) });
    } finally {
      await connection.close();
    }
  }, 90_000);
});

describe('an HTTP request block', () => {
  it('refuses a loopback address unless allowed, then maps the JSON answer into variables and goes on by success', async () => {
    const calls: { method: string; body: string; auth: string | undefined }[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        calls.push({ method: request.method!, body, auth: request.headers.authorization });
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ order: { id: 'A-17', total: 42 } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/orders`;
    await api.gql('mutation { createVariableDefinition(input: { scope: CLIENT, key: "order_id", name: "Order", type: TEXT }) { userErrors { code } } }', {}, manager);
    const processId = await create('Order lookup', {
      start: 'call',
      blocks: [
        block('call', 1, 'HTTP', { url, body: '{"client":"#{first_name}"}', headers: [{ name: 'authorization', value: 'Bearer shop-key' }], map: [{ variable: 'order_id', path: 'order.id' }] }),
        block('found', 2, 'MESSAGE', { text: 'Your order #{order_id} is on its way.' }),
        block('lost', 3, 'MESSAGE', { text: 'We could not find your order.' }),
      ],
      connections: [link('call', 'success', 'found'), link('call', 'failure', 'lost')],
    });
    expect((await publish(processId)).userErrors).toEqual([]);
    try {
      const [refused] = (await start(processId, [clients[0]!.id])).runs;
      await reaches(refused.id, (state) => state.status === 'FINISHED', 60_000);
      expect(calls).toEqual([]);
      expect((await botTexts(clients[0]!.id)).at(-1)!.text).toBe('We could not find your order.');

      process.env.PROCESS_HTTP_ALLOW_PRIVATE = '1';
      const [allowed] = (await start(processId, [clients[0]!.id])).runs;
      const finished = await reaches(allowed.id, (state) => state.status === 'FINISHED', 60_000);
      expect(finished.block.blockId).toBe('found');
      expect(calls).toEqual([{ method: 'POST', body: expect.stringMatching(/^\{"client":"\S+"\}$/), auth: 'Bearer shop-key' }]);
      expect((await botTexts(clients[0]!.id)).at(-1)!.text).toBe('Your order A-17 is on its way.');
    } finally {
      delete process.env.PROCESS_HTTP_ALLOW_PRIVATE;
      server.close();
    }
  }, 150_000);
});

describe('the sweep', () => {
  it('starts a run whose start never reached Temporal, and passes an answer whose signal was lost', async () => {
    const processId = await create('Swept', survey);
    expect((await publish(processId)).userErrors).toEqual([]);
    const em = api.app.orm.em.fork();
    const version = (await latestVersion(em, idOf('Process', processId)!))!;
    const client = clients[7]!;
    // As if the API had died after committing the run: no workflow, and the row a few minutes old.
    const start = api.app.processes.start;
    api.app.processes.start = () => {};
    const [row] = await startVersion(api.app, em, version, [idOf('Client', client.id)!], 'hello', null);
    api.app.processes.start = start;
    await em.execute("update process_run set started_at = now() - interval '2 minutes' where id = ?", [row!.id]);
    const runId = Buffer.from(`ProcessRun:${row!.id}`).toString('base64url');
    expect((await run(runId)).steps).toEqual([]);
    expect(await sweepRuns(api.app, em)).toBe(1);
    await reaches(runId, (state) => state.waitingFor === 'REPLY');

    // The client's answer stored without its signal (the API gone before passing it on), 40 s ago.
    const conversation = (await selectOne<{ id: string }>(em, 'select id from conversation where client_channel_id = ?', [client.clientChannelId]))!;
    await em.execute("update process_run set block_entered_at = now() - interval '2 minutes' where id = ?", [row!.id]);
    const { message } = await storeMessage(em, { projectId: row!.projectId, conversationId: conversation.id, direction: 'INBOUND', senderKind: 'CLIENT', authorId: null, text: '17', status: 'DELIVERED', dedupeKey: 'lost-signal' });
    await em.execute("update message set created_at = now() - interval '40 seconds' where id = ?", [message.id]);
    expect(await sweepRuns(api.app, em)).toBe(1);
    const finished = await reaches(runId, (state) => state.status === 'FINISHED');
    expect(finished.block.blockId).toBe('no');
    // Once taken, the answer is not passed again.
    expect(await sweepRuns(api.app, em)).toBe(0);
  });
});

describe('triggers', () => {
  it('starts a process on a keyword in a client’s message, and not on other messages', async () => {
    // A lone message block needs no connection: the run ends after it.
    const processId = await create('Prices', { start: 'p', triggers: [{ type: 'KEYWORD', keywords: ['price'] }], blocks: [block('p', 1, 'MESSAGE', { text: 'Our prices: …' })] });
    expect((await publish(processId)).userErrors).toEqual([]);
    const client = clients[6]!;
    await writes(client, 'hello there');
    await writes(client, 'What is the PRICE of delivery?');
    await eventually(async () => (await botTexts(client.id)).some((message) => message.text === 'Our prices: …'));
    const runs = await select(api.app.orm.em.fork(), 'select 1 from process_run where client_id = ? and process_id = ?', [idOf('Client', client.id), idOf('Process', processId)]);
    expect(runs).toHaveLength(1);
  });

  it('starts a process when a tag is added to clients, and when a deal enters a stage', async () => {
    const gql = async (query: string, variables: object) => ((await api.gql(query, variables, manager)) as any).data;
    const tag = (await gql('mutation($i: CreateLabelInput!) { createLabel(input: $i) { label { id } } }', { i: { kind: 'TAG', name: 'vip' } })).createLabel.label.id;
    const funnel = (await gql('mutation($i: CreateFunnelInput!) { createFunnel(input: $i) { funnel { id stages { id name } } } }', { i: { name: 'Sales', stages: ['New', 'Offer'] } })).createFunnel.funnel;
    const offer = funnel.stages.find((stage: { name: string }) => stage.name === 'Offer').id;
    const only = (id: string, trigger: object, text: string) =>
      create(id, { start: 'm', triggers: [trigger], blocks: [block('m', 1, 'MESSAGE', { text })] }).then(async (processId) => expect((await publish(processId)).userErrors).toEqual([]));
    await only('Welcome VIP', { type: 'TAG_ADDED', labelId: tag }, 'Welcome to the VIP club!');
    await only('Offer sent', { type: 'DEAL_STAGE', stageId: offer }, 'Here is your offer.');
    const [a, b] = [clients[6]!, clients[7]!];
    await gql('mutation($i: ClientLabelsInput!) { addClientLabels(input: $i) { userErrors { code } } }', { i: { clientIds: [a.id, b.id], labelIds: [tag] } });
    for (const client of [a, b]) await eventually(async () => (await botTexts(client.id)).some((message) => message.text === 'Welcome to the VIP club!'));
    const deal = (await gql('mutation($i: CreateDealInput!) { createDeal(input: $i) { deal { id } } }', { i: { clientId: a.id, funnelId: funnel.id, title: 'Sofa' } })).createDeal.deal.id;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect((await botTexts(a.id)).some((message) => message.text === 'Here is your offer.')).toBe(false);
    await gql('mutation($i: MoveDealInput!) { moveDeal(input: $i) { userErrors { code } } }', { i: { dealId: deal, stageId: offer } });
    await eventually(async () => (await botTexts(a.id)).some((message) => message.text === 'Here is your offer.'));
  });
});

describe('a delay rescheduled from the card', () => {
  // Wait a day → a reminder → wait a day → a last call → a question.
  const reminder: Definition = {
    start: 'wait',
    blocks: [
      block('wait', 1, 'DELAY', { wait: { kind: 'DURATION', seconds: 86_400 } }),
      block('remind', 2, 'MESSAGE', { text: 'Your cart misses you, #{first_name}.' }),
      block('pause', 3, 'DELAY', { wait: { kind: 'DURATION', seconds: 86_400 } }),
      block('again', 4, 'MESSAGE', { text: 'Last call!' }),
      block('ask', 5, 'QUESTION', { text: 'Anything else?' }),
      block('bye', 6, 'MESSAGE', { text: 'Bye.' }),
    ],
    connections: [link('wait', 'next', 'remind'), link('remind', 'next', 'pause'), link('pause', 'next', 'again'), link('again', 'next', 'ask'), link('ask', 'answered', 'bye')],
  };
  const steerAt = async (runId: string, command: string, blockId: string | null, until?: string | null) =>
    ((await api.gql('mutation($i: SteerProcessRunInput!) { steerProcessRun(input: $i) { run { status waitUntil } userErrors { reason field } } }', { i: { runId, command, blockId, until } }, anna)) as any)
      .data.steerProcessRun;
  const pending = async (clientId: string) =>
    ((await api.gql(
      'query($id: ID!) { node(id: $id) { ... on Client { pendingProcessSends { sendAt text run { id process { name } } delay { blockId number } next { blockId number } } } } }',
      { id: clientId },
      anna,
    )) as any).data.node.pendingProcessSends;
  const sentAt = (clientId: string, text: string) =>
    select<{ createdAt: Date }>(api.app.orm.em.fork(), 'select m.created_at from message m join conversation c on c.id = m.conversation_id where c.client_id = ? and m.text = ?', [idOf('Client', clientId), text]);

  it('lists the pending message, sends it at the new time (once), sends now, and refuses once the run is past its delay', async () => {
    const processId = await create('Reminder', reminder);
    expect((await publish(processId)).userErrors).toEqual([]);
    const client = clients[3]!;
    const [started] = (await start(processId, [client.id])).runs;
    const waiting = await reaches(started.id, (state) => state.waitingFor === 'DELAY' && state.block?.blockId === 'wait');
    expect(Date.parse(waiting.waitUntil) - Date.now()).toBeGreaterThan(86_000_000);

    // The card's "Messages scheduled" lists what the delay leads to, filled for the client, at the delay's end.
    const [listed] = await pending(client.id);
    expect(listed).toEqual({
      sendAt: waiting.waitUntil,
      text: expect.stringMatching(/^Your cart misses you, \S+\.$/),
      run: { id: started.id, process: { name: 'Reminder' } },
      delay: { blockId: 'wait', number: 1 },
      next: { blockId: 'remind', number: 2 },
    });

    // Rescheduled to 3 s ahead: the row says so at once, the message waits until then and goes out once.
    const target = new Date(Date.now() + 3000);
    const moved = await steerAt(started.id, 'RESCHEDULE', 'wait', target.toISOString());
    expect(moved.userErrors).toEqual([]);
    expect(moved.run.waitUntil).toBe(target.toISOString());
    expect((await pending(client.id))[0].sendAt).toBe(target.toISOString());
    expect(await sentAt(client.id, listed.text)).toEqual([]);
    await reaches(started.id, (state) => state.block?.blockId === 'pause' && state.waitingFor === 'DELAY', 15_000);
    const [sent] = await sentAt(client.id, listed.text);
    expect(sent!.createdAt.getTime()).toBeGreaterThanOrEqual(target.getTime() - 50);
    expect(sent!.createdAt.getTime()).toBeLessThan(target.getTime() + 5000);

    // Send now: the next delay's message goes out at once, and the run goes on to the question.
    expect((await pending(client.id)).map((one: any) => one.next.blockId)).toEqual(['again']);
    expect((await steerAt(started.id, 'RESCHEDULE', 'pause', new Date().toISOString())).userErrors).toEqual([]);
    const asking = await reaches(started.id, (state) => state.waitingFor === 'REPLY', 10_000);
    expect((await botTexts(client.id)).filter((message) => message.text === listed.text || message.text === 'Last call!')).toHaveLength(2);
    const rescheduled = asking.steps.filter((step: any) => step.kind === 'RESCHEDULED');
    expect(rescheduled.map((step: any) => step.block.blockId)).toEqual(['pause', 'wait']);
    expect(rescheduled[1].detail).toBe(target.toISOString());
    const history = await select<{ summary: string }>(api.app.orm.em.fork(), "select summary from client_activity where client_id = ? and summary like 'Reminder: delay%' order by created_at", [idOf('Client', client.id)]);
    expect(history.map((entry) => entry.summary)).toEqual([expect.stringMatching(/^Reminder: delay at block 1 delay 1 rescheduled to /), 'Reminder: delay at block 3 delay 3 ended early']);

    // Past its delays: nothing pending, and reschedule / cancel of a delay are refused; a new time is required.
    expect(await pending(client.id)).toEqual([]);
    expect((await steerAt(started.id, 'RESCHEDULE', 'pause', new Date(Date.now() + 60_000).toISOString())).userErrors).toEqual([{ reason: 'PROCESS_NOT_AT_DELAY', field: 'runId' }]);
    expect((await steerAt(started.id, 'RESCHEDULE', null, new Date(Date.now() + 60_000).toISOString())).userErrors).toEqual([{ reason: 'PROCESS_NOT_AT_DELAY', field: 'runId' }]);
    expect((await steerAt(started.id, 'STOP', 'pause')).userErrors).toEqual([{ reason: 'PROCESS_NOT_AT_DELAY', field: 'runId' }]);
    expect((await steerAt(started.id, 'RESCHEDULE', null, null)).userErrors).toEqual([{ reason: 'PROCESS_DELAY_TIME_INVALID', field: 'until' }]);
    expect((await run(started.id)).status).toBe('AUTO');
    expect((await run(started.id)).steps.filter((step: any) => step.kind === 'RESCHEDULED')).toHaveLength(2);
  }, 60_000);

  it('cancels: the run stops at its delay and the message is never sent', async () => {
    const processId = await create('Reminder two', reminder);
    expect((await publish(processId)).userErrors).toEqual([]);
    const client = clients[4]!;
    const [started] = (await start(processId, [client.id])).runs;
    await reaches(started.id, (state) => state.waitingFor === 'DELAY');
    expect(await pending(client.id)).toHaveLength(1);
    // A stale card naming another delay changes nothing.
    expect((await steerAt(started.id, 'STOP', 'pause')).userErrors).toEqual([{ reason: 'PROCESS_NOT_AT_DELAY', field: 'runId' }]);
    expect((await steerAt(started.id, 'STOP', 'wait')).userErrors).toEqual([]);
    await reaches(started.id, (state) => state.status === 'STOPPED');
    expect(await pending(client.id)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await botTexts(client.id)).some((message) => message.text.startsWith('Your cart misses you'))).toBe(false);
  }, 30_000);
});

it('writes each history entry with the names its words need (the web words it from its data; in English, the summary)', async () => {
  expect([...(await expectHistoryWordedFromData(api))]).toEqual(expect.arrayContaining(['PROCESS']));
});
