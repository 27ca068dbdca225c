// End to end in a real Chromium against the Telegram Bot API emulator: the owner connects a bot in Settings →
// Channels with its token, sees it connected, a Telegram user writes, the conversation comes into the inbox live,
// the operator's reply reaches the user in Telegram, and their blocking the bot shows in the open conversation. SCREENSHOTS_DIR=<dir> keeps what the test saw.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDrivers } from '../../api/src/channels/drivers/drivers.ts';
import { telegramDriver } from '../../api/src/channels/drivers/telegram/telegram.driver.ts';
import { startFakeTelegram, type FakeTelegram } from '../../api/src/channels/drivers/telegram/testing/fake-telegram.ts';
import { chooseLanguage, startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;
let fake: FakeTelegram;

beforeAll(async () => {
  fake = await startFakeTelegram();
  test = await startBrowserTest({
    clients: 2,
    api: { listeners: true, drivers: (app) => ({ ...createDrivers(app), TELEGRAM: telegramDriver({ apiRoot: fake.root, pollTimeoutSeconds: 1 }) }) },
  });
}, 180_000);

afterAll(async () => {
  await test?.stop();
  await fake?.stop();
});

it('connects a Telegram bot in Settings and exchanges messages with a Telegram user', async () => {
  const page = await test.login('owner@demo.test', 'demo-owner');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-nav-channels').click();
  const form = page.getByTestId('connect-messenger');
  await form.getByTestId('connect-kind').selectOption('TELEGRAM');
  await form.getByTestId('connect-field-token').fill('123:not-a-real-token-at-all-xxxxxxxx');
  await form.getByTestId('connect-submit').click();
  // A token Telegram does not know is refused in words, and nothing is connected.
  await expect.poll(() => page.getByTestId('settings-channels').textContent(), { timeout: 10_000 }).toContain('Telegram does not know this token');
  await form.getByTestId('connect-field-token').fill(fake.token);
  await form.getByTestId('connect-submit').click();
  const card = page.locator('[data-testid="channel-card"][data-name="Shop"]');
  await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => card.getByTestId('channel-setting-username').textContent()).toBe('shop_bot');
  await expect.poll(() => card.getByTestId('channel-health').textContent(), { timeout: 10_000 }).toContain('Connected');
  expect(await page.content()).not.toContain(fake.token);
  await test.screenshot(page, 'telegram-settings');

  await page.getByTestId('nav-inbox').click();
  // The inbox is loaded and live (its subscription up) before the Telegram user writes.
  await expect.poll(() => page.getByTestId('chat-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.getByText('Live').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await fake.userSends({ id: 7770001, first_name: 'Алексей', username: 'alexey' }, { text: 'Здравствуйте! Есть доставка в Казань?' });
  const row = page.getByTestId('chat-row').filter({ hasText: 'Алексей' });
  await expect.poll(() => row.count(), { timeout: 15_000 }).toBe(1);
  await row.click();
  const conversationHash = await page.evaluate(() => location.hash);
  await expect.poll(() => page.getByTestId('chat-window').textContent(), { timeout: 10_000 }).toContain('Есть доставка в Казань?');
  await page.getByTestId('composer').fill('Да, доставляем за 2 дня.');
  await page.getByTestId('composer').press('Control+Enter');
  await expect.poll(() => fake.chat(7770001).map((message) => message.text), { timeout: 15_000 }).toContain('Да, доставляем за 2 дня.');
  await test.screenshot(page, 'telegram-conversation');

  // The user blocks the bot: the open conversation's header says so at once, and no longer once they restart it.
  const alexey = { id: 7770001, first_name: 'Алексей', username: 'alexey' };
  await fake.userBlocksBot(alexey);
  await expect.poll(() => page.getByTestId('unreachable-chip').textContent(), { timeout: 15_000 }).toBe('Blocked the bot');
  await test.screenshot(page, 'telegram-blocked');
  await fake.userRestartsBot(alexey);
  await expect.poll(() => page.getByTestId('unreachable-chip').count(), { timeout: 15_000 }).toBe(0);

  // Test message from Settings to that user, then paused: the card says so.
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-nav-channels').click();
  await card.getByTestId('channel-test').click();
  await expect.poll(() => card.getByTestId('channel-test-sent').count(), { timeout: 10_000 }).toBe(1);
  expect(fake.chat(7770001).at(-1)!.text).toContain('Test message');
  await card.getByTestId('channel-pause').click();
  await expect.poll(() => card.getByTestId('channel-health').textContent()).toContain('Paused');


  // In Russian on a phone: the connect form and the card fit the screen, in Russian words.
  await chooseLanguage(page, 'ru');
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => card.getByTestId('channel-health').textContent()).toContain('Приостановлен');
  expect(await card.getByTestId('channel-health').textContent()).toContain('На связи');
  expect(await page.getByTestId('connect-messenger').textContent()).toContain('Подключить мессенджер');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await test.screenshot(page, 'telegram-settings-ru-390');

  // Both languages at each width, for people to look at (SCREENSHOTS_DIR); no sideways scrolling at any of them.
  for (const language of ['ru', 'en'] as const) {
    await page.evaluate(() => (location.hash = ''));
    await chooseLanguage(page, language);
    for (const [width, height] of [[1440, 900], [1024, 768], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      // Back to the list first: on a phone an open conversation covers the navigation.
      await page.evaluate(() => (location.hash = ''));
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('settings-nav-channels').click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await test.screenshot(page, `telegram-settings-${language}-${width}`);
      await page.evaluate((hash) => (location.hash = hash), conversationHash);
      await expect.poll(() => page.getByTestId('chat-window').textContent()).toContain('Да, доставляем за 2 дня.');
      await test.screenshot(page, `telegram-conversation-${language}-${width}`);
    }
  }
}, 120_000);
