// Small things an operator sees, in a real Chromium: who wrote the chat list's last message, deleted messages,
// the card's system variables and new deals, quick replies with fallbacks and unfilled placeholders, Esc closing
// the innermost thing, Ctrl+Shift+A and the shortcuts' list; last, the timeline in Russian.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { chooseLanguage, conversationActionLabel, openUserMenu, startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;
let anna: string;
let boris: string;
let manager: string;
let owner: string;

beforeAll(async () => {
  test = await startBrowserTest();
  [anna, boris, manager, owner] = await Promise.all([
    test.api.login('anna@demo.test', 'demo-operator'),
    test.api.login('boris@demo.test', 'demo-operator'),
    test.api.login('manager@demo.test', 'demo-manager'),
    test.api.login('owner@demo.test', 'demo-owner'),
  ]);
}, 180_000);

afterAll(async () => {
  await test?.stop();
});

// A mutation's payload, or a failure that says why.
const mutate = async (query: string, variables: object, auth: string) => {
  const result = await test.api.gql<any>(query, variables, auth);
  const payload = Object.values(result.data ?? {})[0] as { userErrors?: unknown[] } | undefined;
  if (result.errors || payload?.userErrors?.length) throw new Error(JSON.stringify(result.errors ?? payload?.userErrors));
  return payload as any;
};
const send = (conversationId: string, text: string, auth: string) =>
  mutate('mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } userErrors { message } } }', { i: { conversationId, text } }, auth);

const chatWindow = (page: Page) => page.getByTestId('chat-window');

it('names the last message’s author in the chat list — "You" for mine, a colleague’s first name — and a deleted one as deleted', async () => {
  const visitor = await test.visitorWrites('Preview Visitor', ['Do you have a blue vase?']);
  const page = await test.login('anna@demo.test');
  const preview = page.locator(`[data-testid="chat-row"][data-conversation-id="${visitor.conversationId}"]`).getByTestId('chat-row-preview');
  await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toBe('Do you have a blue vase?');

  await send(visitor.conversationId, 'Yes, two shades of blue', boris);
  await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toBe('Boris: Yes, two shades of blue');
  const mine = await send(visitor.conversationId, 'I will send photos', anna);
  await expect.poll(() => preview.textContent(), { timeout: 10_000 }).toBe('You: I will send photos');
  await test.screenshot(page, 'details-1-chat-list');

  await mutate('mutation($i: MessageInput!) { deleteMessage(input: $i) { userErrors { message } } }', { i: { messageId: mine.message.id } }, owner);
  await page.reload();
  await expect.poll(() => preview.textContent(), { timeout: 15_000 }).toBe('You: Message deleted');
  await page.close();
}, 60_000);

