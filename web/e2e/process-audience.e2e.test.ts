// The Audience's "Process ▾" for everyone the list's filter matches, in a real Chromium: the operator chooses one
// row, picks "everyone matching the filter (N)", confirms the count, and exactly the matching clients get a run.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { select } from '../../api/src/db/rows.ts';
import { idOf, toGlobalId } from '../../api/src/graphql/global-id.ts';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;

beforeAll(async () => {
  test = await startBrowserTest({ clients: 7 });
}, 180_000);
afterAll(() => test?.stop());

it('starts a process for everyone matching the Audience’s filter after a confirmation with their count', async () => {
  const manager = await test.api.login('manager@demo.test', 'demo-manager');
  const gql = async (query: string, variables: object) => {
    const result: any = await test.api.gql(query, variables, manager);
    expect(result.errors).toBeUndefined();
    return result.data;
  };
  // Three of the clients are tagged "goldtier": the Audience's search finds them by their tag's name.
  const clients = (await select<{ id: string }>(test.api.app.orm.em.fork(), 'select id from client order by created_at, id')).map((row) => toGlobalId('Client', row.id));
  const gold = [clients[0]!, clients[2]!, clients[5]!];
  const tag = (await gql('mutation($i: CreateLabelInput!) { createLabel(input: $i) { label { id } } }', { i: { kind: 'TAG', name: 'goldtier' } })).createLabel.label.id;
  await gql('mutation($i: ClientLabelsInput!) { addClientLabels(input: $i) { userErrors { code } } }', { i: { clientIds: gold, labelIds: [tag] } });
  const definition = { start: 'm', blocks: [{ id: 'm', number: 1, type: 'MESSAGE', name: 'Hello', text: 'A gift for our gold clients.' }] };
  const processId = (await gql('mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } } }', { i: { name: 'Gold gift', definition } })).createProcess.process.id;
  expect((await gql('mutation($i: ProcessInput!) { publishProcess(input: $i) { userErrors { reason } } }', { i: { processId } })).publishProcess.userErrors).toEqual([]);

  const page = await test.login('anna@demo.test');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.getByTestId('nav-audience').click();
  const rows = page.getByTestId('audience-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(3);
  await page.getByTestId('audience-search').fill('goldtier');
  await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(3);
  await rows.first().getByTestId('audience-row-check').check();

  await page.getByTestId('bulk-process').click();
  const picker = page.getByTestId('process-picker');
  expect(await picker.getByTestId('process-to-chosen').isChecked()).toBe(true);
  await expect.poll(() => picker.getByTestId('process-matching-count').textContent(), { timeout: 10_000 }).toBe('Everyone matching the filter (3)');
  await picker.getByTestId('process-to-matching').check();
  await picker.getByTestId('process-option').filter({ hasText: 'Gold gift' }).click();
  // Nothing starts before the confirmation, which says how many.
  const confirm = picker.getByTestId('process-confirm');
  expect(await confirm.textContent()).toContain('Start “Gold gift” for 3 clients matching the filter?');
  const runClients = async () => (await select<{ clientId: string }>(test.api.app.orm.em.fork(), 'select client_id from process_run where process_id = ?', [idOf('Process', processId)])).map((row) => toGlobalId('Client', row.clientId)).sort();
  expect(await runClients()).toEqual([]);
  await test.screenshot(page, 'process-audience-confirm');

  await confirm.getByTestId('process-confirm-start').click();
  await expect.poll(() => picker.getByTestId('process-outcome').textContent(), { timeout: 10_000 }).toMatch(/^Started for 3 clients/);
  expect(await runClients()).toEqual([...gold].sort());
  await test.screenshot(page, 'process-audience-started');
  expect(errors).toEqual([]);
}, 120_000);

it('edits a SCHEDULE trigger in the editor’s Triggers panel: every few hours, for clients matching conditions', async () => {
  const manager = await test.api.login('manager@demo.test', 'demo-manager');
  const definition = { start: 'm', blocks: [{ id: 'm', number: 1, type: 'MESSAGE', name: 'News', text: 'Our news.' }] };
  const created = await test.api.gql<{ createProcess: { process: { id: string } } }>('mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } } }', { i: { name: 'Newsletter', definition } }, manager);
  const processId = created.data!.createProcess.process.id;
  const page = await test.login('manager@demo.test', 'demo-manager');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.evaluate((id) => (location.hash = `#/processes/${encodeURIComponent(id)}`), processId);
  await expect.poll(() => page.getByTestId('process-editor').count(), { timeout: 10_000 }).toBe(1);
  await page.getByTestId('process-triggers').click();
  await page.getByTestId('trigger-add').click();
  await page.getByTestId('trigger-type').selectOption('SCHEDULE');
  await page.getByTestId('schedule-every').selectOption('HOURS');
  await page.getByTestId('schedule-hours').fill('6');
  await expect.poll(() => page.getByTestId('process-save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
  type Draft = { node: { draft: { triggers: Record<string, unknown>[] } } };
  const draft = async () => (await test.api.gql<Draft>('query($id: ID!) { node(id: $id) { ... on Process { draft } } }', { id: processId }, manager)).data!.node.draft;
  await expect.poll(async () => (await draft()).triggers, { timeout: 10_000 }).toEqual([
    { type: 'SCHEDULE', id: expect.stringMatching(/^schedule-/), every: { kind: 'HOURS', hours: 6 }, segment: { kind: 'CONDITIONS', match: 'ALL', conditions: [] } },
  ]);
  await page.getByTestId('schedule-every').selectOption('DAYS');
  await page.getByTestId('schedule-add-condition').click();
  await test.screenshot(page, 'process-schedule-trigger');
  expect(errors).toEqual([]);
}, 120_000);
