import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client as TemporalClient, Connection } from '@temporalio/client';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { ensureSchedules, schedules } from '../../../workflows/src/maintenance/contract.ts';
import { eventually, startTestApi, type TestApi } from '../../test/harness.ts';
import { select, selectOne } from '../db/rows.ts';
import { idOf, toGlobalId } from '../graphql/global-id.ts';

// Uploads that never reached a message are erased, rows and bytes, by an hourly Temporal schedule after a day.
let api: TestApi;
let filesDir: string;
let owner: string;

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  filesDir = await mkdtemp(join(tmpdir(), 'inbox-stale-uploads-'));
  api = await startTestApi({ files: { dir: filesDir } });
  await api.seed({ clients: 1 });
  owner = await api.login('owner@demo.test', 'demo-owner');
});
afterAll(async () => {
  await api?.stop();
  await rm(filesDir, { recursive: true, force: true });
});

async function upload(name: string, type: string, body: Buffer, library = false): Promise<string> {
  const query = new URLSearchParams({ name, ...(library ? { library: '1' } : {}) });
  const response = await fetch(`${api.url}/files?${query}`, { method: 'POST', headers: { 'content-type': type, authorization: owner }, body: new Uint8Array(body) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { file: { id: string } }).file.id;
}

const storedIds = async () => (await readdir(filesDir, { recursive: true })).map((path) => path.split('/').pop()!).filter((name) => /^[0-9a-f-]{36}$/.test(name));
const ageByHours = (globalId: string, hours: number) =>
  api.app.orm.em.fork().execute(`update file set created_at = now() - make_interval(hours => ?) where id = ?`, [hours, idOf('File', globalId)]);

it('erases uploads abandoned for a day from the hourly schedule, keeping sent, library, import and newer files', async () => {
  const abandoned = await upload('draft.png', 'image/png', png);
  const recent = await upload('recent.png', 'image/png', png);
  const library = await upload('price-list.png', 'image/png', png, true);
  const sent = await upload('sent.png', 'image/png', png);
  const csv = await upload('clients.csv', 'text/csv', Buffer.from('name,phone\nIvan,+7 900 000 00 00\n'));

  const conversation = (await selectOne<{ id: string }>(api.app.orm.em.fork(), 'select id from conversation limit 1'))!;
  const send: any = await api.gql(
    'mutation($i: SendMessageInput!) { sendMessage(input: $i) { userErrors { code message } } }',
    { i: { conversationId: toGlobalId('Conversation', conversation.id), text: 'Here it is', fileIds: [sent] } },
    owner,
  );
  expect(send.data.sendMessage.userErrors).toEqual([]);
  const job: any = await api.gql('mutation($i: ImportClientsInput!) { importClients(input: $i) { userErrors { code message } } }', { i: { fileId: csv } }, owner);
  expect(job.data.importClients.userErrors).toEqual([]);

  for (const id of [abandoned, library, sent, csv]) await ageByHours(id, 25);
  await ageByHours(recent, 23);
  const before = await storedIds();
  expect(before).toContain(idOf('File', abandoned));

  const connection = await Connection.connect({ address: inject('temporalAddress') });
  const client = new TemporalClient({ connection });
  const prefix = `test-${randomBytes(4).toString('hex')}-`;
  await ensureSchedules(client, { taskQueue: api.taskQueue, idPrefix: prefix });
  try {
    const handle = client.schedule.getHandle(`${prefix}purge-stale-uploads`);
    expect((await handle.describe()).action).toMatchObject({ type: 'startWorkflow', workflowType: 'purgeStaleUploads' });
    await handle.trigger();
    const gone = async () => !(await selectOne(api.app.orm.em.fork(), 'select 1 from file where id = ?', [idOf('File', abandoned)]));
    await eventually(gone, 20_000);
  } finally {
    for (const schedule of schedules) await client.schedule.getHandle(`${prefix}${schedule.id}`).delete();
    await connection.close();
  }

  const rows = await select<{ id: string }>(api.app.orm.em.fork(), 'select id from file order by created_at');
  expect(rows.map((row) => toGlobalId('File', row.id)).sort()).toEqual([recent, library, sent, csv].sort());
  expect((await storedIds()).sort()).toEqual(before.filter((id) => id !== idOf('File', abandoned)).sort());
});
