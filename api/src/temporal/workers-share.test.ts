// Workers scale by task queue: two worker processes on one queue share the runs, and one of them killed midway
// leaves the other to finish them all, none executed twice (each step once, each message once).
import { inject } from 'vitest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventually, startTestApi, startWorkerProcess, type TestApi } from '../../test/harness.ts';
import { select } from '../db/rows.ts';
import { idOf } from '../graphql/global-id.ts';

let api: TestApi;
let workers: Awaited<ReturnType<typeof startWorkerProcess>>[] = [];

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 16 });
  // Sends take a moment, so that both workers have work in flight when one is killed.
  workers = [await startWorkerProcess(api, { SLOW_SEND_MS: '50' }), await startWorkerProcess(api, { SLOW_SEND_MS: '50' })];
}, 120_000);
afterAll(async () => {
  for (const worker of workers) await worker.kill();
  await api?.stop();
});

const block = (id: string, number: number, type: string, fields: object = {}) => ({ id, number, type, name: `${type.toLowerCase()} ${number}`, ...fields });

it('shares the runs of one task queue between two workers, and the survivor finishes them once when one is killed', async () => {
  const manager = await api.login('manager@demo.test', 'demo-manager');
  const definition = {
    start: 'hi',
    blocks: [block('hi', 1, 'MESSAGE', { text: 'Hi' }), block('wait', 2, 'DELAY', { wait: { kind: 'DURATION', seconds: 2 } }), block('bye', 3, 'MESSAGE', { text: 'Bye' }), block('end', 4, 'END')],
    connections: [{ from: 'hi', port: 'next', to: 'wait' }, { from: 'wait', port: 'next', to: 'bye' }, { from: 'bye', port: 'next', to: 'end' }],
  };
  const created: any = await api.gql('mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } userErrors { code } } }', { i: { name: 'Two workers', definition } }, manager);
  const processId = created.data.createProcess.process.id;
  const published: any = await api.gql('mutation($i: ProcessInput!) { publishProcess(input: $i) { userErrors { reason } } }', { i: { processId } }, manager);
  expect(published.data.publishProcess.userErrors).toEqual([]);
  const clientIds = (await select<{ id: string }>(api.app.orm.em.fork(), 'select id from client order by created_at, id')).map((row) => Buffer.from(`Client:${row.id}`).toString('base64url'));
  const started: any = await api.gql('mutation($i: StartProcessInput!) { startProcess(input: $i) { runs { id } userErrors { reason } } }', { i: { processId, clientIds } }, manager);
  expect(started.data.startProcess.runs).toHaveLength(16);

  // Both workers poll; the one that took the runs' first tasks is killed while they wait at their delay (or still
  // send their first message), so the other finishes what it left.
  const runIds = started.data.startProcess.runs.map((run: { id: string }) => idOf('ProcessRun', run.id)!);
  const statuses = () => select<{ status: string; blockId: string | null }>(api.app.orm.em.fork(), 'select status, block_id from process_run where id in (?)', [runIds]);
  await eventually(async () => (await statuses()).filter((run) => run.blockId === 'wait').length >= 4);
  const { Client: TemporalClient, Connection } = await import('@temporalio/client');
  const connection = await Connection.connect({ address: inject('temporalAddress') });
  const temporal = new TemporalClient({ connection });
  const workflowIds = clientIds.map((clientId) => `process-${idOf('Process', processId)}-${idOf('Client', clientId)}`);
  /** The workers (by pid) that completed workflow tasks of the runs. */
  const workedPids = async () => {
    const pids = new Set<number>();
    for (const workflowId of workflowIds) {
      const history = await temporal.workflow.getHandle(workflowId).fetchHistory();
      for (const event of history.events ?? []) {
        const identity = event.workflowTaskCompletedEventAttributes?.identity;
        if (identity) pids.add(Number(identity.split('@')[0]));
      }
    }
    return pids;
  };
  try {
    const busy = await eventually(async () => {
      const pids = await workedPids();
      return pids.size > 0 && pids;
    });
    const killed = workers.find((worker) => busy.has(worker.pid))!;
    await killed.kill();
    await eventually(async () => (await statuses()).every((run) => run.status === 'FINISHED'), 60_000);
    expect([...(await workedPids())].sort()).toEqual(workers.map((worker) => worker.pid).sort());
  } finally {
    await connection.close();
  }

  // Each client got each message once, each sent once (a send the killed worker held goes once its claim runs
  // out; one stored by its dying attempt is handed over again by the survivor's); each run's steps once.
  await eventually(async () => (await select<{ n: number }>(api.app.orm.em.fork(), "select count(*)::int as n from message where sender_kind = 'BOT' and status <> 'SENT'"))[0]!.n === 0, 90_000);
  const texts = await select<{ clientId: string; texts: string[] }>(
    api.app.orm.em.fork(),
    `select c.client_id, array_agg(m.text order by m.created_at) as texts from message m join conversation c on c.id = m.conversation_id where m.sender_kind = 'BOT' group by c.client_id`,
  );
  expect(texts).toHaveLength(16);
  for (const client of texts) expect(client.texts).toEqual(['Hi', 'Bye']);
  const entered = await select<{ n: number }>(api.app.orm.em.fork(), "select count(*)::int as n from process_run_step where run_id in (?) and kind = 'ENTERED' group by run_id", [runIds]);
  expect(entered.map((run) => run.n)).toEqual(Array(16).fill(4));
}, 240_000);
