// The inbox at any size, in a real Chromium, in English and in Russian (longer words): a 1440 px desktop, a 1024 px
// tablet and a 390 px phone (a touch screen). At each size an operator logs in, opens a conversation, replies,
// opens the client card, the header's menu and the conversation's More menu, and the main controls are seen: shown,
// inside the window, not cut off, not on top of one another (and 40 px or more to a finger on the phone). On the
// phone the list, the chat and the card are screens of their own: Back buttons and the browser's Back go between.
// SCREENSHOTS_DIR (or E2E_SCREENSHOTS) keeps what each step looked like.
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;

beforeAll(async () => {
  test = await startBrowserTest();
}, 180_000);

afterAll(async () => {
  await test?.stop();
});

type Size = { name: 'desktop' | 'tablet' | 'phone'; width: number; height: number };
const SIZES: Size[] = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'tablet', width: 1024, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];
const LANGUAGES = [
  { code: 'en', locale: 'en-US', send: 'Send' },
  { code: 'ru', locale: 'ru-RU', send: 'Отправить' },
] as const;

const contextFor = (size: Size, locale: string): Promise<BrowserContext> =>
  test.browser.newContext({
    locale,
    viewport: { width: size.width, height: size.height },
    // A phone: a touch screen at three device pixels per CSS pixel, as an iPhone 14's 390 × 844.
    ...(size.name === 'phone' ? { isMobile: true, hasTouch: true, deviceScaleFactor: 3 } : {}),
  });

const login = async (context: BrowserContext): Promise<Page> => {
  const page = await context.newPage();
  await page.goto(test.api.url);
  await page.getByTestId('login-email').fill('anna@demo.test');
  await page.getByTestId('login-password').fill('demo-operator');
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('chat-row').count(), { timeout: 15_000 }).toBeGreaterThan(2);
  return page;
};

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 0.5 && Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 0.5;

/**
 * Each control is shown, wholly inside the window, its content not cut off, and apart from every other one; on a
 * phone each is at least 40 px both ways. The page itself never scrolls sideways.
 */
