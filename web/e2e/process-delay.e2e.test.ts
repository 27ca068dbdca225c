// A business process's delay from the inbox, in a real Chromium: while a run waits at a day-long delay, the card's
// "Messages scheduled" lists the message it will send (filled for the client, with its process and block); the
// operator presses Send now and the visitor gets it in the widget at once, the chat shows it, and the item is gone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;

beforeAll(async () => {
  test = await startBrowserTest({ clients: 2 });
}, 180_000);
afterAll(() => test?.stop());

const definition = {
  start: 'wait',
  blocks: [
    { id: 'wait', number: 1, type: 'DELAY', name: 'A day later', wait: { kind: 'DURATION', seconds: 86_400 } },
    { id: 'remind', number: 2, type: 'MESSAGE', name: 'Reminder', text: 'Your cart is waiting, #{first_name}!' },
  ],
  connections: [{ from: 'wait', port: 'next', to: 'remind' }],
};

it('lists a delay’s pending message in "Messages scheduled"; Send now delivers it to the widget', async () => {
  const manager = await test.api.login('manager@demo.test', 'demo-manager');
  const created = await test.api.gql<{ createProcess: { process: { id: string } } }>('mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } } }', { i: { name: 'Cart reminder', definition } }, manager);
  const processId = created.data!.createProcess.process.id;
  const published = await test.api.gql<{ publishProcess: { userErrors: unknown[] } }>('mutation($i: ProcessInput!) { publishProcess(input: $i) { userErrors { reason } } }', { i: { processId } }, manager);
  expect(published.data!.publishProcess.userErrors).toEqual([]);

  const visitor: Page = await test.browser.newPage({ viewport: { width: 380, height: 560 } });
  const { conversationId, clientId } = await test.widgetWrites(visitor, 'I left something in my cart');

  const page = await test.login('anna@demo.test');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await test.openConversation(page, conversationId);
  const section = page.getByTestId('client-scheduled');
  await expect.poll(() => section.textContent(), { timeout: 10_000 }).toContain('Nothing scheduled.');

  // Started from the API while the card is open: the pending message appears live.
  const started = await test.api.gql<{ startProcess: { runs: { id: string }[] } }>('mutation($i: StartProcessInput!) { startProcess(input: $i) { runs { id } } }', { i: { processId, clientIds: [clientId] } }, manager);
  expect(started.data!.startProcess.runs).toHaveLength(1);
  const item = section.getByTestId('scheduled-process-item');
  await expect.poll(() => item.count(), { timeout: 15_000 }).toBe(1);
  expect(await item.locator('.scheduled-item-text').textContent()).toBe('Your cart is waiting, Visitor!');
  expect(await item.getByTestId('scheduled-process-source').textContent()).toBe('Process “Cart reminder”, block 2');
  const due = Date.parse((await item.getByTestId('scheduled-item-due').getAttribute('datetime'))!);
  expect(Math.abs(due - (Date.now() + 86_400_000))).toBeLessThan(60_000);
  await section.scrollIntoViewIfNeeded();
  await test.screenshot(page, 'process-delay-pending');
  const dir = process.env.SCREENSHOTS_DIR ?? process.env.E2E_SCREENSHOTS;
  if (dir) await section.screenshot({ path: `${dir}/process-delay-section.png` });

  // Reschedule opens the project-time calendar at the delay's end; Keep leaves it as it was.
  await item.getByTestId('scheduled-reschedule').click();
  expect(await item.getByTestId('scheduled-new-time').inputValue()).not.toBe('');
  if (dir) await section.screenshot({ path: `${dir}/process-delay-reschedule.png` });
  await item.getByTestId('scheduled-keep').click();

  expect(await visitor.getByTestId('widget-message').filter({ hasText: 'Your cart is waiting' }).count()).toBe(0);
  await item.getByTestId('scheduled-send-now').click();
  await expect.poll(() => visitor.getByTestId('widget-message').filter({ hasText: 'Your cart is waiting, Visitor!' }).count(), { timeout: 15_000 }).toBe(1);
  await expect.poll(() => page.getByTestId('chat-window').getByTestId('message').filter({ hasText: 'Your cart is waiting, Visitor!' }).count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => page.getByTestId('client-processes').getByTestId('process-run').getAttribute('data-status'), { timeout: 10_000 }).toBe('FINISHED');
  await test.screenshot(page, 'process-delay-sent');
  expect(errors).toEqual([]);
}, 120_000);
