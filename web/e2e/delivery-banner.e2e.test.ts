// A dead worker is visible in the inbox: replies waiting with nobody to deliver them raise a banner.
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildWebIfStale } from '../../api/src/web-build.ts';
import { startTestApi, type TestApi } from '../../api/test/harness.ts';
import { chooseLanguage } from './browser-harness.ts';

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  await buildWebIfStale();
  // No worker: as when the worker process died.
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 3 });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

it('tells the operators that replies wait and no worker delivers them, in their language', async () => {
  const anna = await api.login('anna@demo.test', 'demo-operator');
  const first: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, anna);
  await api.gql('mutation($c: ID!) { sendMessage(input: { conversationId: $c, text: "Waiting for a worker" }) { message { id } } }', { c: first.data.conversations.edges[0].node.id }, anna);

  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(api.url);
  await page.getByTestId('login-email').fill('anna@demo.test');
  await page.getByTestId('login-password').fill('demo-operator');
  await page.getByTestId('login-submit').click();
  const banner = page.getByTestId('delivery-banner');
  await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);
  expect(await banner.getAttribute('data-workers')).toBe('OFFLINE');
  expect(await banner.textContent()).toMatch(/reply waits to be delivered.*No delivery worker is running/);
  await chooseLanguage(page, 'ru');
  await expect.poll(() => banner.textContent()).toMatch(/ответ ждёт отправки.*Сервис отправки не запущен/);
  if (process.env.SCREENSHOTS_DIR) await page.screenshot({ path: `${process.env.SCREENSHOTS_DIR}/delivery-banner.png` });
}, 90_000);
