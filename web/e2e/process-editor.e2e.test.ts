// The process editor in a real Chromium: a manager creates a process, adds Message → Question → Message from the
// palette, writes their texts, sees the problems before connecting, connects the blocks (a handle dragged with the
// mouse, and the side panel's "connect to" select), undoes and redoes a connection with the keyboard, is refused
// publishing while the last message leads nowhere, ends it with an End block, publishes version 1 and finds it in
// the history and through the API.
import { Readable } from 'node:stream';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;
let page: Page;

beforeAll(async () => {
  test = await startBrowserTest({ clients: 2 });
}, 180_000);
afterAll(() => test?.stop());

type Published = { node: { name: string; published: { version: number; definition: { start: string; blocks: { id: string; number: number; type: string; text?: string }[]; connections: { from: string; port: string; to: string }[] } } | null } };

const block = (page: Page, number: number) => page.locator(`[data-testid="process-block"][data-number="${number}"]`);
const blockId = async (page: Page, number: number) => (await block(page, number).getAttribute('data-block-id'))!;
const saved = (page: Page) => expect.poll(() => page.getByTestId('process-save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
// Keys go to the canvas, not to a field of the side panel.
const leaveFields = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

async function addBlock(page: Page, type: string, text: string | null, number: number) {
  await page.getByTestId(`palette-${type}`).click();
  await expect.poll(() => block(page, number).count()).toBe(1);
  await expect.poll(async () => page.getByTestId('block-panel').getAttribute('data-block-id')).toBe(await blockId(page, number));
  if (text !== null) await page.getByTestId('block-panel').getByTestId('block-text').fill(text);
}

async function dragHandle(page: Page, from: number, port: string, to: number) {
  const source = (await block(page, from).getByTestId(`handle-${port}`).boundingBox())!;
  const target = (await block(page, to).locator('.process-handle-in').boundingBox())!;
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(source.x + 30, source.y + 40, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 10 });
  await page.mouse.up();
}

it('builds, checks and publishes a process, with undo/redo, and the API has the published version', async () => {
  const uploaded = await fetch(`${test.api.url}/files?name=price.pdf&library=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', authorization: await test.api.login('manager@demo.test', 'demo-manager') },
    body: '%PDF-1.4 price list',
  });
  expect(uploaded.status).toBe(201);
  page = await test.login('manager@demo.test', 'demo-manager');
  await page.getByTestId('nav-processes').click();
  await page.getByTestId('process-new-name').fill('Greeting');
  await page.getByTestId('process-create').click();
  await expect.poll(() => page.getByTestId('process-editor').count(), { timeout: 10_000 }).toBe(1);
  const processId = decodeURIComponent(new URL(page.url()).hash.replace('#/processes/', ''));

  await addBlock(page, 'MESSAGE', 'Hello, #{first_name}!', 1);
  // The greeting goes with a file of the project's library.
  await page.getByTestId('block-library').click();
  await page.getByTestId('library-file').filter({ hasText: 'price.pdf' }).locator('.library-pick').click();
  await expect.poll(() => page.getByTestId('block-file').textContent()).toContain('price.pdf');
  await test.screenshot(page, 'process-editor-files');
  await addBlock(page, 'QUESTION', 'What would you like to order?', 2);
  await addBlock(page, 'MESSAGE', 'Thank you, an operator will answer soon.', 3);
  expect(await block(page, 1).getByTestId('process-block-start').count()).toBe(1);
  await saved(page);

  // Before connecting: the blocks after the first cannot be reached, and the first leads nowhere.
  const problems = page.getByTestId('process-problem');
  await expect.poll(() => problems.evaluateAll((items) => items.map((item) => item.getAttribute('data-code'))), { timeout: 10_000 }).toEqual(expect.arrayContaining(['DANGLING', 'UNREACHABLE']));
  const ids = [await blockId(page, 1), await blockId(page, 2), await blockId(page, 3)];
  await page.locator(`[data-testid="process-problem"][data-code="UNREACHABLE"][data-block-id="${ids[1]}"] button`).click();
  expect(await page.getByTestId('block-panel').getAttribute('data-block-id')).toBe(ids[1]);
  expect(await block(page, 2).getAttribute('class')).toContain('has-problem');
  await test.screenshot(page, 'process-editor-problems');

  // #1 → #2 with the mouse (the whole diagram in view first), #2 → #3 with the side panel.
  await page.locator('.solid-flow__controls-fitview').click();
  await dragHandle(page, 1, 'next', 2);
  await block(page, 2).click();
  await expect.poll(() => page.getByTestId('block-panel').getAttribute('data-block-id')).toBe(ids[1]);
  await page.getByTestId('block-connect-answered').selectOption(ids[2]!);
  await block(page, 1).click();
  expect(await page.getByTestId('block-connect-next').inputValue()).toBe(ids[1]);
  // Both connections are drawn, each from its own port's handle.
  for (const edge of [`${ids[0]}:next`, `${ids[1]}:answered`]) {
    await expect.poll(() => page.locator(`.solid-flow__edge[data-id="${edge}"] path.solid-flow__edge-path`).getAttribute('d')).toMatch(/^M/);
  }
  expect(await page.locator('.solid-flow__edge').count()).toBe(2);

  // Undo takes the last connection away, redo brings it back.
  await block(page, 2).click();
  await leaveFields(page);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.getByTestId('block-connect-answered').inputValue()).toBe('');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => page.getByTestId('block-connect-answered').inputValue()).toBe(ids[2]);
  await saved(page);

  // A last block with one way on may end the run: nothing is left to fix.
  await expect.poll(() => page.getByTestId('process-no-problems').count(), { timeout: 10_000 }).toBe(1);
  await test.screenshot(page, 'process-editor');
  await page.getByTestId('process-publish').click();
  await expect.poll(() => page.getByTestId('process-notice').textContent(), { timeout: 10_000 }).toBe('Published version 1');

  await page.getByTestId('process-history').click();
  const version = page.getByTestId('process-version');
  await expect.poll(() => version.count()).toBe(1);
  expect(await version.getAttribute('data-version')).toBe('1');
  expect(await version.textContent()).toContain('Manager');
  await version.getByTestId('process-version-view').click();
  await expect.poll(() => page.getByTestId('process-version-canvas').getByTestId('process-block').count()).toBe(3);
  expect(await page.getByTestId('process-diff').textContent()).toContain('The draft has the same blocks.');
  await test.screenshot(page, 'process-editor-version');

  const manager = await test.api.login('manager@demo.test', 'demo-manager');
  const read = await test.api.gql<Published>(
    'query($id: ID!) { node(id: $id) { ... on Process { name published { version definition } } } }',
    { id: processId },
    manager,
  );
  const published = read.data!.node.published!;
  expect(published.version).toBe(1);
  expect(published.definition.start).toBe(ids[0]);
  expect(published.definition.blocks.map((one) => (one as { fileIds?: string[] }).fileIds?.length ?? 0)).toEqual([1, 0, 0]);
  expect(published.definition.blocks.map((one) => [one.number, one.type, one.text])).toEqual([
    [1, 'MESSAGE', 'Hello, #{first_name}!'],
    [2, 'QUESTION', 'What would you like to order?'],
    [3, 'MESSAGE', 'Thank you, an operator will answer soon.'],
  ]);
  expect(published.definition.connections).toEqual([
    { from: ids[0], port: 'next', to: ids[1] },
    { from: ids[1], port: 'answered', to: ids[2] },
  ]);

  // Live counters: a client started on the process waits at the question, and the draft's block #2 says so.
  await page.getByTestId('process-history').click();
  await expect.poll(() => block(page, 2).getByTestId('process-block-counters').textContent(), { timeout: 10_000 }).toBe('Now: 0Today: 0');
  const clients = await test.api.gql<{ clients: { edges: { node: { id: string } }[] } }>('query { clients(first: 1) { edges { node { id } } } }', {}, manager);
  const started = await test.api.gql<{ startProcess: { runs: { id: string }[]; userErrors: { message: string }[] } }>(
    'mutation($input: StartProcessInput!) { startProcess(input: $input) { runs { id } userErrors { message } } }',
    { input: { processId, clientIds: [clients.data!.clients.edges[0]!.node.id] } },
    manager,
  );
  expect(started.data!.startProcess).toMatchObject({ runs: [expect.anything()], userErrors: [] });
  await expect.poll(() => block(page, 2).getByTestId('process-block-counters').textContent(), { timeout: 20_000 }).toBe('Now: 1Today: 1');
  expect(await block(page, 1).getByTestId('process-block-counters').textContent()).toBe('Now: 0Today: 1');
  await test.screenshot(page, 'process-editor-counters');

  // Copy and paste a block (a new id and number, moved aside), then delete the copy with the keyboard.
  await block(page, 3).click();
  await leaveFields(page);
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect.poll(() => block(page, 4).count()).toBe(1);
  const copy = await blockId(page, 4);
  expect(ids).not.toContain(copy);
  expect(await page.getByTestId('block-panel').getAttribute('data-block-id')).toBe(copy);
  expect(await page.getByTestId('block-panel').getByTestId('block-text').inputValue()).toBe('Thank you, an operator will answer soon.');
  await leaveFields(page);
  await page.keyboard.press('Delete');
  await expect.poll(() => page.getByTestId('process-block').count()).toBe(3);

  // Dragging a block moves it, and the draft keeps where it was put.
  const before = (await block(page, 3).boundingBox())!;
  await page.mouse.move(before.x + 40, before.y + 20);
  await page.mouse.down();
  await page.mouse.move(before.x + 140, before.y + 60, { steps: 8 });
  await page.mouse.up();
  await saved(page);
  type Draft = { node: { draft: { blocks: { number: number; position: { x: number; y: number } }[] } } };
  const draft = (await test.api.gql<Draft>('query($id: ID!) { node(id: $id) { ... on Process { draft } } }', { id: processId }, manager)).data!.node.draft;
  const moved = draft.blocks.find((one) => one.number === 3)!.position;
  const original = published.definition.blocks[2] as unknown as { position: { x: number; y: number } };
  expect(Math.round(moved.x - original.position.x)).toBeGreaterThan(50);
  expect(draft.blocks).toHaveLength(3);
}, 120_000);

it('lists the process with its version and runs, exports its draft, imports it as a new process, and refuses to delete one with runs', async () => {
  await page.getByTestId('process-back').click();
  const rowOf = (name: string) => page.getByTestId('process-row').filter({ has: page.getByTestId('process-open').getByText(name, { exact: true }) });
  const row = rowOf('Greeting');
  await expect.poll(() => row.getByTestId('process-version').textContent(), { timeout: 10_000 }).toBe('Version 1');
  // The draft was moved after publishing: it has changes to publish.
  expect(await row.getByTestId('process-unpublished').count()).toBe(1);
  expect(await row.getByTestId('process-runs').textContent()).toBe('Active: 1');

  const [download] = await Promise.all([page.waitForEvent('download'), row.getByTestId('process-export').click()]);
  expect(download.suggestedFilename()).toBe('Greeting.json');
  const exported = JSON.parse(await new Response(Readable.toWeb(await download.createReadStream()) as ReadableStream).text()) as { blocks: unknown[]; connections: unknown[] };
  expect(exported.blocks).toHaveLength(3);

  await page.getByTestId('process-import-file').setInputFiles({ name: 'Greeting copy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect.poll(() => page.getByTestId('process-editor').count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => page.getByTestId('process-block').count()).toBe(3);
  expect(await page.getByTestId('process-name').inputValue()).toBe('Greeting copy');
  await expect.poll(() => page.getByTestId('process-no-problems').count(), { timeout: 10_000 }).toBe(1);

  await page.getByTestId('process-back').click();
  await expect.poll(() => page.getByTestId('process-row').count(), { timeout: 10_000 }).toBe(2);
  await row.getByTestId('process-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect.poll(() => page.getByTestId('processes-error').textContent(), { timeout: 10_000 }).toContain('Clients are still going through the process (1)');
  const copy = rowOf('Greeting copy');
  await copy.getByTestId('process-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect.poll(() => page.getByTestId('process-row').count(), { timeout: 10_000 }).toBe(1);
  await test.screenshot(page, 'process-list');
}, 60_000);

it('edits a condition (the inbox filter builder), an action with a tag, a weekday delay and an HTTP call, and restores a version', async () => {
  const manager = await test.api.login('manager@demo.test', 'demo-manager');
  const created = await test.api.gql<{ createLabel: { label: { id: string } } }>('mutation { createLabel(input: { kind: TAG, name: "VIP" }) { label { id } } }', {}, manager);
  const tag = created.data!.createLabel.label.id;
  // The tag is news to this page's cache.
  await page.reload();
  await expect.poll(() => page.getByTestId('processes-page').count(), { timeout: 10_000 }).toBe(1);
  await page.getByTestId('process-new-name').fill('Fields');
  await page.getByTestId('process-create').click();
  await expect.poll(() => page.getByTestId('process-editor').count(), { timeout: 10_000 }).toBe(1);
  const processId = decodeURIComponent(new URL(page.url()).hash.replace('#/processes/', ''));
  const panel = page.getByTestId('block-panel');

  await addBlock(page, 'CONDITION', null, 1);
  await panel.getByTestId('block-add-condition').click();
  await panel.getByTestId('filter-is').uncheck();
  await addBlock(page, 'ACTION', null, 2);
  await panel.getByTestId('block-target').selectOption({ label: 'VIP' });
  await addBlock(page, 'DELAY', null, 3);
  await panel.getByTestId('block-wait-kind').selectOption('WEEKDAY');
  await addBlock(page, 'HTTP', null, 4);
  await panel.getByTestId('block-url').fill('https://example.test/orders/#{client_id}');
  await saved(page);
  await test.screenshot(page, 'process-editor-http');
  await page.locator('.solid-flow__controls-fitview').click();
  await block(page, 1).click();
  await test.screenshot(page, 'process-editor-condition');
  // A connection chosen in the panel, then selected on the canvas and deleted with the keyboard.
  const conditionId = await blockId(page, 1);
  await panel.getByTestId('block-connect-yes').selectOption(await blockId(page, 2));
  const edge = page.locator(`.solid-flow__edge[data-id="${conditionId}:yes"]`);
  await expect.poll(() => edge.count()).toBe(1);
  await edge.dispatchEvent('click');
  await expect.poll(() => edge.getAttribute('class')).toContain('selected');
  await leaveFields(page);
  await page.keyboard.press('Backspace');
  await expect.poll(() => edge.count()).toBe(0);
  await block(page, 2).click();
  await block(page, 1).click();
  expect(await panel.getByTestId('block-connect-yes').inputValue()).toBe('');
  await saved(page);

  type Draft = { node: { draft: { blocks: Record<string, unknown>[] } } };
  const draft = async () => (await test.api.gql<Draft>('query($id: ID!) { node(id: $id) { ... on Process { draft } } }', { id: processId }, manager)).data!.node.draft;
  expect((await draft()).blocks).toMatchObject([
    { type: 'CONDITION', match: 'ALL', conditions: [{ field: 'HAS_PHONE', is: false }] },
    { type: 'ACTION', action: 'ADD_TAG', targetId: tag },
    { type: 'DELAY', wait: { kind: 'WEEKDAY', days: [1, 2, 3, 4, 5], time: '10:00' } },
    { type: 'HTTP', method: 'POST', url: 'https://example.test/orders/#{client_id}' },
  ]);

  // Back to the first process: restore its version 1 over the moved draft.
  await page.getByTestId('process-back').click();
  await page.getByTestId('process-row').filter({ has: page.getByTestId('process-open').getByText('Greeting', { exact: true }) }).getByTestId('process-open').click();
  await expect.poll(() => page.getByTestId('process-block').count(), { timeout: 10_000 }).toBe(3);
  await page.getByTestId('process-history').click();
  await page.getByTestId('process-version').getByTestId('process-version-view').click();
  expect(await page.getByTestId('process-diff').textContent()).toMatch(/Changed in the draft: #3|same blocks/);
  await page.getByTestId('process-version-restore').click();
  await page.getByTestId('confirm-ok').click();
  await expect.poll(() => page.getByTestId('process-unpublished').count()).toBe(0);
  await page.getByTestId('process-back').click();
  await expect.poll(() => page.getByTestId('process-row').filter({ hasText: 'Greeting' }).first().getByTestId('process-version').textContent()).toBe('Version 1');
  await expect.poll(() => page.getByTestId('process-unpublished').count(), { timeout: 10_000 }).toBe(0);
}, 60_000);
