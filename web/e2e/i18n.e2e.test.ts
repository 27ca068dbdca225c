// Russian and English: the inbox switches language live and keeps the operator's choice on the server; a browser
// that prefers Russian gets Russian before anyone chose; a web chat speaks the language its channel chose; a
// client's history (the card's and the timeline's lines) reads in Russian, worded by the web from each entry's data.
import { mkdir } from 'node:fs/promises';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { select } from '../../api/src/db/rows.ts';
import { toGlobalId } from '../../api/src/graphql/global-id.ts';
import { buildWebIfStale } from '../../api/src/web-build.ts';
import { startTestApi, type TestApi } from '../../api/test/harness.ts';
import { chooseLanguage, openUserMenu } from './browser-harness.ts';

let api: TestApi;
let browser: Browser;
const shots = process.env.E2E_SCREENSHOTS ?? process.env.SCREENSHOTS_DIR;

beforeAll(async () => {
  await buildWebIfStale();
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 5 });
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
const login = async (email: string, locale = 'en-US', size: object = { viewport: { width: 1440, height: 900 } }): Promise<Page> => {
  const page = await (await browser.newContext({ locale, ...size })).newPage();
  await page.goto(api.url);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill('demo-operator');
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('chat-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return page;
};

const text = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

it('switches the inbox to Russian live, keeps the choice for the next login, and switches back', async () => {
  const page = await login('anna@demo.test');
  expect(await text(page, 'section-mine')).toBe('Mine');
  await openUserMenu(page);
  expect(await page.getByTestId('logout').textContent()).toBe('Log out');

  // The menu stays open on a choice: its words change at once.
  await page.locator('[data-testid="language-option"][data-locale="ru"]').click();
  await expect.poll(() => text(page, 'section-mine')).toBe('Мои');
  expect(await page.getByTestId('logout').textContent()).toBe('Выйти');
  await page.keyboard.press('Escape');
  expect(await text(page, 'nav-audience')).toBe('Аудитория');
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');
  if (shots) await page.screenshot({ path: `${shots}/inbox-ru.png` });

  // Kept on the server: a new login, from a browser that prefers English, comes back in Russian.
  await expect.poll(async () => (await api.app.orm.em.fork().getConnection().execute(`select locale from operator where email = 'anna@demo.test'`))[0]?.locale).toBe('RU');
  const again = await login('anna@demo.test');
  await expect.poll(() => text(again, 'section-mine')).toBe('Мои');

  await chooseLanguage(again, 'en');
  await expect.poll(() => text(again, 'section-mine')).toBe('Mine');
  expect(await text(again, 'nav-audience')).toBe('Audience');
}, 90_000);

it('speaks Russian to an operator whose browser prefers it before they choose, sign-in page included', async () => {
  const page = await (await browser.newContext({ locale: 'ru-RU' })).newPage();
  await page.goto(api.url);
  await expect.poll(() => page.getByTestId('login-submit').textContent()).toBe('Войти');
  await page.getByTestId('login-email').fill('boris@demo.test');
  await page.getByTestId('login-password').fill('demo-operator');
  await page.getByTestId('login-submit').click();
  await expect.poll(() => text(page, 'section-unread'), { timeout: 15_000 }).toBe('Непрочитанные');
});

it('shows the web chat in the channel’s language, or else in the visitor’s', async () => {
  const visitor = async (locale: string) => {
    const page = await (await browser.newContext({ locale })).newPage();
    await page.goto(`${api.url}/widget/demo-shop`);
    await expect.poll(() => page.getByTestId('widget-connection').getAttribute('data-state'), { timeout: 15_000 }).toBe('connected');
    return page;
  };
  const english = await visitor('en-GB');
  expect(await english.getByTestId('widget-input').getAttribute('placeholder')).toBe('Type a message…');
  const russian = await visitor('ru-RU');
  expect(await russian.getByTestId('widget-input').getAttribute('placeholder')).toBe('Напишите сообщение…');

  // The owner sets the channel to Russian in Settings → Channels: every visitor gets Russian.
  const owner = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await owner.goto(`${api.url}/#/settings/channels`);
  await owner.getByTestId('login-email').fill('owner@demo.test');
  await owner.getByTestId('login-password').fill('demo-owner');
  await owner.getByTestId('login-submit').click();
  const select = owner.getByTestId('channel-locale').first();
  await select.selectOption('RU');
  await expect.poll(async () => (await api.app.orm.em.fork().getConnection().execute(`select locale from channel where public_key = 'demo-shop'`))[0]?.locale).toBe('RU');
  const converted = await visitor('en-GB');
  await expect.poll(() => converted.getByTestId('widget-input').getAttribute('placeholder')).toBe('Напишите сообщение…');
  expect(await converted.getByTestId('widget-connection').textContent()).toBe('Онлайн — ответим здесь');
  if (shots) await converted.screenshot({ path: `${shots}/widget-ru.png` });
}, 90_000);

it('finds "Иван Петров" by "иван" and by "ПЕТРОВ", in the inbox and in the Audience, on a C-locale database', async () => {
  const started = await api.gql<{ widgetStart: { session: { visitorToken: string } } }>('mutation { widgetStart(input: { publicKey: "demo-shop", name: "Иван Петров" }) { session { visitorToken } } }');
  await api.gql('mutation { widgetSend(input: { text: "Здравствуйте! Где мой ЗАКАЗ?", idempotencyKey: "ivan-1" }) { message { id } } }', {}, `Visitor ${started.data!.widgetStart.session.visitorToken}`);
  const page = await login('anna@demo.test', 'ru-RU');
  const rows = page.getByTestId('chat-row');
  for (const words of ['иван', 'ПЕТРОВ', 'заказ']) {
    await page.getByTestId('search-input').fill(words);
    await expect.poll(() => rows.filter({ hasText: 'Иван Петров' }).count(), { timeout: 10_000 }).toBe(1);
  }
  if (shots) await page.screenshot({ path: `${shots}/search-ru.png` });

  await page.getByTestId('nav-audience').click();
  for (const words of ['иван', 'ПЕТРОВ']) {
    await page.getByTestId('audience-search').fill(words);
    await expect.poll(() => page.getByTestId('audience-row').filter({ hasText: 'Иван Петров' }).count(), { timeout: 10_000 }).toBe(1);
  }
}, 60_000);

it('shows a block and an unblock as Russian lines in the card’s History and in the timeline', async () => {
  const started = await api.gql<{ widgetStart: { session: { visitorToken: string } } }>('mutation { widgetStart(input: { publicKey: "demo-shop", name: "Мария Блок" }) { session { visitorToken } } }');
  await api.gql('mutation { widgetSend(input: { text: "Добрый день, это Мария", idempotencyKey: "maria-1" }) { message { id } } }', {}, `Visitor ${started.data!.widgetStart.session.visitorToken}`);
  const [row] = await select<{ conversationId: string }>(api.app.orm.em.fork(), 'select conversation_id from message where text = ?', ['Добрый день, это Мария']);
  const hash = `#/c/${encodeURIComponent(toGlobalId('Conversation', row!.conversationId))}`;
  const open = async (page: Page) => {
    await page.evaluate((value) => (location.hash = value), hash);
    await expect.poll(() => page.getByTestId('chat-window').getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  };
  // Boris has not chosen a language: his browser's Russian it is.
  const page = await login('boris@demo.test', 'ru-RU');
  await open(page);
  const card = page.getByTestId('client-card');
  await card.getByTestId('client-block').click();
  await expect.poll(() => card.getByTestId('client-blocked').getAttribute('data-blocked'), { timeout: 10_000 }).toBe('true');
  await card.getByTestId('client-unblock').click();
  await expect.poll(() => card.getByTestId('client-blocked').getAttribute('data-blocked'), { timeout: 10_000 }).toBe('false');

  const history = card.getByTestId('history-entry').getByTestId('history-text');
  await expect.poll(() => history.allTextContents(), { timeout: 10_000 }).toEqual(['Клиент разблокирован', 'Клиент заблокирован (чёрный список)']);
  // In the timeline, the two changes read as one line of Boris's that opens to show each, in Russian too.
  const run = page.getByTestId('chat-window').getByTestId('card-changes').last();
  await expect.poll(() => run.getByTestId('card-changes-summary').textContent(), { timeout: 10_000 }).toMatch(/^Boris · 2 изменения в карточке$/);
  await run.getByTestId('card-changes-toggle').click();
  const lines = run.getByTestId('client-activity').locator('.timeline-event-text');
  await expect.poll(() => lines.allTextContents()).toEqual(['Клиент заблокирован (чёрный список)', 'Клиент разблокирован']);
  if (shots) {
    await mkdir(shots, { recursive: true });
    await card.getByTestId('crm-history').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/history-ru-1440.png` });
  }

  // On a phone: the timeline first, the card (its History) behind its button.
  const small = await login('boris@demo.test', 'ru-RU', phone);
  await open(small);
  const smallRun = small.getByTestId('chat-window').getByTestId('card-changes').last();
  await expect.poll(() => smallRun.getByTestId('card-changes-summary').textContent(), { timeout: 10_000 }).toMatch(/^Boris · 2 изменения в карточке$/);
  await smallRun.getByTestId('card-changes-toggle').click();
  await expect.poll(() => smallRun.getByTestId('client-activity').locator('.timeline-event-text').allTextContents()).toEqual(['Клиент заблокирован (чёрный список)', 'Клиент разблокирован']);
  if (shots) await small.screenshot({ path: `${shots}/history-ru-390-timeline.png` });
  await small.getByTestId('client-card-open').click();
  const smallHistory = small.getByTestId('client-card').getByTestId('history-entry');
  await expect.poll(() => smallHistory.getByTestId('history-text').allTextContents(), { timeout: 10_000 }).toEqual(['Клиент разблокирован', 'Клиент заблокирован (чёрный список)']);
  if (shots) {
    await small.getByTestId('client-card').getByTestId('crm-history').scrollIntoViewIfNeeded();
    await small.screenshot({ path: `${shots}/history-ru-390-card.png` });
  }
}, 90_000);
