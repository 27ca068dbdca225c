// A process's buttons in a real Chromium: the visitor gets a block's file and its question's buttons as quick replies
// under the bot's message (on a desktop and on a 390 px phone), presses one with the keyboard, and the run takes the
// label as its answer; the operator sees the buttons the client was offered as chips and the stored variable.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { select } from '../../api/src/db/rows.ts';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;

beforeAll(async () => {
  test = await startBrowserTest({ clients: 1 });
}, 180_000);
afterAll(() => test?.stop());

const options = ['Pickup at the store', 'Courier to my door', 'Parcel locker near home'];

async function libraryFile(name: string) {
  const owner = await test.api.login('owner@demo.test', 'demo-owner');
  const response = await fetch(`${test.api.url}/files?${new URLSearchParams({ name, library: '1' })}`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', authorization: owner },
    body: new Uint8Array(Buffer.from('%PDF-1.4\n%%EOF\n')),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { file: { id: string } }).file.id;
}

it('shows the question’s buttons in the widget; a press answers the run; the operator sees the chips and the answer', async () => {
  const manager = await test.api.login('manager@demo.test', 'demo-manager');
  await test.api.gql('mutation { createVariableDefinition(input: { scope: CLIENT, key: "delivery", name: "Delivery", type: TEXT }) { userErrors { code } } }', {}, manager);
  const definition = {
    start: 'prices',
    blocks: [
      { id: 'prices', number: 1, type: 'MESSAGE', name: 'Prices', text: 'Here are our prices.', fileIds: [await libraryFile('prices.pdf')] },
      { id: 'how', number: 2, type: 'QUESTION', name: 'Delivery', text: 'How would you like to get your order?', buttons: options, expect: 'BUTTON', variable: 'delivery' },
      { id: 'done', number: 3, type: 'MESSAGE', name: 'Done', text: 'Noted: #{delivery}.' },
    ],
    connections: [
      { from: 'prices', port: 'next', to: 'how' },
      { from: 'how', port: 'answered', to: 'done' },
    ],
  };
  const created = await test.api.gql<{ createProcess: { process: { id: string } } }>('mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } } }', { i: { name: 'Delivery choice', definition } }, manager);
  const processId = created.data!.createProcess.process.id;
  const published = await test.api.gql<{ publishProcess: { userErrors: unknown[] } }>('mutation($i: ProcessInput!) { publishProcess(input: $i) { userErrors { reason } } }', { i: { processId } }, manager);
  expect(published.data!.publishProcess.userErrors).toEqual([]);

  const visitor: Page = await test.browser.newPage({ viewport: { width: 1280, height: 800 } });
  const visitorErrors: string[] = [];
  visitor.on('pageerror', (error) => visitorErrors.push(error.message));
  const { conversationId, clientId } = await test.widgetWrites(visitor, 'Hello, I want to order');

  const page = await test.login('anna@demo.test');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await test.openConversation(page, conversationId);
  const started = await test.api.gql<{ startProcess: { userErrors: unknown[] } }>('mutation($i: StartProcessInput!) { startProcess(input: $i) { userErrors { reason } } }', { i: { processId, clientIds: [clientId] } }, manager);
  expect(started.data!.startProcess.userErrors).toEqual([]);

  // The widget: the file with the first message, then the question with its buttons under it, and only there.
  const replies = visitor.getByTestId('widget-quick-replies');
  await expect.poll(() => replies.count(), { timeout: 15_000 }).toBe(1);
  const question = visitor.getByTestId('widget-message').filter({ hasText: 'How would you like to get your order?' });
  expect(await question.getByTestId('widget-quick-replies').count()).toBe(1);
  expect(await replies.getAttribute('role')).toBe('group');
  expect(await replies.getByRole('button').allTextContents()).toEqual(options);
  expect(await visitor.getByTestId('widget-message').filter({ hasText: 'Here are our prices.' }).getByText('prices.pdf').count()).toBe(1);
  await test.screenshot(visitor, 'process-buttons-widget-desktop');

  // On a phone the buttons wrap inside the screen.
  await visitor.setViewportSize({ width: 390, height: 760 });
  const boxes = await Promise.all((await replies.getByRole('button').all()).map((button) => button.boundingBox()));
  expect(new Set(boxes.map((box) => Math.round(box!.y))).size).toBeGreaterThan(1);
  for (const box of boxes) expect(box!.x + box!.width).toBeLessThanOrEqual(390);
  await test.screenshot(visitor, 'process-buttons-widget-phone');

  // The operator sees what the client was offered, read-only.
  const chips = page.getByTestId('chat-window').getByTestId('message').filter({ hasText: 'How would you like to get your order?' }).getByTestId('message-buttons');
  await expect.poll(() => chips.locator('li').allTextContents(), { timeout: 10_000 }).toEqual(options);
  expect(await chips.locator('button').count()).toBe(0);
  await test.screenshot(page, 'process-buttons-chat-window');

  // A press with the keyboard: the label goes as the visitor's message, the buttons go away, the run goes on.
  const courier = replies.getByRole('button', { name: 'Courier to my door' });
  await courier.focus();
  expect(await courier.evaluate((button) => button === document.activeElement)).toBe(true);
  await visitor.keyboard.press('Enter');
  await expect.poll(() => visitor.getByTestId('widget-message').filter({ hasText: 'Noted: Courier to my door.' }).count(), { timeout: 15_000 }).toBe(1);
  expect(await replies.count()).toBe(0);
  expect(await visitor.locator('[data-testid="widget-message"][data-direction="INBOUND"]').allTextContents()).toEqual([
    expect.stringContaining('Hello, I want to order'),
    expect.stringContaining('Courier to my door'),
  ]);
  await test.screenshot(visitor, 'process-buttons-widget-answered');

  // Stored once; the card shows the run finished and the answer in the client's variable.
  expect(await select(test.api.app.orm.em.fork(), "select id from message where text = 'Courier to my door' and direction = 'INBOUND'")).toHaveLength(1);
  const run = page.getByTestId('client-processes').getByTestId('process-run');
  await expect.poll(() => run.getAttribute('data-status'), { timeout: 15_000 }).toBe('FINISHED');
  await expect.poll(() => page.getByTestId('crm-variables').locator('[data-key="delivery"] input').inputValue(), { timeout: 10_000 }).toBe('Courier to my door');
  expect(errors).toEqual([]);
  expect(visitorErrors).toEqual([]);
}, 120_000);
