// Business processes from the inbox, in a real Chromium: an operator starts a published process for a client from
// the card; the visitor gets its message and question in the widget and answers; the operator sees the answer
// stored in the client's variable, the run move through its blocks live, and steers a second run by hand; then sends
// the client a block of the process from the composer.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;

beforeAll(async () => {
  test = await startBrowserTest({ clients: 3 });
}, 180_000);
afterAll(() => test?.stop());

const definition = {
  start: 'hello',
  blocks: [
    { id: 'hello', number: 1, type: 'MESSAGE', name: 'Greeting', text: 'Hi #{first_name}! Two quick questions.' },
    { id: 'city', number: 2, type: 'QUESTION', name: 'City', text: 'Which city are you in?', variable: 'city', timeoutSeconds: 600 },
    { id: 'thanks', number: 3, type: 'MESSAGE', name: 'Thanks', text: 'Thank you, we deliver to #{city}.' },
  ],
  connections: [
    { from: 'hello', port: 'next', to: 'city' },
    { from: 'city', port: 'answered', to: 'thanks' },
  ],
};

it('starts a process from the card; the visitor answers in the widget; the card shows the stored answer and the run live', async () => {
  const manager = await test.api.login('manager@demo.test', 'demo-manager');
  await test.api.gql('mutation { createVariableDefinition(input: { scope: CLIENT, key: "city", name: "City", type: TEXT }) { userErrors { code } } }', {}, manager);
  const created = await test.api.gql<{ createProcess: { process: { id: string } } }>('mutation($i: CreateProcessInput!) { createProcess(input: $i) { process { id } } }', { i: { name: 'Delivery survey', definition } }, manager);
  const processId = created.data!.createProcess.process.id;
  const published = await test.api.gql<{ publishProcess: { userErrors: unknown[] } }>('mutation($i: ProcessInput!) { publishProcess(input: $i) { userErrors { reason } } }', { i: { processId } }, manager);
  expect(published.data!.publishProcess.userErrors).toEqual([]);

  const visitor: Page = await test.browser.newPage({ viewport: { width: 380, height: 560 } });
  const { conversationId } = await test.widgetWrites(visitor, 'Do you deliver?');

  const page = await test.login('anna@demo.test');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await test.openConversation(page, conversationId);
  const section = page.getByTestId('client-processes');
  await expect.poll(() => section.textContent(), { timeout: 10_000 }).toContain('Not in any process.');
  await section.getByTestId('process-start-select').selectOption({ label: 'Delivery survey' });
  await section.getByTestId('process-start').click();

  const run = section.getByTestId('process-run');
  await expect.poll(() => run.getAttribute('data-block'), { timeout: 15_000 }).toBe('city');
  expect(await run.getByTestId('process-run-status').textContent()).toBe('Auto');
  expect(await run.getByTestId('process-run-block').textContent()).toBe('Block 2 · City');
  await expect.poll(() => run.getByTestId('process-run-waiting').textContent(), { timeout: 10_000 }).toContain('Waits for the client’s answer');
  await test.screenshot(page, 'process-card-waiting');

  // The visitor gets the greeting (filled for them) and the question, and answers.
  await expect.poll(() => visitor.getByTestId('widget-message').allTextContents(), { timeout: 15_000 }).toEqual(
    expect.arrayContaining([expect.stringMatching(/Hi \S+! Two quick questions\./), expect.stringContaining('Which city are you in?')]),
  );
  await visitor.getByTestId('widget-input').fill('Kazan');
  await visitor.getByTestId('widget-send').click();
  await expect.poll(() => visitor.getByTestId('widget-message').allTextContents(), { timeout: 15_000 }).toEqual(expect.arrayContaining([expect.stringContaining('Thank you, we deliver to Kazan.')]));

  await expect.poll(() => run.getAttribute('data-status'), { timeout: 15_000 }).toBe('FINISHED');
  expect(await run.getByTestId('process-run-status').textContent()).toBe('Finished');
  await expect.poll(() => page.getByTestId('crm-variables').locator('[data-key="city"] input').inputValue(), { timeout: 10_000 }).toBe('Kazan');
  // The block counters moved: each block was entered once today.
  const counters = await test.api.gql<{ node: { published: { blocks: { blockId: string; enteredToday: number; activeCount: number }[] } } }>(
    'query($id: ID!) { node(id: $id) { ... on Process { published { blocks { blockId enteredToday activeCount } } } } }',
    { id: processId },
    manager,
  );
  expect(counters.data!.node.published.blocks).toEqual([
    { blockId: 'hello', enteredToday: 1, activeCount: 0 },
    { blockId: 'city', enteredToday: 1, activeCount: 0 },
    { blockId: 'thanks', enteredToday: 1, activeCount: 0 },
  ]);
  await test.screenshot(page, 'process-card-finished');

  // A second run, steered by hand: Manual stops it at the question; Auto at block 3 finishes it without an answer.
  await section.getByTestId('process-start-select').selectOption({ label: 'Delivery survey' });
  await section.getByTestId('process-start').click();
  const second = section.locator('[data-testid="process-run"][data-status="AUTO"]');
  await expect.poll(() => second.getAttribute('data-block'), { timeout: 15_000 }).toBe('city');
  await second.getByTestId('process-run-manual').click();
  await expect.poll(() => section.locator('[data-testid="process-run"][data-status="MANUAL"]').count(), { timeout: 10_000 }).toBe(1);
  const manual = section.locator('[data-testid="process-run"][data-status="MANUAL"]');
  expect(await manual.getByTestId('process-run-status').textContent()).toBe('Manual');
  await test.screenshot(page, 'process-card-manual');
  await manual.getByTestId('process-run-target').focus();
  await expect.poll(() => manual.getByTestId('process-run-target').locator('option').count(), { timeout: 10_000 }).toBe(4);
  await manual.getByTestId('process-run-target').selectOption('thanks');
  await manual.getByTestId('process-run-auto').click();
  await expect.poll(() => section.locator('[data-testid="process-run"][data-status="FINISHED"]').count(), { timeout: 15_000 }).toBe(2);

  // The composer's "send a block": block #2, found by its number; the client is asked again by a new run there.
  await page.getByTestId('send-block-button').click();
  const picker = page.getByTestId('send-block-picker');
  await picker.getByTestId('send-block-process').selectOption({ label: 'Delivery survey' });
  await expect.poll(() => picker.getByTestId('send-block-option').count(), { timeout: 10_000 }).toBe(3);
  await picker.getByTestId('send-block-search').fill('2');
  await expect.poll(() => picker.getByTestId('send-block-option').count()).toBe(1);
  await test.screenshot(page, 'process-send-block');
  await picker.getByTestId('send-block-option').click();
  await expect.poll(() => page.getByTestId('send-block-sent').count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => section.locator('[data-testid="process-run"][data-status="AUTO"]').getAttribute('data-block'), { timeout: 15_000 }).toBe('city');
  await expect.poll(() => visitor.getByTestId('widget-message').filter({ hasText: 'Which city are you in?' }).count(), { timeout: 15_000 }).toBe(3);

  // From the Audience, for the chosen clients: the visitor (in it already) gets none, the two others a run each.
  await page.getByTestId('nav-audience').click();
  const rows = page.getByTestId('audience-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBe(4);
  for (const index of [0, 1, 2]) await rows.nth(index).getByTestId('audience-row-check').check();
  await page.getByTestId('bulk-process').click();
  await page.getByTestId('process-picker').getByTestId('process-option').filter({ hasText: 'Delivery survey' }).click();
  await expect.poll(() => page.getByTestId('process-outcome').textContent(), { timeout: 10_000 }).toMatch(/^Started for [23] of 3/);
  await test.screenshot(page, 'process-bulk-start');
  expect(errors).toEqual([]);
}, 120_000);
