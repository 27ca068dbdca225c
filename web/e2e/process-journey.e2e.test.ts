// Issue 11's browser test, end to end in a real Chromium: a designer builds Message → Question (into #{city}) →
// Message in the editor and publishes it; an operator starts it for a widget client from the card; the visitor gets
// the message in the widget and answers; the operator sees the stored variable in the card and the editor's block
// counters move. Then the editor's test run: the designer runs the edited draft in the preview chat, answers there,
// and sees the next message and the block the run is at highlighted; restarts and closes it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { select } from '../../api/src/db/rows.ts';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;
let designer: Page;
let ids: string[] = [];
const errors: string[] = [];

beforeAll(async () => {
  test = await startBrowserTest({ clients: 2 });
}, 180_000);
afterAll(() => test?.stop());

const block = (page: Page, number: number) => page.locator(`[data-testid="process-block"][data-number="${number}"]`);
const saved = (page: Page) => expect.poll(() => page.getByTestId('process-save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
const counters = (number: number) => block(designer, number).getByTestId('process-block-counters').textContent();

async function addBlock(page: Page, type: string, text: string, number: number) {
  await page.getByTestId(`palette-${type}`).click();
  await expect.poll(() => block(page, number).count()).toBe(1);
  const id = (await block(page, number).getAttribute('data-block-id'))!;
  await expect.poll(() => page.getByTestId('block-panel').getAttribute('data-block-id')).toBe(id);
  await page.getByTestId('block-panel').getByTestId('block-text').fill(text);
  return id;
}

async function selectBlock(page: Page, number: number) {
  // The whole diagram in view first: a new block may have panned the canvas.
  await page.locator('.solid-flow__controls-fitview').click();
  await block(page, number).click();
  await expect.poll(() => page.getByTestId('block-panel').getAttribute('data-block-id')).toBe(ids[number - 1]);
}

it('a designer builds and publishes a three-block process; an operator starts it from the card; the visitor answers in the widget; the card has the variable and the counters move', async () => {
  const manager = await test.api.login('manager@demo.test', 'demo-manager');
  const variable = await test.api.gql<{ createVariableDefinition: { userErrors: unknown[] } }>(
    'mutation { createVariableDefinition(input: { scope: CLIENT, key: "city", name: "City", type: TEXT }) { userErrors { code } } }',
    {},
    manager,
  );
  expect(variable.data!.createVariableDefinition.userErrors).toEqual([]);

  // The designer builds the process in the editor.
  designer = await test.login('manager@demo.test', 'demo-manager');
  designer.on('pageerror', (error) => errors.push(error.message));
  await designer.getByTestId('nav-processes').click();
  await designer.getByTestId('process-new-name').fill('Delivery');
  await designer.getByTestId('process-create').click();
  await expect.poll(() => designer.getByTestId('process-editor').count(), { timeout: 10_000 }).toBe(1);
  ids = [
    await addBlock(designer, 'MESSAGE', 'Hello from the shop!', 1),
    await addBlock(designer, 'QUESTION', 'Which city are you in?', 2),
    await addBlock(designer, 'MESSAGE', 'We deliver to #{city}.', 3),
  ];
  const panel = designer.getByTestId('block-panel');
  await selectBlock(designer, 2);
  await panel.getByTestId('block-variable').selectOption('city');
  await panel.getByTestId('block-connect-answered').selectOption(ids[2]!);
  await selectBlock(designer, 1);
  await panel.getByTestId('block-connect-next').selectOption(ids[1]!);
  await saved(designer);
  await expect.poll(() => designer.getByTestId('process-no-problems').count(), { timeout: 10_000 }).toBe(1);
  await designer.getByTestId('process-publish').click();
  await expect.poll(() => designer.getByTestId('process-notice').textContent(), { timeout: 10_000 }).toBe('Published version 1');
  // The open block's panel still shows where it goes once the published draft is read again.
  expect(await panel.getByTestId('block-connect-next').inputValue()).toBe(ids[1]);
  await expect.poll(() => counters(2), { timeout: 10_000 }).toBe('Now: 0Today: 0');

  // A visitor of the site writes in the widget: a web chat client with a conversation.
  const visitor = await test.browser.newPage({ viewport: { width: 380, height: 560 } });
  const { conversationId } = await test.widgetWrites(visitor, 'Do you deliver?');

  // The operator starts the process for them from the card.
  const operator = await test.login('anna@demo.test');
  operator.on('pageerror', (error) => errors.push(error.message));
  await test.openConversation(operator, conversationId);
  const section = operator.getByTestId('client-processes');
  await section.getByTestId('process-start-select').selectOption({ label: 'Delivery' });
  await section.getByTestId('process-start').click();
  const run = section.getByTestId('process-run');
  await expect.poll(() => run.getAttribute('data-block'), { timeout: 15_000 }).toBe(ids[1]);

  // The editor's counters move: one client waits at the question, having passed the greeting.
  await expect.poll(() => counters(2), { timeout: 15_000 }).toBe('Now: 1Today: 1');
  expect(await counters(1)).toBe('Now: 0Today: 1');

  // The visitor gets the greeting and the question, and answers.
  await expect.poll(() => visitor.getByTestId('widget-message').allTextContents(), { timeout: 15_000 }).toEqual(
    expect.arrayContaining([expect.stringContaining('Hello from the shop!'), expect.stringContaining('Which city are you in?')]),
  );
  await visitor.getByTestId('widget-input').fill('Kazan');
  await visitor.getByTestId('widget-send').click();
  await expect.poll(() => visitor.getByTestId('widget-message').allTextContents(), { timeout: 15_000 }).toEqual(expect.arrayContaining([expect.stringContaining('We deliver to Kazan.')]));

  // The operator sees the stored answer in the card, and the run finished.
  await expect.poll(() => operator.getByTestId('crm-variables').locator('[data-key="city"] input').inputValue(), { timeout: 10_000 }).toBe('Kazan');
  await expect.poll(() => run.getAttribute('data-status'), { timeout: 15_000 }).toBe('FINISHED');
  await operator.getByTestId('crm-variables').scrollIntoViewIfNeeded();
  await test.screenshot(operator, 'process-journey-card');

  // …and the designer the counters: nobody waits at the question now; each block was entered once today.
  await expect.poll(() => counters(2), { timeout: 15_000 }).toBe('Now: 0Today: 1');
  await expect.poll(() => counters(3), { timeout: 15_000 }).toBe('Now: 0Today: 1');
  await test.screenshot(designer, 'process-journey-counters');
  await visitor.close();
}, 150_000);

it('runs the edited draft in the preview chat: the designer answers there, sees the next message and the block the test run is at; restarts and closes it', async () => {
  // An edit not yet published: the test run takes the draft.
  await selectBlock(designer, 3);
  await designer.getByTestId('block-panel').getByTestId('block-text').fill('Draft: we deliver to #{city} tomorrow.');
  await saved(designer);
  await designer.setViewportSize({ width: 1280, height: 800 });

  await designer.getByTestId('process-test').click();
  const state = designer.getByTestId('process-test-state');
  await expect.poll(() => state.getAttribute('data-block-id'), { timeout: 20_000 }).toBe(ids[1]);
  await expect.poll(() => block(designer, 2).getAttribute('data-test-current')).toBe('true');
  expect(await block(designer, 1).getAttribute('data-test-current')).toBeNull();
  await expect.poll(() => state.textContent(), { timeout: 10_000 }).toBe('At block #2 · waits for your answer');
  expect(await designer.getByTestId('process-test-panel').textContent()).toContain('Test · Delivery · Mark Manager');

  const chat = designer.frameLocator('[data-testid="process-test-chat"]');
  await expect.poll(() => chat.getByTestId('widget-message').allTextContents(), { timeout: 15_000 }).toEqual([
    expect.stringContaining('Hello from the shop!'),
    expect.stringContaining('Which city are you in?'),
  ]);
  // The test run is no client of the funnel: the published version's counters stay.
  expect(await counters(2)).toBe('Now: 0Today: 1');
  await test.screenshot(designer, 'process-test-run-1280');
  // Narrower: the canvas brings the block the run goes to into view.
  await designer.setViewportSize({ width: 1024, height: 768 });

  await chat.getByTestId('widget-input').fill('Samara');
  await chat.getByTestId('widget-send').click();
  await expect.poll(() => chat.getByTestId('widget-message').allTextContents(), { timeout: 15_000 }).toEqual(
    expect.arrayContaining([expect.stringContaining('Draft: we deliver to Samara tomorrow.')]),
  );
  await expect.poll(() => state.getAttribute('data-status'), { timeout: 15_000 }).toBe('FINISHED');
  await expect.poll(() => block(designer, 3).getAttribute('data-test-current')).toBe('true');
  expect(await block(designer, 2).getAttribute('data-test-current')).toBeNull();
  await expect.poll(() => state.textContent()).toBe('The test run finished.');
  expect(await block(designer, 3).getByTestId('process-block-test').textContent()).toBe('Test run here');
  await test.screenshot(designer, 'process-test-run-1024');

  // Restart: the same test client from the greeting again, in a fresh preview.
  await designer.getByTestId('process-test-restart').click();
  await expect.poll(() => state.getAttribute('data-status'), { timeout: 20_000 }).toBe('AUTO');
  await expect.poll(() => state.getAttribute('data-block-id'), { timeout: 20_000 }).toBe(ids[1]);
  await expect.poll(() => chat.getByTestId('widget-message').filter({ hasText: 'Which city are you in?' }).count(), { timeout: 15_000 }).toBe(2);

  // Close: the panel goes, nothing is highlighted, the test run stopped; the published version is still the only one.
  await designer.getByTestId('process-test-close').click();
  await expect.poll(() => designer.getByTestId('process-test-panel').count()).toBe(0);
  expect(await designer.locator('[data-test-current="true"]').count()).toBe(0);
  const runs = () =>
    select<{ status: string }>(
      test.api.app.orm.em.fork(),
      "select r.status from process_run r join client c on c.id = r.client_id where c.name = 'Test · Delivery · Mark Manager' order by r.started_at",
    );
  await expect.poll(async () => (await runs()).map((one) => one.status), { timeout: 15_000 }).toEqual(['FINISHED', 'STOPPED']);
  await designer.getByTestId('process-history').click();
  await expect.poll(() => designer.getByTestId('process-version').count()).toBe(1);
  expect(errors).toEqual([]);
}, 120_000);
