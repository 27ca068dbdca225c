// The process editor in a real Chromium: a manager creates a process, adds Message → Question → Message from the
// palette, writes their texts, sees the problems before connecting, connects the blocks (a handle dragged with the
// mouse, and the side panel's "connect to" select), undoes and redoes a connection with the keyboard, is refused
// publishing while the last message leads nowhere, ends it with an End block, publishes version 1 and finds it in
// the history and through the API.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;

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
  const page = await test.login('manager@demo.test', 'demo-manager');
  await page.getByTestId('nav-processes').click();
  await page.getByTestId('process-new-name').fill('Greeting');
  await page.getByTestId('process-create').click();
  await expect.poll(() => page.getByTestId('process-editor').count(), { timeout: 10_000 }).toBe(1);
  const processId = decodeURIComponent(new URL(page.url()).hash.replace('#/processes/', ''));

  await addBlock(page, 'MESSAGE', 'Hello, #{first_name}!', 1);
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

  // #1 → #2 with the mouse, #2 → #3 with the side panel.
  await dragHandle(page, 1, 'next', 2);
  await block(page, 2).click();
  await expect.poll(() => page.getByTestId('block-panel').getAttribute('data-block-id')).toBe(ids[1]);
  await page.getByTestId('block-connect-answered').selectOption(ids[2]!);
  await block(page, 1).click();
  expect(await page.getByTestId('block-connect-next').inputValue()).toBe(ids[1]);

  // Undo takes the last connection away, redo brings it back.
  await block(page, 2).click();
  await leaveFields(page);
  await page.keyboard.press('Control+z');
  await expect.poll(() => page.getByTestId('block-connect-answered').inputValue()).toBe('');
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => page.getByTestId('block-connect-answered').inputValue()).toBe(ids[2]);
  await saved(page);

  // The last message still leads nowhere: publishing is refused with that problem.
  await page.getByTestId('process-publish').click();
  await expect.poll(() => page.getByTestId('process-error').textContent(), { timeout: 10_000 }).toContain('Fix the problems first');
  expect(await page.locator(`[data-testid="process-problem"][data-block-id="${ids[2]}"]`).getAttribute('data-code')).toBe('DANGLING');

  await addBlock(page, 'END', null, 4);
  await block(page, 3).click();
  await page.getByTestId('block-connect-next').selectOption(await blockId(page, 4));
  await saved(page);
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
  await expect.poll(() => page.getByTestId('process-version-canvas').getByTestId('process-block').count()).toBe(4);
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
  expect(published.definition.blocks.map((one) => [one.number, one.type, one.text])).toEqual([
    [1, 'MESSAGE', 'Hello, #{first_name}!'],
    [2, 'QUESTION', 'What would you like to order?'],
    [3, 'MESSAGE', 'Thank you, an operator will answer soon.'],
    [4, 'END', undefined],
  ]);
  expect(published.definition.connections).toEqual([
    { from: ids[0], port: 'next', to: ids[1] },
    { from: ids[1], port: 'answered', to: ids[2] },
    { from: ids[2], port: 'next', to: published.definition.blocks[3]!.id },
  ]);
}, 120_000);
