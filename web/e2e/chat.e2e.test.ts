// End to end in a real Chromium: a visitor writes in the widget, the operator sees it live in the inbox,
// replies with Ctrl+Enter, and the visitor receives the reply — through the real API, PostgreSQL and Temporal.
// Then the operator works a conversation from the chat window's header: closes, reopens, takes and pins it, and
// sees the system events in the timeline and the list's sections follow. Last, the operator finds a visitor's
// message by a word, jumps to it inside the dialog, and goes away (presence). Two operators then work side by side:
// an internal note with an @mention rings the other's bell, and each sees the other viewing and typing. Last, the
// list is filtered by conditions and saved as a filter, and an operator message is pinned, edited and sent as the bot.
// Then a task on the client card (live for the other operator, in the Important section), and a transfer to a team.
// Files go both ways: a visitor's photo reaches the chat and the client card's media, an operator's document the widget.
// The Audience: the client list searched, filtered and tagged in bulk; a CSV imported and the list exported.
// Settings: an operator added and deactivated, a second web chat connected, an API token made and revoked.
// The chat button a site gets from one script tag (/widget.js) opens the same widget.
// Presence expires: an operator who closes the tab is offline in the other's header within seconds, and gets no
// new conversation (an API of its own, with a lease of seconds).
// Settings for quick replies, funnels, variables and message deletion are in settings-setup.e2e.test.ts.
// One file for the whole walk-through (each e2e file costs a browser and an API); the widget's reconnection has its own.
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../api/test/harness.ts';
import { buildWebIfStale } from '../../api/src/web-build.ts';
import { Conversation } from '../../api/src/conversations/conversation.entity.ts';
import { Operator } from '../../api/src/operators/operator.entity.ts';
import { conversationAction, conversationOffers, openUserMenu, setPresence } from './browser-harness.ts';

let api: TestApi;
let browser: Browser;

beforeAll(async () => {
  await buildWebIfStale();
  api = await startTestApi();
  await api.seed({ clients: 20 });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
});