it('shows the system variables for people and creates a deal in the funnel, stage and with the responsible chosen', async () => {
  await mutate('mutation { createFunnel(input: { name: "Retail", stages: ["New", "Paid"] }) { userErrors { message } } }', {}, manager);
  await mutate('mutation { createFunnel(input: { name: "Wholesale", stages: ["Lead", "Contract", "Shipped"] }) { userErrors { message } } }', {}, manager);
  const visitor = await test.visitorWrites('Deal Visitor', ['I need 40 lamps for a hotel']);
  const page = await test.login('anna@demo.test');
  await test.openConversation(page, visitor.conversationId);
  const card = page.getByTestId('client-card').getByTestId('crm-sections');

  const system = (key: string) => card.locator(`[data-testid="system-variable"][data-key="${key}"]`);
  await expect.poll(() => system('id').locator('dd').textContent(), { timeout: 10_000 }).toMatch(/^[0-9a-f]{8}$/);
  expect(await system('id').locator('dt').textContent()).toBe('Client ID');
  for (const key of ['created', 'last_activity']) {
    const at = system(key).locator('time');
    expect(await at.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    // Formatted with Intl (e.g. "Dec 6, 2026, 5:03 AM"), not the raw instant.
    expect(await at.textContent()).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d/);
  }
  expect(await system('last_activity').locator('dt').textContent()).toBe('Last action');

  await card.getByTestId('deal-add').click();
  const form = card.getByTestId('deal-form');
  await form.locator('input[name="title"]').fill('Hotel lamps');
  await form.locator('select[name="funnel"]').selectOption({ label: 'Wholesale' });
  await expect.poll(() => form.locator('select[name="stage"] option').allTextContents()).toEqual(['Lead', 'Contract', 'Shipped']);
  await form.locator('select[name="stage"]').selectOption({ label: 'Contract' });
  expect(await form.locator('select[name="responsible"] option').first().textContent()).toBe('Automatic: you');
  await form.locator('select[name="responsible"]').selectOption({ label: 'Boris Operator' });
  await form.locator('input[name="budget"]').fill('48000');
  await test.screenshot(page, 'details-2-deal-form');
  await form.getByTestId('deal-create').click();

  const deal = card.getByTestId('deal').filter({ hasText: 'Hotel lamps' });
  await expect.poll(() => deal.count(), { timeout: 10_000 }).toBe(1);
  expect(await deal.getByTestId('deal-responsible').textContent()).toBe('Boris Operator');
  expect(await deal.getByTestId('deal-stage').evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.textContent)).toBe('Contract');
  const stored = await test.api.gql<any>(
    'query($id: ID!) { client(id: $id) { deals(first: 5) { edges { node { title budget funnel { name } stage { name } responsible { name } } } } } }',
    { id: visitor.clientId },
    anna,
  );
  expect(stored.data.client.deals.edges[0].node).toEqual({ title: 'Hotel lamps', budget: '48000.00', funnel: { name: 'Wholesale' }, stage: { name: 'Contract' }, responsible: { name: 'Boris Operator' } });
  await page.close();
}, 60_000);

it('fills a quick reply’s fallbacks and warns before sending a placeholder left unfilled', async () => {
  await mutate('mutation { createVariableDefinition(input: { scope: CLIENT, key: "city", name: "City", type: TEXT }) { userErrors { message } } }', {}, manager);
  await mutate(
    'mutation($i: SaveQuickReplyInput!) { saveQuickReply(input: $i) { userErrors { message } } }',
    { i: { title: 'Delivery day', text: 'Hello #{first_name|there}! Delivery to #{city|your city} on #{delivery_day}.' } },
    manager,
  );
  const visitor = await test.visitorWrites('Olga Quick', ['When will it arrive?']);
  const page = await test.login('anna@demo.test');
  await test.openConversation(page, visitor.conversationId);
  const composer = page.getByTestId('composer');
  const insert = async () => {
    await composer.press('/');
    await page.getByTestId('quick-reply-search').fill('Delivery');
    await page.getByTestId('quick-reply-option').filter({ hasText: 'Delivery day' }).click();
    await expect.poll(() => composer.inputValue(), { timeout: 10_000 }).toBe('Hello Olga! Delivery to your city on #{delivery_day}.');
  };
  const sent = (text: string) => chatWindow(page).getByTestId('message').filter({ hasText: text });

  await insert();
  await composer.press('Control+Enter');
  const warning = page.getByTestId('composer-unresolved');
  await expect.poll(() => warning.textContent(), { timeout: 5_000 }).toContain('Not filled in: #{delivery_day}');
  expect(await sent('Delivery to your city').count()).toBe(0);
  await test.screenshot(page, 'details-3-unfilled-placeholder');

  // Filled in by hand: no warning, it goes.
  await composer.fill('Hello Olga! Delivery to your city on Friday.');
  expect(await warning.count()).toBe(0);
  await composer.press('Control+Enter');
  await expect.poll(() => sent('on Friday').count(), { timeout: 10_000 }).toBe(1);

  // Left as it is, the operator may still send it on purpose.
  await insert();
  await composer.press('Control+Enter');
  await expect.poll(() => warning.count()).toBe(1);
  await page.getByTestId('composer-send-anyway').click();
  await expect.poll(() => sent('on #{delivery_day}').count(), { timeout: 10_000 }).toBe(1);
  expect(await warning.count()).toBe(0);
  await page.close();
}, 60_000);

