// Scheduled messages in a real Chromium: an operator schedules a reply from the composer's timer, sees it pending in
// the timeline, the chat list and the client card, moves it with the card's calendar (nothing changes before
// Confirm), and the visitor in the widget receives it at the new time, not before. SCREENSHOTS_DIR keeps pictures.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { Message } from '../../api/src/messages/message.entity.ts';
import { toGlobalId } from '../../api/src/graphql/global-id.ts';
import { toWallTime } from '../src/inbox/scheduled/zoned-time.ts';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;
beforeAll(async () => {
  test = await startBrowserTest({ clients: 3 });
}, 180_000);
afterAll(() => test?.stop());

// The seeded project's time zone: the composer and the card show and take times in it.
const projectZone = 'Europe/Moscow';
const wallTime = (msFromNow: number, seconds = false) => toWallTime(new Date(Date.now() + msFromNow).toISOString(), projectZone, seconds);
const stored = (text: string) => test.api.app.orm.em.fork().find(Message, { text });

it('schedules from the composer, reschedules in the card with Confirm, and the widget receives it at the new time', async () => {
  const visitor: Page = await test.browser.newPage({ viewport: { width: 380, height: 560 } });
  await visitor.goto(`${test.api.url}/widget/demo-shop`);
  await visitor.getByTestId('widget-input').fill('Could you remind me about the sale?');
  await visitor.getByTestId('widget-send').click();
  await expect.poll(async () => (await stored('Could you remind me about the sale?')).length, { timeout: 10_000 }).toBe(1);
  const conversationId = toGlobalId('Conversation', (await stored('Could you remind me about the sale?'))[0]!.conversationId);

  const page = await test.login('anna@demo.test');
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await test.openConversation(page, conversationId);
  // #{first_name} is filled when it is sent; the timer previews it as the client will get it.
  const reminder = 'Hi #{first_name}! The sale starts now: 20% off everything!';
  const delivered = /^Hi Visitor! The sale starts now: 20% off everything!$/;
  await page.getByTestId('composer').fill(reminder);
  await page.getByTestId('schedule-button').click();
  await expect.poll(() => page.getByTestId('send-button').getAttribute('data-scheduling')).toBe('true');
  await expect.poll(() => page.getByTestId('schedule-preview').textContent(), { timeout: 10_000 }).toContain('Hi Visitor! The sale starts now');
  // An hour ahead, to the minute, in the project's time zone.
  await page.getByTestId('schedule-time').fill(wallTime(60 * 60_000));
  // This browser runs in UTC, the project in Moscow: the operator's own time is shown beside.
  expect(await page.getByTestId('due-time-own').textContent()).toMatch(/UTC/);
  await page.getByTestId('send-button').click();

  await expect.poll(async () => (await stored(reminder)).length, { timeout: 10_000 }).toBe(1);
  const [message] = await stored(reminder);
  const current = async () => (await test.api.app.orm.em.fork().findOneOrFail(Message, message!.id));
  const bubble = page.getByTestId('chat-window').locator(`[data-message-id="${toGlobalId('Message', message!.id)}"]`);
  await expect.poll(() => bubble.getAttribute('data-status'), { timeout: 10_000 }).toBe('SCHEDULED');
  expect(await bubble.getByTestId('message-scheduled-for').textContent()).toContain('Scheduled for');
  await expect.poll(() => page.getByTestId('chat-row').filter({ has: page.getByTestId('scheduled-mark') }).count(), { timeout: 10_000 }).toBe(1);
  const item = page.getByTestId('client-scheduled').getByTestId('scheduled-item');
  await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
  expect(await item.textContent()).toContain(reminder);
  expect(await item.textContent()).toContain('Anna Operator');
  expect(message!.status).toBe('SCHEDULED');
  const firstDue = message!.scheduledAt!.getTime();
  expect(Math.abs(firstDue - (Date.now() + 60 * 60_000))).toBeLessThan(2 * 60_000);
  await test.screenshot(page, 'scheduled-pending');

  // The card's calendar: a new time does nothing until Confirm.
  await item.getByTestId('scheduled-reschedule').click();
  await item.getByTestId('scheduled-new-time').fill(wallTime(12_000, true));
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect((await current()).scheduledAt!.getTime()).toBe(firstDue);
  await test.screenshot(page, 'scheduled-reschedule');
  await item.getByTestId('scheduled-confirm').click();
  await expect.poll(async () => (await current()).scheduledAt!.getTime(), { timeout: 10_000 }).toBeLessThan(firstDue);
  const newDue = (await current()).scheduledAt!.getTime();
  expect(newDue - Date.now()).toBeGreaterThan(3_000);

  // Not in the widget before its time; there once, after it.
  const received = visitor.getByTestId('widget-message').filter({ hasText: 'The sale starts now' });
  expect(await received.count()).toBe(0);
  await expect.poll(() => received.count(), { timeout: 30_000 }).toBe(1);
  expect(Date.now()).toBeGreaterThanOrEqual(newDue);
  await expect.poll(() => bubble.getAttribute('data-status'), { timeout: 10_000 }).toMatch(/SENT|DELIVERED|READ/);
  await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => page.getByTestId('scheduled-mark').count(), { timeout: 10_000 }).toBe(0);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await received.count()).toBe(1);
  expect((await current()).text).toMatch(delivered);
  expect(await received.textContent()).toContain('Hi Visitor!');
  await test.screenshot(page, 'scheduled-sent');
  await test.screenshot(visitor, 'scheduled-widget');
  expect(errors).toEqual([]);
}, 120_000);

it('lists every pending send for a manager on the Scheduled page, not for an operator', async () => {
  const operator = await test.login('anna@demo.test');
  expect(await operator.getByTestId('nav-scheduled').count()).toBe(0);
  const conversation = await operator.getByTestId('chat-row').first().getAttribute('data-conversation-id');
  await test.openConversation(operator, conversation!);
  await operator.getByTestId('composer').fill('Your parcel arrives tomorrow');
  await operator.getByTestId('schedule-button').click();
  await operator.getByTestId('schedule-time').fill(wallTime(3 * 60 * 60_000));
  await operator.getByTestId('send-button').click();
  await expect.poll(async () => (await stored('Your parcel arrives tomorrow')).length, { timeout: 10_000 }).toBe(1);

  const manager = await test.login('manager@demo.test', 'demo-manager');
  await expect.poll(() => manager.getByTestId('nav-scheduled').count(), { timeout: 10_000 }).toBe(1);
  await manager.getByTestId('nav-scheduled').click();
  const item = manager.getByTestId('scheduled-page').getByTestId('scheduled-item').filter({ hasText: 'Your parcel arrives tomorrow' });
  await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
  await test.screenshot(manager, 'scheduled-page');
  await item.getByRole('button', { name: 'Cancel', exact: true }).click();
  await item.getByTestId('scheduled-cancel').click();
  await expect.poll(async () => (await stored('Your parcel arrives tomorrow'))[0]!.status, { timeout: 10_000 }).toBe('CANCELLED');
  await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);
}, 90_000);