const expectLaidOut = async (page: Page, controls: Record<string, Locator>, options: { touch: boolean }) => {
  const frame = page.viewportSize()!;
  const boxes: [string, Box][] = [];
  for (const [name, control] of Object.entries(controls)) {
    await expect.poll(() => control.isVisible(), { message: `${name} is shown` }).toBe(true);
    const box = (await control.boundingBox())!;
    const inside = box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= frame.width + 0.5 && box.y + box.height <= frame.height + 0.5;
    expect(inside, `${name} inside the ${frame.width} × ${frame.height} window: ${JSON.stringify(box)}`).toBe(true);
    // A pane that scrolls shows the rest of its content by scrolling; anything else must show it all.
    const cut = await control.evaluate((el) => {
      const { overflowX, overflowY } = getComputedStyle(el);
      const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
      return (!scrolls(overflowX) && el.scrollWidth > el.clientWidth + 1) || (!scrolls(overflowY) && el.scrollHeight > el.clientHeight + 1);
    });
    expect(cut, `${name} shows all of its content`).toBe(false);
    if (options.touch) expect(Math.min(box.width, box.height), `${name} is a finger's size`).toBeGreaterThanOrEqual(40);
    boxes.push([name, box]);
  }
  for (const [i, [a, boxA]] of boxes.entries()) {
    for (const [b, boxB] of boxes.slice(i + 1)) expect(overlap(boxA, boxB), `${a} ${JSON.stringify(boxA)} and ${b} ${JSON.stringify(boxB)} apart`).toBe(false);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling').toBe(true);
};

const shot = (page: Page, name: string) => test.screenshot(page, `responsive-${name}`);

const press = (locator: Locator, touch: boolean) => (touch ? locator.tap() : locator.click());

// The menu's items, by their test ids (several items may share one: the statuses, the languages).
const itemsOf = async (menu: Locator): Promise<Record<string, Locator>> => {
  const items: Record<string, Locator> = {};
  const all = menu.locator('[role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]');
  for (let index = 0; index < (await all.count()); index++) items[`${(await all.nth(index).getAttribute('data-testid')) ?? 'item'} #${index}`] = all.nth(index);
  return items;
};

const hash = (page: Page) => page.evaluate(() => location.hash);

describe.each(SIZES)('at $width × $height ($name)', (size) => {
  const touch = size.name === 'phone';

  it.each(LANGUAGES)('works in $code: the list, a reply, the card and both menus, all in sight', async (language) => {
    const tag = `${size.name}-${language.code}`;
    const visitor = await test.visitorWrites(`Konstantin Konstantinopolsky ${tag}`, ['Hello, where is my order?']);
    const context = await contextFor(size, language.locale);
    const page = await login(context);
    const row = page.locator(`[data-testid="chat-row"][data-conversation-id="${visitor.conversationId}"]`);
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);

    // The list: the views, search and the chats, the header's controls.
    const header = {
      'nav-inbox': page.getByTestId('nav-inbox'),
      'nav-audience': page.getByTestId('nav-audience'),
      'nav-settings': page.getByTestId('nav-settings'),
      'team-toggle': page.getByTestId('team-toggle'),
      'notification-bell': page.getByTestId('notification-bell'),
      'user-menu': page.getByTestId('user-menu'),
    };
    const rows = { 'chat-row 1': page.getByTestId('chat-row').nth(0), 'chat-row 2': page.getByTestId('chat-row').nth(1), 'chat-row 3': page.getByTestId('chat-row').nth(2) };
    await expectLaidOut(page, { ...header, search: page.getByTestId('search-input'), ...rows }, { touch });
    if (size.name !== 'phone') expect(await page.getByTestId('project-name').evaluate((el) => el.scrollWidth <= el.clientWidth), 'the project name is whole').toBe(true);
    await shot(page, `${tag}-1-list`);

    // The header's menu: the operator's preferences, by mouse or finger, and by keyboard (↓ moves, Esc closes).
    await press(page.getByTestId('user-menu'), touch);
    const userMenu = page.getByTestId('user-menu-list');
    await expectLaidOut(page, await itemsOf(userMenu), { touch });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitemradio');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-status'))).toBe('AWAY');
    await shot(page, `${tag}-2-user-menu`);
    await page.keyboard.press('Escape');
    await expect.poll(() => userMenu.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('user-menu');

    // A conversation, and a reply to it.
    await press(row, touch);
    const chat = page.getByTestId('chat-window');
    await expect.poll(() => chat.getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    if (touch) {
      // A screen of its own, with Back to the list.
      expect(await page.getByTestId('chat-list').isVisible()).toBe(false);
      expect(await hash(page)).toBe(`#/c/${encodeURIComponent(visitor.conversationId)}`);
    }
    await page.getByTestId('composer').fill(`On its way, ${tag}!`);
    await press(page.getByTestId('send-button'), touch);
    await expect.poll(() => chat.getByTestId('message').filter({ hasText: `On its way, ${tag}!` }).count(), { timeout: 10_000 }).toBe(1);
    const chatControls = {
      ...(touch ? { 'chat-back': page.getByTestId('chat-back') } : {}),
      'conversation-more': page.getByTestId('conversation-more'),
      ...(size.name === 'desktop' ? {} : { 'client-card-open': page.getByTestId('client-card-open') }),
      composer: page.getByTestId('composer'),
      'send-button': page.getByTestId('send-button'),
      'quick-reply-button': page.getByTestId('quick-reply-button'),
      'attach-button': page.getByTestId('attach-button'),
    };
    await expectLaidOut(page, chatControls, { touch });
    // The name has the room first: all it needs, or 250 px before the actions fold (less on a phone, where it may end in "…").
    const name = await chat.getByTestId('chat-window-name').evaluate((el) => ({ needs: el.scrollWidth, has: el.clientWidth }));
    expect(name.has, `the client's name has room: ${JSON.stringify(name)}`).toBeGreaterThanOrEqual(Math.min(name.needs, touch ? 140 : 250));
    expect(await page.getByTestId('send-button').getAttribute('title')).toContain(language.send);
    await shot(page, `${tag}-3-chat`);

    // The conversation's More menu: the folded actions, each keeping its test id; Esc closes it first, and only it.
    await press(page.getByTestId('conversation-more'), touch);
    const more = page.getByTestId('conversation-more-menu');
    const folded = await itemsOf(more);
    expect(Object.keys(folded).length).toBeGreaterThan(0);
    await expectLaidOut(page, folded, { touch });
    await page.keyboard.press('End');
    const last = await page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(last).toBe(await more.locator('[role="menuitem"]').last().getAttribute('data-testid'));
    await shot(page, `${tag}-4-more`);
    await page.keyboard.press('Escape');
    await expect.poll(() => more.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('conversation-more');

    const card = page.getByTestId('client-card');
    if (size.name === 'desktop') {
      // A pane beside the chat: Esc (nothing nearer open) closes it to a rail, whose button brings it back.
      await expectLaidOut(page, { 'chat-window': chat, 'client-card': card }, { touch });
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
      await page.getByTestId('client-card-open').click();
      await expect.poll(() => card.isVisible()).toBe(true);
      await expectLaidOut(page, { 'client-card-expand': page.getByTestId('client-card-expand'), 'client-card-close': page.getByTestId('client-card-close'), composer: page.getByTestId('composer') }, { touch });
      await shot(page, `${tag}-5-card`);
    } else if (size.name === 'tablet') {
      // A drawer over the chat: its button opens it; Esc, a press beside it and ✕ each close it.
      for (const close of ['Escape', 'beside', '✕'] as const) {
        await page.getByTestId('client-card-open').click();
        await expect.poll(() => card.isVisible()).toBe(true);
        expect(await hash(page)).toMatch(/\/card$/);
        await expectLaidOut(page, { 'client-card-expand': page.getByTestId('client-card-expand'), 'client-card-close': page.getByTestId('client-card-close') }, { touch });
        const box = (await card.boundingBox())!;
        expect(box.x + box.width).toBeCloseTo(size.width, 0);
        if (close === 'Escape') {
          await shot(page, `${tag}-5-card`);
          await page.keyboard.press('Escape');
        } else if (close === 'beside') {
          await page.getByTestId('card-drawer-backdrop').click({ position: { x: 20, y: 200 } });
        } else {
          await page.getByTestId('client-card-close').click();
        }
        await expect.poll(() => card.count(), { message: `closed by ${close}` }).toBe(0);
        expect(await hash(page)).toBe(`#/c/${encodeURIComponent(visitor.conversationId)}`);
      }
      // The large card still opens from the drawer.
      await page.getByTestId('client-card-open').click();
      await page.getByTestId('client-card-expand').click();
      await expect.poll(() => page.getByTestId('client-card-large').isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.getByTestId('client-card-large').count()).toBe(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
    } else {
      // A phone: list → chat → card, then Back, Back; and the browser's Back the same way.
      await page.getByTestId('client-card-open').tap();
      await expect.poll(() => card.isVisible()).toBe(true);
      expect(await chat.isVisible()).toBe(false);
      expect(await card.boundingBox()).toEqual({ x: 0, y: 0, width: size.width, height: size.height });
      await expectLaidOut(page, { 'client-card-back': page.getByTestId('client-card-back') }, { touch });
      await shot(page, `${tag}-5-card`);
      await page.getByTestId('client-card-back').tap();
      await expect.poll(() => card.count()).toBe(0);
      expect(await chat.isVisible()).toBe(true);
      await page.getByTestId('chat-back').tap();
      await expect.poll(() => page.getByTestId('chat-list').isVisible()).toBe(true);
      expect(await chat.isVisible()).toBe(false);
      expect(await hash(page)).toBe('');

      await row.tap();
      await expect.poll(() => chat.isVisible()).toBe(true);
      await page.getByTestId('client-card-open').tap();
      await expect.poll(() => card.isVisible()).toBe(true);
      await page.goBack();
      await expect.poll(() => card.count()).toBe(0);
      expect(await chat.isVisible()).toBe(true);
      await page.goBack();
      await expect.poll(() => page.getByTestId('chat-list').isVisible()).toBe(true);
      expect(await chat.isVisible()).toBe(false);
      await page.goForward();
      await expect.poll(() => chat.isVisible()).toBe(true);
    }
    await context.close();
  }, 90_000);
});