it('closes the open menu with Esc and leaves the card; the next Esc closes the card', async () => {
  const visitor = await test.visitorWrites('Esc Visitor', ['Hello there']);
  await send(visitor.conversationId, 'Hello! How can I help?', anna);
  const page = await test.login('anna@demo.test');
  await test.openConversation(page, visitor.conversationId);
  const bubble = chatWindow(page).getByTestId('message').filter({ hasText: 'How can I help?' });
  await bubble.hover();
  await bubble.getByTestId('message-menu').click();
  await expect.poll(() => page.getByRole('menu').count()).toBe(1);

  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('menu').count()).toBe(0);
  expect(await page.getByTestId('client-card').count()).toBe(1);

  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('client-card').count()).toBe(0);
  expect(await page.getByTestId('client-card-open').count()).toBe(1);
  await page.close();
}, 60_000);

it('mentions a colleague in a note with Ctrl+Shift+A, listed with the other shortcuts', async () => {
  const visitor = await test.visitorWrites('Mention Visitor', ['Can someone check my refund?']);
  const page = await test.login('anna@demo.test');
  await test.openConversation(page, visitor.conversationId);
  await page.getByTestId('composer').fill('Refund looks fine,');
  await page.keyboard.press('Control+Shift+A');

  expect(await page.getByTestId('composer-mode-note').getAttribute('aria-selected')).toBe('true');
  expect(await page.getByTestId('composer').inputValue()).toBe('Refund looks fine, @');
  await expect.poll(() => page.getByTestId('mention-picker').count()).toBe(1);
  await page.getByTestId('composer').pressSequentially('Bor');
  await page.getByTestId('mention-option').filter({ hasText: 'Boris Operator' }).click();
  await page.getByTestId('composer').pressSequentially('please confirm');
  await page.getByTestId('composer').press('Control+Enter');
  const note = chatWindow(page).getByTestId('timeline-comment').filter({ hasText: 'please confirm' });
  await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
  expect(await note.locator('.mention').textContent()).toBe('@Boris Operator');

  await openUserMenu(page);
  await page.getByTestId('shortcuts-toggle').click();
  const mention = page.locator('[data-testid="shortcut"][data-shortcut="mention"]');
  expect(await mention.textContent()).toContain('Ctrl+Shift+A');
  expect(await mention.textContent()).toContain('Mention a colleague in an internal note');
  expect(await page.getByTestId('shortcut').count()).toBe(7);
  await test.screenshot(page, 'details-4-shortcuts');
  // A popover is a layer above the card: Esc closes it alone.
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId('shortcuts-popover').count()).toBe(0);
  expect(await page.getByTestId('client-card').count()).toBe(1);
  await page.close();
}, 60_000);

it('speaks Russian in the timeline: "Anna · 3 изменения в карточке"', async () => {
  const visitor = await test.visitorWrites('Russian Visitor', ['Здравствуйте!']);
  const labels = [];
  for (const name of ['Опт', 'Москва', 'Срочно']) labels.push((await mutate('mutation($i: CreateLabelInput!) { createLabel(input: $i) { label { id } userErrors { message } } }', { i: { kind: 'TAG', name } }, anna)).label.id);
  await mutate('mutation($i: ClientLabelsInput!) { addClientLabels(input: $i) { userErrors { message } } }', { i: { clientIds: [visitor.clientId], labelIds: labels } }, anna);
  await test.visitorWrites('Russian Visitor', ['Когда доставка?'], visitor.visitorToken);

  const page = await test.login('anna@demo.test');
  await chooseLanguage(page, 'ru');
  await test.openConversation(page, visitor.conversationId);
  const summary = chatWindow(page).getByTestId('card-changes-summary');
  await expect.poll(() => summary.textContent(), { timeout: 10_000 }).toBe('Anna · 3 изменения в карточке');
  expect(await conversationActionLabel(page, 'system-events-toggle')).toBe('Скрыть системные события');
  await test.screenshot(page, 'details-5-russian');
  // Back to English for whoever logs in as Anna next.
  await chooseLanguage(page, 'en');
  await page.close();
}, 60_000);
