// Broadcasts in a real Chromium: a manager chooses clients in the Audience, sends them a message with a variable,
// sees the broadcast's progress reach its end live, reads its results, and finds the message in a client's chat;
// another goes to a saved filter, with a library file, at a time given in the project's time zone.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toWallTime } from '../src/inbox/scheduled/zoned-time.ts';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;
let page: Page;

beforeAll(async () => {
  test = await startBrowserTest({ clients: 10 });
}, 180_000);
afterAll(() => test?.stop());

it('sends a broadcast to the chosen clients, shows its progress to the end and its results, and the message is in their chats', async () => {
  page = await test.login('manager@demo.test', 'demo-manager');
  await page.getByTestId('nav-audience').click();
  const rows = page.getByTestId('audience-row');
  await expect.poll(() => rows.count(), { timeout: 15_000 }).toBeGreaterThan(5);
  const names: string[] = [];
  for (const index of [0, 1, 2]) {
    await rows.nth(index).getByTestId('audience-row-check').check();
    names.push((await rows.nth(index).getByTestId('audience-name').textContent())!.trim());
  }
  await page.getByTestId('bulk-broadcast').click();
  const dialog = page.getByTestId('broadcast-dialog');
  expect(await dialog.getByTestId('broadcast-audience').textContent()).toBe('To the 3 chosen clients');
  expect(await dialog.getByTestId('broadcast-send').isDisabled()).toBe(true);
  await dialog.getByTestId('broadcast-text').fill('Hello #{first_name}, our sale starts today!');
  await test.screenshot(page, 'broadcast-compose');
  await dialog.getByTestId('broadcast-send').click();

  // The panel opens on the new broadcast, live until it is done.
  const broadcast = page.getByTestId('broadcasts-panel').getByTestId('broadcast').first();
  await expect.poll(() => broadcast.getAttribute('data-status'), { timeout: 30_000 }).toBe('COMPLETED');
  expect(await broadcast.getByTestId('broadcast-sent').textContent()).toBe('3 sent');
  expect(await broadcast.getByTestId('broadcast-pending').textContent()).toBe('0 pending');
  await broadcast.getByTestId('broadcast-results-toggle').click();
  await expect.poll(() => broadcast.getByTestId('broadcast-recipient').count(), { timeout: 10_000 }).toBe(3);
  expect(await broadcast.getByTestId('broadcast-recipient').evaluateAll((items) => items.map((item) => item.getAttribute('data-status')))).toEqual(['SENT', 'SENT', 'SENT']);
  await broadcast.getByTestId('broadcast-results-status').selectOption('SKIPPED');
  await expect.poll(() => broadcast.getByTestId('broadcast-recipient').count(), { timeout: 10_000 }).toBe(0);
  const csv = await page.evaluate(async (href) => (await fetch(href)).text(), (await broadcast.getByTestId('broadcast-csv').getAttribute('href'))!);
  expect(csv.trim().split('\r\n')).toHaveLength(4);
  await test.screenshot(page, 'broadcast-done');

  // In the first client's chat, as a bot message with their own first name.
  const owner = await test.api.login('owner@demo.test', 'demo-owner');
  const found = await test.api.gql<{ conversations: { edges: { node: { id: string; client: { name: string } } }[] } }>(
    'query { conversations(first: 100, filter: { section: ALL }) { edges { node { id client { name } } } } }',
    {},
    owner,
  );
  const conversation = found.data!.conversations.edges.find((edge) => edge.node.client.name === names[0])!.node;
  await test.openConversation(page, conversation.id);
  const firstName = names[0]!.split(/\s+/)[0];
  await expect
    .poll(() => page.getByTestId('chat-window').getByTestId('message').allTextContents(), { timeout: 10_000 })
    .toContainEqual(expect.stringContaining(`Hello ${firstName}, our sale starts today!`));
}, 90_000);