// Each page is its own browser context: its own storage, so its own login. 1440 px wide, as operators work.
const login = async (email: string, password = 'demo-operator', baseUrl = api.url): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(baseUrl);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await expect.poll(() => page.getByTestId('chat-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  return page;
};

const loginAsAnna = () => login('anna@demo.test');
const loginAsBoris = () => login('boris@demo.test');

// Opens a conversation by its link, as a notification or a shared URL does.
const openConversation = async (page: Page, id: string) => {
  await page.evaluate((value) => (location.hash = `#/c/${encodeURIComponent(value)}`), id);
  await expect.poll(() => page.getByTestId('chat-window').getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThan(0);
};

it('carries a visitor message live to the operator and the reply back to the visitor', async () => {
  const operator = await loginAsAnna();

  const visitor = await browser.newPage();
  await visitor.goto(`${api.url}/widget/demo-shop`);
  await visitor.getByTestId('widget-input').fill('Hello! Do you have the red scarf?');
  await visitor.getByTestId('widget-send').click();
  await expect.poll(() => visitor.getByTestId('widget-message').filter({ hasText: 'red scarf' }).count()).toBe(1);

  // The new conversation appears on top of the operator's list without a reload, with an unread badge.
  const row = operator.getByTestId('chat-row').first();
  await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('red scarf');
  await expect.poll(() => row.getByTestId('unread-badge').textContent()).toContain('1');
  await row.click();
  await expect.poll(() => operator.getByTestId('chat-window').getByTestId('message').filter({ hasText: 'red scarf' }).count()).toBe(1);

  await operator.getByTestId('composer').fill('Yes, it is in stock. Shall I reserve it?');
  await operator.getByTestId('composer').press('Control+Enter');

  // The operator's own message goes QUEUED → SENT through Temporal; the visitor receives it live.
  const reply = operator.getByTestId('message').filter({ hasText: 'Shall I reserve it?' });
  await expect.poll(() => reply.getAttribute('data-status'), { timeout: 15_000 }).toBe('SENT');
  const received = visitor.getByTestId('widget-message').filter({ hasText: 'Shall I reserve it?' });
  await expect.poll(() => received.count(), { timeout: 10_000 }).toBe(1);
  expect(await received.getAttribute('data-direction')).toBe('OUTBOUND');

  // Reading is explicit: marking the conversation read clears its badge.
  await conversationAction(operator, 'mark-read');
  await expect.poll(() => row.getByTestId('unread-badge').count()).toBe(0);
}, 90_000);

it('puts the web chat on any site with one script tag: a floating button opens it, and the operator sees the message', async () => {
  // A business's page, served from another origin (a server of its own).
  const html = `<html><body><h1>Garden shop</h1><script src="${api.url}/widget.js" data-channel="demo-shop" async></script></body></html>`;
  const shop = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise<void>((resolve) => shop.listen(0, '127.0.0.1', resolve));
  const site = await browser.newPage();
  await site.goto(`http://127.0.0.1:${(shop.address() as AddressInfo).port}/`);
  const launcher = site.locator('#omni-chat-launcher');
  await launcher.click();
  expect(await launcher.getAttribute('aria-expanded')).toBe('true');
  const chat = site.frameLocator('iframe[title="Chat"]');
  await chat.getByTestId('widget-input').fill('Hello from the garden shop');
  await chat.getByTestId('widget-send').click();
  await expect.poll(() => chat.getByText('Hello from the garden shop').count(), { timeout: 10_000 }).toBe(1);
  const operator = await loginAsAnna();
  await expect.poll(() => operator.getByTestId('chat-row').filter({ hasText: 'Hello from the garden shop' }).count(), { timeout: 15_000 }).toBe(1);

  // The widget may be framed by any site; the inbox by none.
  const framing = async (path: string) => (await fetch(`${api.url}${path}`)).headers;
  expect((await framing('/')).get('x-frame-options')).toBe('DENY');
  expect((await framing('/')).get('content-security-policy')).toBe("frame-ancestors 'none'");
  expect((await framing('/widget/demo-shop')).get('x-frame-options')).toBeNull();
  await site.close();
  await operator.close();
  shop.close();
}, 60_000);

it('closes, reopens and takes a conversation, with timeline events and the sections following', async () => {
  const page = await loginAsAnna();
  const row = (id: string) => page.locator(`[data-testid="chat-row"][data-conversation-id="${id}"]`);
  const events = (type: string) => page.getByTestId('chat-window').locator(`[data-testid="timeline-event"][data-type="${type}"]`);

  // An open conversation nobody has: an operator may take it.
  await page.getByTestId('section-unassigned').click();
  await expect.poll(() => page.getByTestId('section-unassigned').getAttribute('aria-selected')).toBe('true');
  const first = page.getByTestId('chat-row').first();
  await expect.poll(() => first.count(), { timeout: 10_000 }).toBe(1);
  const id = (await first.getAttribute('data-conversation-id'))!;
  await first.click();
  await expect.poll(() => page.getByTestId('chat-window').getByTestId('message').count()).toBeGreaterThan(0);

  await conversationAction(page, 'action-close');
  await expect.poll(() => events('CLOSED').count(), { timeout: 10_000 }).toBe(1);
  expect(await events('CLOSED').textContent()).toContain('Anna Operator closed the conversation');
  // A closed conversation is no longer "unassigned" (that section holds open ones only): it leaves the list live.
  await expect.poll(() => row(id).count()).toBe(0);
  await page.getByTestId('section-closed').click();
  await expect.poll(() => row(id).count(), { timeout: 10_000 }).toBe(1);

  await conversationAction(page, 'action-reopen');
  await expect.poll(() => events('REOPENED').count(), { timeout: 10_000 }).toBe(1);
  expect(await events('REOPENED').textContent()).toContain('Anna Operator reopened the conversation');
  await expect.poll(() => page.getByTestId('status-chip').textContent()).toBe('Open');
  await expect.poll(() => row(id).count()).toBe(0);

  await page.getByTestId('section-mine').click();
  await conversationAction(page, 'action-take');
  await expect.poll(() => events('ASSIGNED').count(), { timeout: 10_000 }).toBe(1);
  expect(await events('ASSIGNED').textContent()).toContain('Anna Operator took the conversation');
  await expect.poll(() => row(id).count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => conversationOffers(page, 'action-take')).toBe(false);

  // A pin puts it on top of the section, with a mark.
  await conversationAction(page, 'action-pin');
  await expect.poll(() => row(id).getByTestId('pinned-mark').count()).toBe(1);
  expect(await page.getByTestId('chat-row').first().getAttribute('data-conversation-id')).toBe(id);
}, 90_000);

it("offers no action the server would refuse: no Take or Transfer on a colleague's conversation, Take on a free one", async () => {
  const page = await loginAsAnna();
  await page.getByTestId('section-others').click();
  await expect.poll(() => page.getByTestId('section-others').getAttribute('aria-selected')).toBe('true');
  const first = page.getByTestId('chat-row').first();
  await expect.poll(() => first.count(), { timeout: 10_000 }).toBe(1);
  await first.click();
  await expect.poll(() => conversationOffers(page, 'action-pin'), { timeout: 10_000 }).toBe(true);
  // The header's permissions have come back once Pin shows; give them a moment more, then neither is offered.
  await page.waitForLoadState('networkidle');
  expect(await conversationOffers(page, 'action-take')).toBe(false);
  expect(await conversationOffers(page, 'action-assign')).toBe(false);

  await page.getByTestId('section-unassigned').click();
  const free = page.getByTestId('chat-row').first();
  await expect.poll(() => free.count(), { timeout: 10_000 }).toBe(1);
  await free.click();
  await conversationAction(page, 'action-take');
  await expect.poll(() => page.getByTestId('assignee-name').textContent(), { timeout: 10_000 }).toContain('Anna Operator');
  // Hers now: she may hand it on, and has nothing to take.
  await expect.poll(() => conversationOffers(page, 'action-assign'), { timeout: 10_000 }).toBe(true);
  expect(await conversationOffers(page, 'action-take')).toBe(false);
}, 60_000);

// A visitor of the demo widget writes `texts` in order, through the widget's own GraphQL mutations.
const visitorWrites = async (name: string, texts: string[]) => {
  const start = await api.gql<{ widgetStart: { session: { visitorToken: string } | null } }>(
    'mutation($input: WidgetStartInput!) { widgetStart(input: $input) { session { visitorToken } userErrors { message } } }',
    { input: { publicKey: 'demo-shop', name } },
  );
  const token = start.data?.widgetStart.session?.visitorToken;
  if (!token) throw new Error(`widgetStart failed: ${JSON.stringify(start)}`);
  for (const [index, text] of texts.entries()) {
    const sent = await api.gql(
      'mutation($input: WidgetSendInput!) { widgetSend(input: $input) { message { id } userErrors { message } } }',
      { input: { text, idempotencyKey: `search-e2e-${index}` } },
      `Visitor ${token}`,
    );
    if (sent.errors) throw new Error(`widgetSend failed: ${JSON.stringify(sent)}`);
  }
};

it('finds a visitor message by a word, jumps to it inside the dialog, and sets the presence to away', async () => {
  // The word sits in the first message, with more than a timeline page (30) after it: the jump loads older pages.
  const fillers = Array.from({ length: 40 }, (_, n) => `Another question number ${n + 1}`);
  await visitorWrites('Search Visitor', ['Do you ship the turquoise umbrella to Lisbon?', ...fillers]);
  const page = await loginAsAnna();

  await page.getByTestId('search-input').fill('turquoi');
  const found = page.getByTestId('chat-row').filter({ hasText: 'Search Visitor' });
  await expect.poll(() => found.count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => page.getByTestId('chat-row').count()).toBe(1);
  expect(await found.getByTestId('search-hit').locator('mark').allTextContents()).toContain('turquoise');
  expect(await found.getByTestId('search-hit').textContent()).toContain('umbrella to Lisbon');

  await found.click();
  await expect.poll(() => page.getByTestId('chat-window').getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await conversationAction(page, 'dialog-search-toggle');
  await page.getByTestId('dialog-search-input').fill('umbrella');
  const current = page.getByTestId('chat-window').locator('[data-testid="message"][data-hit="current"]');
  await expect.poll(() => current.count(), { timeout: 15_000 }).toBe(1);
  expect(await current.textContent()).toContain('turquoise umbrella');
  expect(await page.getByTestId('dialog-search-count').textContent()).toBe('1 of 1');
  // Scrolled into view inside the timeline.
  const inView = await current.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const scroller = el.closest('.message-scroll')!.getBoundingClientRect();
    return box.bottom > scroller.top && box.top < scroller.bottom;
  });
  expect(inView).toBe(true);

  // Clearing the list search brings the usual list back.
  await page.getByTestId('search-input').fill('');
  await expect.poll(() => page.getByTestId('chat-row').count(), { timeout: 10_000 }).toBeGreaterThan(1);
  expect(await page.getByTestId('search-hit').count()).toBe(0);

  await setPresence(page, 'AWAY');
  await expect.poll(() => page.getByTestId('presence-dot').getAttribute('data-status'), { timeout: 10_000 }).toBe('AWAY');
  await page.getByTestId('team-toggle').click();
  const anna = page.getByTestId('team-member').filter({ hasText: 'Anna Operator' });
  await expect.poll(() => anna.getAttribute('data-status'), { timeout: 10_000 }).toBe('AWAY');
}, 90_000);

it('writes an internal note with an @mention, which rings the mentioned operator’s bell', async () => {
  const boris = await loginAsBoris();
  const anna = await loginAsAnna();
  expect(await boris.getByTestId('notification-count').count()).toBe(0);

  await anna.getByTestId('chat-row').first().click();
  await expect.poll(() => anna.getByTestId('chat-window').getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  // Written as a reply first, then converted: switching to a note keeps the text.
  await anna.getByTestId('composer').fill('Refund approved, ');
  await anna.getByTestId('composer-mode-note').click();
  expect(await anna.getByTestId('composer').inputValue()).toBe('Refund approved, ');
  await anna.getByTestId('composer').pressSequentially('@Bor');
  await anna.getByTestId('mention-option').filter({ hasText: 'Boris Operator' }).click();
  await anna.getByTestId('composer').pressSequentially('please send the label');
  await anna.getByTestId('composer').press('Control+Enter');

  // The note sits in the timeline as a note, not as a message to the client.
  const note = anna.getByTestId('timeline-comment').filter({ hasText: 'please send the label' });
  await expect.poll(() => note.count(), { timeout: 10_000 }).toBe(1);
  expect(await note.textContent()).toContain('Note · Anna Operator');
  expect(await note.locator('.mention').textContent()).toBe('@Boris Operator');
  expect(await anna.getByTestId('message').filter({ hasText: 'please send the label' }).count()).toBe(0);

  await note.getByTestId('comment-pin').click();
  await expect.poll(() => anna.getByTestId('pinned-comments').textContent(), { timeout: 10_000 }).toContain('please send the label');

  // Boris's bell rings live; the notification opens the conversation and is read then.
  await expect.poll(() => boris.getByTestId('notification-count').textContent(), { timeout: 10_000 }).toBe('1');
  await boris.getByTestId('notification-bell').click();
  await boris.getByTestId('notification-item').first().click();
  await expect.poll(() => boris.getByTestId('timeline-comment').filter({ hasText: 'please send the label' }).count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => boris.getByTestId('notification-count').count()).toBe(0);
}, 90_000);

it('shows two operators on one conversation who views it and who types', async () => {
  const anna = await loginAsAnna();
  const boris = await loginAsBoris();
  const id = (await anna.getByTestId('chat-row').nth(1).getAttribute('data-conversation-id'))!;
  await openConversation(anna, id);
  await openConversation(boris, id);
  const seenByBoris = boris.getByTestId('activity-indicator');
  await expect.poll(() => seenByBoris.textContent(), { timeout: 10_000 }).toBe('Anna Operator is viewing');

  await anna.getByTestId('composer').pressSequentially('We will send it today');
  await expect.poll(() => seenByBoris.textContent(), { timeout: 10_000 }).toBe('Anna Operator is typing…');
  await boris.getByTestId('composer').pressSequentially('I can');
  await expect.poll(() => seenByBoris.textContent(), { timeout: 10_000 }).toBe('You and Anna Operator are typing…');

  // Sending ends the typing at once.
  await anna.getByTestId('composer').press('Control+Enter');
  await expect.poll(() => seenByBoris.textContent(), { timeout: 10_000 }).toBe('Anna Operator is viewing');
}, 90_000);

it('filters the list by a condition, saves it shared and re-applies it; pins and edits an operator message', async () => {
  const auth = await api.login('anna@demo.test', 'demo-operator');
  const idsOf = async (conditions: object[]) => {
    const result = await api.gql<{ conversations: { edges: { node: { id: string } }[] } }>(
      'query($filter: ConversationFilter) { conversations(first: 100, filter: $filter) { edges { node { id } } } }',
      { filter: { conditions } },
      auth,
    );
    return result.data!.conversations.edges.map((edge) => edge.node.id);
  };
  const withPhone = await idsOf([{ field: 'HAS_PHONE', is: true }]);
  const withoutPhone = await idsOf([{ field: 'HAS_PHONE', is: false }]);
  expect(withPhone.length).toBeGreaterThan(0);
  expect(withoutPhone.length).toBeGreaterThan(0);

  const page = await loginAsAnna();
  const rowIds = () => page.getByTestId('chat-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-conversation-id')!));
  await expect.poll(async () => (await rowIds()).some((id) => withoutPhone.includes(id)), { timeout: 10_000 }).toBe(true);
  const onlyPhones = async () => {
    const ids = await rowIds();
    return ids.length > 0 && ids.every((id) => withPhone.includes(id));
  };

  await page.getByTestId('filter-toggle').click();
  await page.getByTestId('filter-add').click();
  await page.getByTestId('filter-condition').getByTestId('filter-field').selectOption('HAS_PHONE');
  await page.getByTestId('filter-apply').click();
  await expect.poll(onlyPhones, { timeout: 10_000 }).toBe(true);
  expect(await page.getByTestId('filter-chip').textContent()).toContain('1 condition');

  await page.getByTestId('save-filter').click();
  await page.getByTestId('save-filter-name').fill('With phones');
  await page.getByTestId('save-filter-shared').check();
  await page.getByTestId('save-filter-submit').click();
  const option = page.getByTestId('saved-filter-option').filter({ hasText: 'With phones' });
  await expect.poll(() => option.count(), { timeout: 10_000 }).toBe(1);
  expect(await option.getAttribute('data-shared')).toBe('true');

  // Cleared, then the saved filter brings the condition back.
  await page.getByTestId('filter-clear').click();
  await expect.poll(async () => (await rowIds()).some((id) => withoutPhone.includes(id)), { timeout: 10_000 }).toBe(true);
  expect(await page.getByTestId('filter-chip').count()).toBe(0);
  const value = (await option.getAttribute('value'))!;
  await page.getByTestId('saved-filters').selectOption(value);
  await expect.poll(onlyPhones, { timeout: 10_000 }).toBe(true);
  expect(await page.getByTestId('filter-chip').textContent()).toContain('1 condition');
  await page.keyboard.press('Escape');

  // An operator message: pinned into the strip on top, then edited in place.
  await page.getByTestId('chat-row').first().click();
  await expect.poll(() => page.getByTestId('chat-window').getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await page.getByTestId('composer').fill('The parcel leaves on Monday');
  await page.getByTestId('composer').press('Control+Enter');
  const typed = page.getByTestId('message').filter({ hasText: 'The parcel leaves on Monday' });
  await expect.poll(() => typed.getAttribute('data-status'), { timeout: 15_000 }).toBe('SENT');
  // By id: while edited, the bubble's text sits in the editor.
  const sent = page.locator(`[data-testid="message"][data-message-id="${await typed.getAttribute('data-message-id')}"]`);
  await sent.hover();
  await sent.getByTestId('message-menu').click();
  await sent.getByTestId('message-pin').click();
  await expect.poll(() => page.getByTestId('pinned-messages').textContent(), { timeout: 10_000 }).toContain('The parcel leaves on Monday');
  expect(await sent.getAttribute('data-pinned')).toBe('true');

  await sent.hover();
  await sent.getByTestId('message-menu').click();
  await sent.getByTestId('message-edit').click();
  await sent.getByTestId('message-edit-input').fill('The parcel leaves on Tuesday');
  await sent.getByTestId('message-edit-save').click();
  // The live update may show "edited" before the mutation answers and the editor closes.
  await expect.poll(() => sent.getByTestId('message-edit-input').count(), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => sent.getByTestId('message-edited').count(), { timeout: 10_000 }).toBe(1);
  expect(await sent.textContent()).toContain('The parcel leaves on Tuesday');
  await expect.poll(() => page.getByTestId('pinned-messages').textContent(), { timeout: 10_000 }).toContain('on Tuesday');

  // "Send as bot": the reply goes out as the bot's.
  await page.getByTestId('composer-as-bot').check();
  await page.getByTestId('composer').fill('Automated tracking update');
  await page.getByTestId('composer').press('Control+Enter');
  const botReply = page.getByTestId('message').filter({ hasText: 'Automated tracking update' });
  await expect.poll(() => botReply.getAttribute('data-sender'), { timeout: 10_000 }).toBe('BOT');
}, 90_000);

it('marks a conversation read on opening for an operator who chose so, and not otherwise', async () => {
  await visitorWrites('Read On Open', ['Is anybody reading this?']);
  const page = await loginAsBoris();
  const row = page.getByTestId('chat-row').filter({ hasText: 'Read On Open' });
  await expect.poll(() => row.getByTestId('unread-badge').count(), { timeout: 10_000 }).toBe(1);

  await openUserMenu(page);
  await page.getByTestId('read-on-open').check();
  await page.keyboard.press('Escape');
  await expect.poll(async () => {
    const me = await api.gql<{ me: { operator: { readOnOpen: boolean } } }>('{ me { operator { readOnOpen } } }', {}, await api.login('boris@demo.test', 'demo-operator'));
    return me.data?.me.operator.readOnOpen;
  }).toBe(true);
  await row.click();
  await expect.poll(() => row.getByTestId('unread-badge').count(), { timeout: 10_000 }).toBe(0);
  await openUserMenu(page);
  await page.getByTestId('read-on-open').uncheck();
  await page.close();
}, 60_000);

it('keeps tasks on the client card: overdue in red, in the Important section, completed live by another operator', async () => {
  const anna = await loginAsAnna();
  const first = anna.getByTestId('chat-row').first();
  const id = (await first.getAttribute('data-conversation-id'))!;
  await first.click();
  const boris = await loginAsBoris();
  await openConversation(boris, id);

  const card = anna.getByTestId('client-card');
  await card.getByTestId('task-add').click();
  await card.getByTestId('task-title').fill('Call back about the scarf');
  await card.getByTestId('task-priority').selectOption('URGENT');
  await card.getByTestId('task-due').fill('2020-01-01T10:00');
  await card.getByTestId('task-assignee').selectOption({ label: 'Boris Operator' });
  await card.getByTestId('task-save').click();
  const annasTask = card.getByTestId('task-row').filter({ hasText: 'Call back about the scarf' });
  await expect.poll(() => annasTask.count(), { timeout: 10_000 }).toBe(1);
  expect(await annasTask.getAttribute('class')).toContain('is-overdue');
  expect(await annasTask.getByTestId('task-due-text').textContent()).toContain('Overdue');
  expect(await annasTask.textContent()).toContain('Boris Operator');

  // The other operator's card shows it live; the client's conversation is Important now.
  const borisTask = boris.getByTestId('client-card').getByTestId('task-row').filter({ hasText: 'Call back about the scarf' });
  await expect.poll(() => borisTask.count(), { timeout: 10_000 }).toBe(1);
  await anna.getByTestId('section-important').click();
  const row = anna.locator(`[data-testid="chat-row"][data-conversation-id="${id}"]`);
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);

  // Completed by the other operator: it leaves the card's open tasks and the Important section, live.
  await borisTask.getByTestId('task-complete').check();
  await expect.poll(() => annasTask.count(), { timeout: 10_000 }).toBe(0);
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(0);
  await anna.close();
  await boris.close();
}, 90_000);

