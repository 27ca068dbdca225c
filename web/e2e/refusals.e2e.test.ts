// The server's refusals reach people in their language: the web words each by its reason (and values), in
// Russian for an operator who uses Russian, in English once they switch — the refusal already shown switches too.
// SCREENSHOTS=<dir> keeps a screenshot of each refusal.
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildWebIfStale } from '../../api/src/web-build.ts';
import { startTestApi, type TestApi } from '../../api/test/harness.ts';
import { chooseLanguage } from './browser-harness.ts';

let api: TestApi;
let browser: Browser;
const screenshots = process.env['SCREENSHOTS'];

beforeAll(async () => {
  await buildWebIfStale();
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 3 });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  if (screenshots) mkdirSync(screenshots, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

// A browser that prefers Russian: the app speaks Russian before anyone chooses.
const login = async (email: string, password: string): Promise<Page> => {
  const page = await (await browser.newContext({ locale: 'ru-RU', viewport: { width: 1440, height: 900 } })).newPage();
  await page.goto(api.url);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('chat-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return page;
};

const snap = async (page: Page, name: string) => {
  if (screenshots) await page.screenshot({ path: `${screenshots}/${name}.png` });
};

const openSection = async (page: Page, key: string) => {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId(`settings-nav-${key}`).click();
  await expect.poll(() => page.getByTestId(`settings-${key}`).count(), { timeout: 10_000 }).toBe(1);
};

const refusal = (page: Page) => page.getByTestId('settings-error').textContent();

it('refuses a manager’s taken variable key and team name in Russian, then in English after the switch', async () => {
  const page = await login('manager@demo.test', 'demo-manager');
  await openSection(page, 'variables');
  const addVariable = async (key: string) => {
    const form = page.getByTestId('add-variable-CLIENT');
    await form.locator('input[name="key"]').fill(key);
    await form.locator('input[name="name"]').fill(key);
    await form.locator('select[name="type"]').selectOption('TEXT');
    await form.locator('button[type="submit"]').click();
  };
  await addVariable('city');
  await expect.poll(() => page.locator('[data-testid="variable-row"][data-key="city"]').count(), { timeout: 10_000 }).toBe(1);
  await addVariable('City');
  await expect.poll(() => refusal(page), { timeout: 10_000 }).toBe('Переменная с таким ключом уже есть.');
  await snap(page, 'variable-refused-ru');

  // The language switch rewords the refusal on the screen: nothing is sent again.
  await chooseLanguage(page, 'en');
  await expect.poll(() => refusal(page)).toBe('A variable with this key exists already.');
  await snap(page, 'variable-refused-en');

  // Teams' section has no Russian words of its own yet; its refusals have them, with the name they are about.
  await chooseLanguage(page, 'ru');
  await openSection(page, 'teams');
  const addTeam = async (name: string) => {
    await page.getByTestId('add-team').locator('input[name="name"]').fill(name);
    await page.getByTestId('add-team').locator('button[type="submit"]').click();
  };
  await addTeam('Поддержка');
  await expect.poll(() => page.locator('[data-testid="team-card"][data-name="Поддержка"]').count(), { timeout: 10_000 }).toBe(1);
  await addTeam('ПОДДЕРЖКА');
  await expect.poll(() => refusal(page), { timeout: 10_000 }).toBe('Команда «ПОДДЕРЖКА» уже есть.');
  await snap(page, 'team-refused-ru');
  await chooseLanguage(page, 'en');
  await addTeam('поддержка');
  await expect.poll(() => refusal(page), { timeout: 10_000 }).toBe('A team named "поддержка" already exists.');
  await snap(page, 'team-refused-en');
}, 90_000);

it('tells an operator in Russian which roles may delete clients, and in English after the switch', async () => {
  const page = await login('anna@demo.test', 'demo-operator');
  await page.getByTestId('nav-audience').click();
  await expect.poll(() => page.getByTestId('audience-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  // The note ends with its ✕ (dismiss).
  const bulkError = async () => (await page.getByTestId('bulk-error').textContent())?.replace(/✕$/, '');
  const deleteAll = async () => {
    await page.getByTestId('audience-select-all').check();
    await page.getByTestId('bulk-delete').click();
    await page.getByTestId('confirm-ok').click();
  };
  await deleteAll();
  await expect.poll(bulkError, { timeout: 10_000 }).toBe('Это могут только владельцы, администраторы и менеджеры.');
  await snap(page, 'bulk-refused-ru');

  await chooseLanguage(page, 'en');
  await expect.poll(() => page.getByTestId('audience-select-all').isVisible()).toBe(true);
  await page.getByTestId('audience-select-all').uncheck();
  await deleteAll();
  await expect.poll(bulkError, { timeout: 10_000 }).toBe('Only owners, admins, and managers may do this.');
  await snap(page, 'bulk-refused-en');
  expect(await page.getByTestId('audience-row').count()).toBeGreaterThan(0);
}, 90_000);

it('says in the composer, before anything is typed, that a blocked client gets no replies; notes are still written', async () => {
  const page = await login('anna@demo.test', 'demo-operator');
  // The test before left her in English: her choice follows her.
  await chooseLanguage(page, 'ru');
  await page.getByTestId('chat-row').first().click();
  const composer = page.getByTestId('composer');
  await expect.poll(() => composer.isEnabled(), { timeout: 10_000 }).toBe(true);
  expect(await page.getByTestId('composer-refusal').count()).toBe(0);

  await page.getByTestId('client-block').click();
  await expect.poll(() => page.getByTestId('composer-refusal').textContent(), { timeout: 10_000 }).toBe(
    'Клиент заблокирован: ответы ему не отправляются. Разблокируйте его в карточке клиента или напишите внутреннюю заметку.',
  );
  expect(await composer.isEnabled()).toBe(false);
  expect(await page.getByTestId('send-button').isEnabled()).toBe(false);
  await snap(page, 'composer-blocked-ru');
  // A note is the team's: it is written as ever.
  await page.getByTestId('composer-mode-note').click();
  expect(await page.getByTestId('composer-refusal').count()).toBe(0);
  expect(await composer.isEnabled()).toBe(true);
  await page.getByTestId('composer-mode-reply').click();
  await chooseLanguage(page, 'en');
  await expect.poll(() => page.getByTestId('composer-refusal').textContent()).toBe(
    'The client is blocked: replies are not sent to them. Unblock them in the client card, or write an internal note.',
  );
  await snap(page, 'composer-blocked-en');

  await page.getByTestId('client-unblock').click();
  await expect.poll(() => composer.isEnabled(), { timeout: 10_000 }).toBe(true);
  expect(await page.getByTestId('composer-refusal').count()).toBe(0);
}, 90_000);