it('pauses, resumes and cancels a running broadcast from its panel', async () => {
  // One message a second through the web chat (the API process reads the limit when a broadcast starts).
  process.env.BROADCAST_RATE_LIMITS = 'WEBCHAT=1';
  try {
    await page.getByTestId('nav-audience').click();
    await expect.poll(() => page.getByTestId('audience-row').count(), { timeout: 15_000 }).toBe(10);
    await page.getByTestId('broadcasts-toggle').click();
    await page.getByTestId('broadcast-matching').click();
    const dialog = page.getByTestId('broadcast-dialog');
    expect(await dialog.getByTestId('broadcast-audience').textContent()).toBe('To the 10 clients the list shows');
    await dialog.getByTestId('broadcast-text').fill('Slowly, one a second');
    await dialog.getByTestId('broadcast-send').click();
    const broadcast = page.getByTestId('broadcasts-panel').getByTestId('broadcast').first();
    await expect.poll(() => broadcast.getByTestId('broadcast-sent').textContent(), { timeout: 15_000 }).not.toBe('0 sent');
    await broadcast.getByTestId('broadcast-pause').click();
    await expect.poll(() => broadcast.getAttribute('data-status'), { timeout: 10_000 }).toBe('PAUSED');
    // The page on its way (one message) finishes; then nothing moves.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const paused = await broadcast.getByTestId('broadcast-sent').textContent();
    await new Promise((resolve) => setTimeout(resolve, 3500));
    expect(await broadcast.getByTestId('broadcast-sent').textContent()).toBe(paused);
    await broadcast.getByTestId('broadcast-resume').click();
    await expect.poll(() => broadcast.getByTestId('broadcast-sent').textContent(), { timeout: 15_000 }).not.toBe(paused);
    await broadcast.getByTestId('broadcast-cancel').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => broadcast.getAttribute('data-status'), { timeout: 15_000 }).toBe('CANCELLED');
    await expect.poll(() => broadcast.getByTestId('broadcast-pending').textContent(), { timeout: 15_000 }).toBe('0 pending');
    expect(await broadcast.getByTestId('broadcast-pause').count()).toBe(0);
    await test.screenshot(page, 'broadcast-cancelled');
  } finally {
    delete process.env.BROADCAST_RATE_LIMITS;
  }
}, 90_000);

it('sends to a saved filter, with a file from the library, at a time in the project’s time zone', async () => {
  const owner = await test.api.login('owner@demo.test', 'demo-owner');
  const manager = await test.api.login('manager@demo.test', 'demo-manager');
  const uploaded = await fetch(`${test.api.url}/files?name=price.pdf&library=1`, {
    method: 'POST',
    headers: { 'content-type': 'application/pdf', authorization: owner },
    body: '%PDF-1.4 price list',
  });
  expect(uploaded.status).toBe(201);
  // A saved filter that finds one client by name: the broadcast reaches exactly them.
  const clients = await test.api.gql<{ clients: { edges: { node: { name: string } }[] } }>('query { clients(first: 1) { edges { node { name } } } }', {}, owner);
  const name = clients.data!.clients.edges[0]!.node.name;
  const saved = await test.api.gql<{ saveFilter: { savedFilter: { id: string } } }>(
    'mutation($i: SaveFilterInput!) { saveFilter(input: $i) { savedFilter { id } } }',
    { i: { name: 'Just one', filter: { search: name } } },
    manager,
  );
  expect(saved.data!.saveFilter.savedFilter.id).toBeTruthy();

  page = await test.login('manager@demo.test', 'demo-manager');
  await page.getByTestId('nav-audience').click();
  await expect.poll(() => page.getByTestId('audience-row').count(), { timeout: 15_000 }).toBe(10);
  await page.getByTestId('broadcasts-toggle').click();
  await page.getByTestId('broadcast-matching').click();
  const dialog = page.getByTestId('broadcast-dialog');
  await dialog.getByTestId('broadcast-to-saved').check();
  await dialog.getByTestId('broadcast-saved-filter').selectOption({ label: 'Just one' });
  await dialog.getByTestId('broadcast-library').click();
  await dialog.getByTestId('library-file').filter({ hasText: 'price.pdf' }).locator('.library-pick').click();
  expect(await dialog.getByTestId('broadcast-file').allTextContents()).toEqual([expect.stringContaining('price.pdf')]);
  await dialog.getByTestId('broadcast-text').fill('Our new prices, #{first_name}');
  await dialog.getByTestId('broadcast-later').check();
  // 20 seconds ahead, typed as the project's (Moscow) wall time while this browser runs in UTC.
  const due = Date.now() + 20_000;
  await dialog.getByTestId('broadcast-send-at').fill(toWallTime(new Date(due).toISOString(), 'Europe/Moscow', true));
  expect(await dialog.getByTestId('due-time-own').textContent()).toMatch(/UTC/);
  await test.screenshot(page, 'broadcast-compose-saved-filter');
  await dialog.getByTestId('broadcast-send').click();

  const broadcast = page.getByTestId('broadcasts-panel').getByTestId('broadcast').first();
  await expect.poll(() => broadcast.getAttribute('data-status'), { timeout: 10_000 }).toBe('SCHEDULED');
  type Stored = { broadcasts: { edges: { node: { sendAt: string; total: number; files: { name: string }[] } }[] } };
  const read = async () => (await test.api.gql<Stored>('query { broadcasts(first: 1) { edges { node { sendAt total files { name } } } } }', {}, manager)).data!.broadcasts.edges[0]!.node;
  expect(Math.abs(Date.parse((await read()).sendAt) - due)).toBeLessThan(1000);
  await expect.poll(() => broadcast.getAttribute('data-status'), { timeout: 60_000 }).toBe('COMPLETED');
  expect(await broadcast.getByTestId('broadcast-sent').textContent()).toBe('1 sent');
  expect(await read()).toMatchObject({ total: 1, files: [{ name: 'price.pdf' }] });
}, 120_000);
