// The web chat's optional pre-chat form: the owner chooses the questions in Settings → Channels, a new visitor
// answers them (or skips), and the operator sees the real name, not "Visitor 038572".
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let t: BrowserTest;

beforeAll(async () => {
  t = await startBrowserTest({ clients: 3 });
}, 180_000);
afterAll(() => t?.stop());

it('asks new visitors what the owner chose, shows the operator their name, and lets others skip', async () => {
  const owner = await t.login('owner@demo.test', 'demo-owner');
  await owner.evaluate(() => (location.hash = '#/settings/channels'));
  const name = owner.getByTestId('channel-pre-chat-NAME').first();
  await name.check();
  await expect.poll(() => owner.getByTestId('channel-pre-chat-NAME').first().isChecked()).toBe(true);
  await owner.getByTestId('channel-pre-chat-EMAIL').first().check();
  await expect.poll(() => owner.getByTestId('channel-pre-chat-EMAIL').first().isChecked()).toBe(true);

  const visitor = await t.browser.newPage({ viewport: { width: 400, height: 640 } });
  await visitor.goto(`${t.api.url}/widget/demo-shop`);
  await expect.poll(() => visitor.getByTestId('widget-prechat').count(), { timeout: 15_000 }).toBe(1);
  expect(await visitor.getByTestId('widget-prechat-phone').count()).toBe(0);
  expect(await visitor.getByTestId('widget-input').count()).toBe(0);
  await visitor.getByTestId('widget-prechat-name').fill('Katya Orlova');
  await visitor.getByTestId('widget-prechat-email').fill('not an e-mail');
  await visitor.getByTestId('widget-prechat-start').click();
  // The browser's own check refuses the address before the server does; the form stays.
  expect(await visitor.getByTestId('widget-prechat').count()).toBe(1);
  await visitor.getByTestId('widget-prechat-email').fill('katya@example.com');
  await t.screenshot(visitor, 'widget-prechat');
  await visitor.getByTestId('widget-prechat-start').click();
  await expect.poll(() => visitor.getByTestId('widget-input').count(), { timeout: 10_000 }).toBe(1);
  await visitor.getByTestId('widget-input').fill('Do you deliver on Sundays?');
  await visitor.getByTestId('widget-send').click();

  const anna = await t.login('anna@demo.test');
  const row = anna.getByTestId('chat-row').filter({ hasText: 'Sundays' });
  await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
  expect(await row.textContent()).toContain('Katya Orlova');

  // A reload of the same visitor is not asked again; another visitor may skip.
  await visitor.reload();
  await expect.poll(() => visitor.getByTestId('widget-input').count(), { timeout: 15_000 }).toBe(1);
  expect(await visitor.getByTestId('widget-prechat').count()).toBe(0);
  const other = await t.browser.newPage({ viewport: { width: 400, height: 640 } });
  await other.goto(`${t.api.url}/widget/demo-shop`);
  await other.getByTestId('widget-prechat-skip').click();
  await expect.poll(() => other.getByTestId('widget-input').count(), { timeout: 10_000 }).toBe(1);
}, 120_000);