it('transfers a conversation to a team with a comment; the team’s section and the timeline follow', async () => {
  const manager = await api.login('manager@demo.test', 'demo-manager');
  const created = await api.gql<{ createTeam: { team: { id: string } } }>('mutation { createTeam(input: { name: "Sales" }) { team { id } } }', {}, manager);
  const teamId = created.data!.createTeam.team.id;
  const me = await api.gql<{ me: { operator: { id: string } } }>('{ me { operator { id } } }', {}, await api.login('anna@demo.test', 'demo-operator'));
  await api.gql('mutation($i: SetTeamMembersInput!) { setTeamMembers(input: $i) { userErrors { code } } }', { i: { teamId, operatorIds: [me.data!.me.operator.id] } }, manager);

  const page = await loginAsAnna();
  const teamTab = page.locator(`[data-testid="section-team"][data-team-id="${teamId}"]`);
  await expect.poll(() => teamTab.count(), { timeout: 10_000 }).toBe(1);
  await page.getByTestId('section-mine').click();
  const first = page.getByTestId('chat-row').first();
  await expect.poll(() => first.count(), { timeout: 10_000 }).toBe(1);
  const id = (await first.getAttribute('data-conversation-id'))!;
  await first.click();
  await expect.poll(() => page.getByTestId('chat-window').getByTestId('message').count(), { timeout: 10_000 }).toBeGreaterThan(0);

  await conversationAction(page, 'action-assign');
  await page.getByTestId('assign-comment').fill('Wants a bulk discount');
  await page.locator(`[data-testid="transfer-team-option"][data-team-id="${teamId}"]`).click();
  const event = page.getByTestId('chat-window').locator('[data-testid="timeline-event"][data-type="TEAM_ASSIGNED"]');
  await expect.poll(() => event.count(), { timeout: 10_000 }).toBe(1);
  expect(await event.textContent()).toContain('Anna Operator transferred the conversation to team Sales: Wants a bulk discount');

  await teamTab.click();
  await expect.poll(() => page.locator(`[data-testid="chat-row"][data-conversation-id="${id}"]`).count(), { timeout: 10_000 }).toBe(1);
  await page.close();
}, 90_000);

it('carries files both ways: a visitor’s photo to the inbox and the client card, an operator’s document to the widget', async () => {
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  const visitor = await browser.newPage();
  await visitor.goto(`${api.url}/widget/demo-shop`);
  await visitor.getByTestId('widget-input').fill('Here is the receipt photo');
  await visitor.getByTestId('widget-send').click();
  await visitor.getByTestId('widget-file-input').setInputFiles({ name: 'receipt.png', mimeType: 'image/png', buffer: png });
  const sentImage = visitor.getByTestId('widget-image');
  await expect.poll(() => sentImage.count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => sentImage.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);

  const operator = await loginAsAnna();
  // The list shows the newest message: the photo, which has no text.
  const row = operator.getByTestId('chat-row').filter({ hasText: '📎 Attachment' });
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
  await row.click();
  const inChat = operator.getByTestId('chat-window').getByTestId('attachment-image').locator('img');
  await expect.poll(() => inChat.count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => inChat.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
  await expect.poll(() => operator.getByTestId('client-media').getByTestId('media-image').count(), { timeout: 10_000 }).toBe(1);

  // The operator attaches a document, sees it pending, and sends it without text; the visitor gets a download chip.
  await operator.getByTestId('attach-input').setInputFiles({ name: 'price.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await expect.poll(() => operator.getByTestId('pending-attachment').getAttribute('data-state'), { timeout: 10_000 }).toBe('ready');
  await operator.getByTestId('send-button').click();
  await expect.poll(() => operator.getByTestId('pending-attachment').count()).toBe(0);
  await expect.poll(() => operator.getByTestId('chat-window').getByTestId('file-chip').filter({ hasText: 'price.pdf' }).count(), { timeout: 10_000 }).toBe(1);
  const chip = visitor.getByTestId('widget-file').filter({ hasText: 'price.pdf' });
  await expect.poll(() => chip.count(), { timeout: 15_000 }).toBe(1);
  await operator.getByTestId('client-media').getByTestId('media-tab').filter({ hasText: 'Files' }).click();
  await expect.poll(() => operator.getByTestId('client-media').getByTestId('media-file').filter({ hasText: 'price.pdf' }).count(), { timeout: 10_000 }).toBe(1);
  await visitor.close();
  await operator.close();
}, 90_000);

it('keeps the CRM on the client card: tags, owner, profile, variables, a deal moving stages, notes and history, live', async () => {
  const manager = await api.login('manager@demo.test', 'demo-manager');
  await api.gql('mutation { createFunnel(input: { name: "Sales", stages: ["New", "Offer", "Paid"] }) { userErrors { code } } }', {}, manager);
  await api.gql('mutation { createVariableDefinition(input: { scope: CLIENT, key: "city", name: "City", type: TEXT }) { userErrors { code } } }', {}, manager);
  const anna = await loginAsAnna();
  const row = anna.getByTestId('chat-row').nth(2);
  const id = (await row.getAttribute('data-conversation-id'))!;
  await row.click();
  const boris = await loginAsBoris();
  await openConversation(boris, id);
  const card = anna.getByTestId('client-card').getByTestId('crm-sections');
  const borisCard = boris.getByTestId('client-card').getByTestId('crm-sections');

  // A new tag, created from the picker, shows on both cards.
  await card.getByTestId('tag-input').fill('VIP');
  await card.getByTestId('tag-input').press('Enter');
  await expect.poll(() => card.getByTestId('client-tag').filter({ hasText: 'VIP' }).count(), { timeout: 10_000 }).toBe(1);
  await expect.poll(() => borisCard.getByTestId('client-tag').filter({ hasText: 'VIP' }).count(), { timeout: 10_000 }).toBe(1);

  await card.getByTestId('take-client').click();
  await expect.poll(() => card.getByTestId('client-owner').textContent(), { timeout: 10_000 }).toBe('Your client');
  await expect.poll(() => borisCard.getByTestId('client-owner').textContent(), { timeout: 10_000 }).toBe('Anna Operator');

  await card.getByTestId('profile-edit').click();
  await card.getByTestId('profile-form').locator('input[name="email"]').fill('not an email');
  await card.getByTestId('profile-form').getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => card.getByTestId('crm-error').textContent(), { timeout: 10_000 }).toContain('not an e-mail address');
  await card.getByTestId('profile-form').locator('input[name="country"]').fill('Armenia');
  await card.getByTestId('profile-form').locator('input[name="email"]').fill('vip@example.com');
  await card.getByTestId('profile-form').getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => card.getByTestId('crm-profile').textContent(), { timeout: 10_000 }).toContain('Armenia');

  await card.locator('[data-testid="variable"][data-key="city"] input').fill('Yerevan');
  await card.getByTestId('variables-save').click();
  await expect.poll(() => borisCard.locator('[data-testid="variable"][data-key="city"] input').inputValue(), { timeout: 10_000 }).toBe('Yerevan');

  // A deal moved to the next stage: the card shows the stage, the timeline the move.
  await card.getByTestId('deal-add').click();
  await card.getByTestId('deal-form').locator('input[name="title"]').fill('Winter coat');
  await card.getByTestId('deal-form').locator('input[name="budget"]').fill('12000');
  await card.getByTestId('deal-form').getByRole('button', { name: 'Create' }).click();
  await expect.poll(() => card.getByTestId('deal').count(), { timeout: 10_000 }).toBe(1);
  await card.getByTestId('deal-stage').selectOption({ label: 'Offer' });
  await expect.poll(() => card.getByTestId('client-stages').textContent(), { timeout: 10_000 }).toContain('Sales: Offer');
  // In the timeline, Anna's changes to the card read as one line that opens to show each.
  const run = anna.getByTestId('chat-window').getByTestId('card-changes').last();
  await expect.poll(() => run.getByTestId('card-changes-summary').textContent(), { timeout: 10_000 }).toMatch(/^Anna · \d+ changes to the card$/);
  await run.getByTestId('card-changes-toggle').click();
  const moved = run.getByTestId('client-activity').filter({ hasText: 'Deal "Winter coat": New → Offer' });
  await expect.poll(() => moved.count(), { timeout: 10_000 }).toBe(1);
  await card.getByTestId('deal-won').click();
  await expect.poll(() => card.getByTestId('client-sales').textContent(), { timeout: 10_000 }).toContain('12,000 RUB');

  await card.getByTestId('note-input').fill('Prefers calls after 6 pm');
  await card.getByRole('button', { name: 'Add note' }).click();
  await expect.poll(() => borisCard.getByTestId('note').filter({ hasText: 'Prefers calls' }).count(), { timeout: 10_000 }).toBe(1);
  const history = await card.getByTestId('history-entry').allTextContents();
  // The composer's emoji picker inserts at the caret.
  await anna.getByTestId('composer').fill('Thanks ');
  await anna.getByTestId('emoji-button').click();
  await anna.getByTestId('emoji-option').filter({ hasText: '👍' }).click();
  expect(await anna.getByTestId('composer').inputValue()).toBe('Thanks 👍');
  expect(history.join('\n')).toMatch(/Deal "Winter coat" won[\s\S]*Deal "Winter coat": New → Offer[\s\S]*City: Yerevan[\s\S]*Profile updated: email, country[\s\S]*Anna Operator took the client[\s\S]*Tag "VIP" added/);
  await anna.close();
  await boris.close();
}, 120_000);

// The Audience, from the header's navigation: the table with its section counts.
const openAudience = async (page: Page) => {
  await page.getByTestId('nav-audience').click();
  await expect.poll(() => page.getByTestId('audience-row').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await expect.poll(() => page.getByTestId('audience-section-active').getByTestId('audience-section-count').textContent(), { timeout: 10_000 }).toMatch(/^\d+$/);
};

it('searches and filters the Audience, tags two clients in bulk and shows a refused action', async () => {
  const auth = await api.login('anna@demo.test', 'demo-operator');
  const withPhone = await api.gql<{ clients: { edges: { node: { id: string } }[]; totalCount: number } }>(
    'query($f: ClientFilter) { clients(first: 100, filter: $f) { edges { node { id } } totalCount } }',
    { f: { conditions: [{ field: 'HAS_PHONE', is: true }] } },
    auth,
  );
  const phoneIds = withPhone.data!.clients.edges.map((edge) => edge.node.id);
  const page = await loginAsAnna();
  await openAudience(page);
  const rows = page.getByTestId('audience-row');
  const rowIds = () => rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-client-id')!));

  // Search by part of a name: only clients with it stay.
  const name = (await rows.first().getByTestId('audience-name').textContent())!;
  const word = name.split(' ')[0]!;
  const total = await rows.count();
  await page.getByTestId('audience-search').fill(word.toLowerCase());
  const names = () => rows.getByTestId('audience-name').allTextContents();
  await expect.poll(async () => (await names()).every((text) => text.toLowerCase().includes(word.toLowerCase())) && (await rows.count()) < total, { timeout: 10_000 }).toBe(true);
  await page.getByTestId('audience-search').fill('');

  // The inbox's condition builder: "Has phone" leaves the clients with a phone, the count follows.
  await page.getByTestId('filter-toggle').click();
  await page.getByTestId('filter-add').click();
  await page.getByTestId('filter-condition').getByTestId('filter-field').selectOption('HAS_PHONE');
  await page.getByTestId('filter-apply').click();
  await expect.poll(async () => (await rowIds()).every((id) => phoneIds.includes(id)) && (await rows.count()) === phoneIds.length, { timeout: 10_000 }).toBe(true);
  await expect.poll(() => page.getByTestId('audience-section-active').getByTestId('audience-section-count').textContent()).toBe(String(withPhone.data!.clients.totalCount));

  // Two clients tagged at once with a tag created on the spot: their chips appear.
  await rows.nth(0).getByTestId('audience-row-check').check();
  await rows.nth(1).getByTestId('audience-row-check').check();
  const chosen = (await rowIds()).slice(0, 2);
  expect(await page.getByTestId('bulk-count').textContent()).toBe('2 clients selected');
  await page.getByTestId('bulk-tags').click();
  await page.getByTestId('label-search').fill('Wholesale');
  await page.getByTestId('label-create').click();
  for (const id of chosen) {
    const row = page.locator(`[data-testid="audience-row"][data-client-id="${id}"]`);
    await expect.poll(() => row.getByTestId('tag-chip').filter({ hasText: 'Wholesale' }).count(), { timeout: 10_000 }).toBe(1);
  }
  expect(await page.getByTestId('bulk-notice').textContent()).toContain('Added “Wholesale” to 2 clients');

  // The new field of the builder: the tag finds exactly those two.
  await page.getByTestId('filter-toggle').click();
  await page.getByTestId('filter-condition').getByTestId('filter-field').selectOption('TAGS');
  await page.getByTestId('filter-labels').getByText('Wholesale').click();
  await page.getByTestId('filter-apply').click();
  await expect.poll(async () => (await rowIds()).sort().join(), { timeout: 10_000 }).toBe([...chosen].sort().join());

  // Deleting is for managers: an operator chooses the page's rows, confirms, and reads the refusal.
  await page.getByTestId('audience-select-all').check();
  expect(await page.getByTestId('bulk-count').textContent()).toBe('2 clients selected');
  await page.getByTestId('bulk-delete').click();
  await page.getByTestId('confirm-ok').click();
  await expect.poll(() => page.getByTestId('bulk-error').textContent(), { timeout: 10_000 }).toContain('may do this');
  expect(await rows.count()).toBe(2);

  // Someone else's change reaches the table live: a client a manager archives leaves the Active rows.
  const manager = await api.login('manager@demo.test', 'demo-manager');
  const archive = (action: string) =>
    api.gql('mutation($i: BulkClientActionInput!) { bulkClientAction(input: $i) { userErrors { code } } }', { i: { clientIds: [chosen[0]], action } }, manager);
  await archive('ARCHIVE');
  await expect.poll(() => rowIds(), { timeout: 10_000 }).toEqual([chosen[1]]);
  await archive('UNARCHIVE');
  await page.close();
}, 90_000);

it('imports a CSV in the Audience with live progress, lists the new client and exports a CSV to download', async () => {
  const page = await login('manager@demo.test', 'demo-manager');
  await openAudience(page);
  await page.getByTestId('jobs-toggle').click();
  const csv = ['name;phone;email;tags', 'Imported Ivan;+7 901 000-00-01;ivan@import.test;Imported', 'Imported Olga;;olga@import.test;Imported|VIP', 'Bad Phone;call me;;'].join('\r\n');
  await page.getByTestId('import-file').setInputFiles({ name: 'clients.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  expect(await page.getByTestId('import-file-name').textContent()).toContain('clients.csv');
  await page.getByTestId('import-start').click();

  const job = page.getByTestId('job-import');
  await expect.poll(() => job.getAttribute('data-status'), { timeout: 30_000 }).toBe('DONE');
  expect(await job.getByTestId('job-numbers').textContent()).toBe('3 / 3');
  const bar = job.getByTestId('job-progress');
  expect(await bar.getAttribute('aria-valuenow')).toBe(await bar.getAttribute('aria-valuemax'));
  expect(await job.getByTestId('job-summary').textContent()).toContain('2 created');
  expect(await job.getByTestId('job-error').allTextContents()).toEqual([expect.stringContaining('Line 4')]);

  // The list reloads when the import is done: the new clients are there, with their tags.
  const ivan = page.getByTestId('audience-row').filter({ hasText: 'Imported Ivan' });
  await expect.poll(() => ivan.count(), { timeout: 10_000 }).toBe(1);
  expect(await ivan.getByTestId('tag-chip').allTextContents()).toEqual(['Imported']);
  await ivan.click();
  await expect.poll(() => page.getByTestId('client-details-name').textContent(), { timeout: 10_000 }).toBe('Imported Ivan');
  await expect.poll(() => page.getByTestId('client-details').getByTestId('crm-sections').count(), { timeout: 10_000 }).toBe(1);

  // Export what the search finds: a progress bar, then a link to the CSV.
  await page.getByTestId('audience-search').fill('import.test');
  await expect.poll(() => page.getByTestId('audience-row').count(), { timeout: 10_000 }).toBe(2);
  await page.getByTestId('jobs-toggle').click();
  await page.getByTestId('export-start').click();
  const exported = page.getByTestId('job-export');
  await expect.poll(() => exported.getAttribute('data-status'), { timeout: 30_000 }).toBe('DONE');
  expect(await exported.getByTestId('job-numbers').textContent()).toBe('2 / 2');
  const href = (await exported.getByTestId('export-download').getAttribute('href'))!;
  expect(href).toMatch(/^\/files\//);
  const body = await page.evaluate((url) => fetch(url).then((response) => response.text()), href);
  expect(body).toContain('Imported Ivan');
  expect(body).toContain('olga@import.test');
  await page.close();
}, 120_000);

it('runs the project from Settings: adds an operator and a team, connects a web chat, makes and revokes an API token, deactivates the operator', async () => {
  const owner = await login('owner@demo.test', 'demo-owner');
  await owner.getByTestId('nav-settings').click();
  await owner.getByTestId('settings-nav-operators').click();

  // A new operator, who logs in with the password the owner chose and changes it.
  const form = owner.getByTestId('add-operator');
  await form.locator('input[name="name"]').fill('Dina Support');
  await form.locator('input[name="email"]').fill('Dina@Demo.test');
  await form.locator('input[name="password"]').fill('first-pass-1');
  await form.getByTestId('add-operator-submit').click();
  await expect.poll(() => owner.getByTestId('settings-notice').textContent(), { timeout: 10_000 }).toContain('dina@demo.test with the password first-pass-1');
  await expect.poll(() => owner.getByTestId('operator-row').filter({ hasText: 'Dina Support' }).count()).toBe(1);
  expect(await owner.getByTestId('operator-row').filter({ hasText: 'Dina Support' }).locator('select').inputValue()).toBe('OPERATOR');
  // At most 3 of the new conversations are given to her automatically.
  await owner.getByRole('spinbutton', { name: 'Chats at once for Dina Support' }).fill('3');
  await owner.getByRole('spinbutton', { name: 'Chats at once for Dina Support' }).press('Enter');
  const capacityOf = async () =>
    (await api.gql<{ operators: { name: string; capacity: number }[] }>('{ operators { name capacity } }', {}, await api.login('owner@demo.test', 'demo-owner'))).data!.operators.find(
      (o) => o.name === 'Dina Support',
    )?.capacity;
  await expect.poll(capacityOf, { timeout: 10_000 }).toBe(3);

  // The same e-mail again is refused, with the reason, and adds nobody.
  await form.locator('input[name="name"]').fill('Dina Again');
  await form.locator('input[name="email"]').fill('dina@demo.test');
  await form.locator('input[name="password"]').fill('first-pass-2');
  await form.getByTestId('add-operator-submit').click();
  await expect.poll(() => owner.getByTestId('settings-error').textContent(), { timeout: 10_000 }).toBe('An operator with this e-mail already exists.');
  expect(await owner.getByTestId('operator-row').filter({ hasText: 'Dina Again' }).count()).toBe(0);

  // A team with her in it: her inbox gets the team's tab.
  await owner.getByTestId('settings-nav-teams').click();
  await owner.getByTestId('add-team').locator('input[name="name"]').fill('Night shift');
  await owner.getByTestId('add-team').locator('button[type="submit"]').click();
  const team = owner.locator('[data-testid="team-card"][data-name="Night shift"]');
  await expect.poll(() => team.count(), { timeout: 10_000 }).toBe(1);
  await team.getByRole('checkbox', { name: 'Dina Support' }).check();
  await expect.poll(() => team.getByRole('checkbox', { name: 'Dina Support' }).isDisabled(), { timeout: 10_000 }).toBe(false);

  const dina = await login('dina@demo.test', 'first-pass-1');
  await expect.poll(() => dina.getByTestId('section-team').textContent(), { timeout: 10_000 }).toContain('Night shift');
  await dina.getByTestId('nav-settings').click();
  // The Settings page loads its part of the app first: wait for its navigation.
  await expect.poll(() => dina.locator('.settings-nav-link').allTextContents(), { timeout: 10_000 }).toEqual(['My account']);
  await dina.locator('input[name="currentPassword"]').fill('first-pass-1');
  await dina.locator('input[name="newPassword"]').fill('dina-own-pass');
  await dina.locator('input[name="repeat"]').fill('dina-own-pass');
  await dina.getByTestId('change-password').click();
  await expect.poll(() => dina.locator('.settings-notice').textContent(), { timeout: 10_000 }).toContain('Password changed');
  await dina.getByTestId('nav-inbox').click();

  // A second web chat: its widget code is shown, and a visitor's message there reaches the inbox live.
  await owner.getByTestId('settings-nav-channels').click();
  await owner.getByTestId('add-channel').locator('input[name="name"]').fill('Support chat');
  await owner.getByTestId('add-channel').locator('button[type="submit"]').click();
  const card = owner.locator('[data-testid="channel-card"][data-name="Support chat"]');
  await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(1);
  const widgetUrl = /src="([^"]+)"/.exec((await card.getByTestId('embed-code').textContent())!)![1]!;
  expect(widgetUrl).toMatch(/\/widget\/[\w-]{16}$/);
  const visitor = await browser.newPage();
  await visitor.goto(`${api.url}${new URL(widgetUrl).pathname}`); // the test server's PUBLIC_URL is not resolvable
  await visitor.getByTestId('widget-input').fill('Hello from the support chat');
  await visitor.getByTestId('widget-send').click();
  await expect.poll(() => dina.getByTestId('chat-row').filter({ hasText: 'Hello from the support chat' }).count(), { timeout: 15_000 }).toBe(1);
  await visitor.close();

  // An API token: shown once, works at once, and stops working when revoked.
  await owner.getByTestId('settings-nav-api-tokens').click();
  await owner.getByTestId('add-api-token').locator('input[name="name"]').fill('CRM sync');
  await owner.getByTestId('add-api-token').locator('button[type="submit"]').click();
  const secret = (await owner.getByTestId('api-token-secret').textContent({ timeout: 10_000 }))!;
  const asToken = () => api.gql<{ me: { project: { name: string } } }>('{ me { project { name } } }', {}, `Bearer ${secret}`);
  expect((await asToken()).data?.me.project.name).toBe('Demo Shop');
  const row = owner.getByTestId('api-token-row').filter({ hasText: 'CRM sync' });
  await row.getByRole('button', { name: 'Revoke' }).click();
  await row.getByTestId('api-token-revoke').click();
  await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(0);
  expect((await asToken()).errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');

  // Deactivating Dina signs her out at once; her old and new passwords no longer open the inbox.
  await owner.getByTestId('settings-nav-operators').click();
  const dinaRow = owner.getByTestId('operator-row').filter({ hasText: 'Dina Support' });
  await dinaRow.getByRole('button', { name: 'Deactivate' }).click();
  await dinaRow.getByTestId('operator-deactivate-confirm').click();
  await expect.poll(() => dinaRow.textContent(), { timeout: 10_000 }).toContain('Deactivated');
  await expect.poll(() => dina.getByTestId('login-email').count(), { timeout: 10_000 }).toBe(1);
  const relogin = await api.gql<{ login: { token: string | null } }>('mutation { login(input: { email: "dina@demo.test", password: "dina-own-pass" }) { token } }');
  expect(relogin.data?.login.token).toBeNull();
  await dina.close();
  await owner.close();
}, 120_000);

it('shows an operator who closed the tab as offline in the other operator’s header within the expiry, and gives them no new conversation', async () => {
  const presence = { ttlMs: 2000, heartbeatMs: 400, graceMs: 400 };
  const own = await startTestApi({ worker: false, presence });
  const shots = join(tmpdir(), 'inbox-e2e-presence');
  await mkdir(shots, { recursive: true });
  try {
    const { project, operators } = await own.seed({ clients: 2 });
    const idOf = (email: string) => operators.find((o) => o.email === email)!.id;
    const anna = await login('anna@demo.test', 'demo-operator', own.url);
    const boris = await login('boris@demo.test', 'demo-operator', own.url);
    for (const page of [anna, boris]) {
      await setPresence(page, 'ONLINE');
      await expect.poll(() => page.getByTestId('presence-dot').getAttribute('data-status'), { timeout: 10_000 }).toBe('ONLINE');
    }
    const toggle = boris.getByTestId('team-toggle');
    await expect.poll(() => toggle.textContent(), { timeout: 10_000 }).toContain('Team · 2 online');
    await toggle.click();
    const annaInTeam = boris.getByTestId('team-member').filter({ hasText: 'Anna Operator' });
    await expect.poll(() => annaInTeam.getAttribute('data-status'), { timeout: 10_000 }).toBe('ONLINE');
    await boris.screenshot({ path: join(shots, '1-both-online.png') });

    const closedAt = Date.now();
    await anna.close();
    await expect.poll(() => toggle.textContent(), { timeout: presence.ttlMs + 3000, interval: 50 }).toContain('Team · 1 online');
    const offlineAfter = Date.now() - closedAt;
    expect(await annaInTeam.getAttribute('data-status')).toBe('OFFLINE');
    console.log(`[e2e presence] Anna offline in Boris's header ${offlineAfter} ms after her tab closed (grace ${presence.graceMs} ms, lease ${presence.ttlMs} ms)`);
    expect(offlineAfter).toBeLessThan(presence.ttlMs + 1000);
    await boris.screenshot({ path: join(shots, '2-anna-offline.png') });

    // Anna would be next in the round, were she online.
    const em = own.app.orm.em.fork();
    await em.nativeUpdate(Operator, { projectId: project.id }, { lastAssignedAt: new Date() });
    await em.nativeUpdate(Operator, { id: idOf('anna@demo.test') }, { lastAssignedAt: null });
    const visitor = await browser.newPage();
    await visitor.goto(`${own.url}/widget/demo-shop`);
    await visitor.getByTestId('widget-input').fill('Is anyone there after hours?');
    await visitor.getByTestId('widget-send').click();
    await boris.keyboard.press('Escape');
    await boris.getByTestId('section-mine').click();
    const row = boris.getByTestId('chat-row').filter({ hasText: 'after hours' });
    await expect.poll(() => row.count(), { timeout: 10_000 }).toBe(1);
    const newest = await own.app.orm.em.fork().findOneOrFail(Conversation, { projectId: project.id }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    expect(newest.assigneeId).toBe(idOf('boris@demo.test'));
    await boris.screenshot({ path: join(shots, '3-assigned-to-boris.png') });
    console.log(`[e2e presence] screenshots in ${shots}`);
    await visitor.close();
    await boris.close();
  } finally {
    await own.stop();
  }
}, 120_000);
