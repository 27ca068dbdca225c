// The inbox through an api restart, in a real Chromium: the messages that arrived while it was away show once each,
// in the open conversation and in the list, resumed from the stream rather than by loading the lists again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ClientChannel } from '../../api/src/clients/client-channel.entity.ts';
import { toGlobalId } from '../../api/src/graphql/global-id.ts';
import { receiveClientMessage } from '../../api/src/messages/message.service.ts';
import { startBrowserTest, type BrowserTest } from './browser-harness.ts';

let test: BrowserTest;

beforeAll(async () => {
  test = await startBrowserTest({ clients: 5 });
}, 180_000);
afterAll(() => test?.stop());

it('shows every message that arrived while the api was down exactly once, without loading the lists again', async () => {
  const { api } = test;
  const channels = await api.app.orm.em.fork().find(ClientChannel, { platformId: { $like: 'visitor-seed-%' } }, { orderBy: { platformId: 'asc' } });
  const write = (channel: ClientChannel, text: string) => receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId: channel.id, text, dedupeKey: text });
  const [open, ...others] = channels;
  await write(open!, 'Before the restart');
  const conversationId = (await api.app.orm.em.fork().getConnection().execute<{ id: string }[]>('select id from conversation where client_id = ?', [open!.clientId]))[0]!.id;

  const page = await test.login('anna@demo.test');
  await test.openConversation(page, toGlobalId('Conversation', conversationId));
  const connection = page.locator('.connection');
  await expect.poll(() => connection.getAttribute('class'), { timeout: 10_000 }).toContain('connection-connected');

  await api.stopServer();
  await expect.poll(() => connection.getAttribute('class'), { timeout: 10_000 }).toContain('connection-reconnecting');
  const missed = Array.from({ length: 30 }, (_, i) => `Missed ${i + 1}`);
  for (const text of missed) await write(open!, text);
  const elsewhere = await Promise.all(others.map(async (channel, i) => (await write(channel, `Elsewhere ${i + 1}`), `Elsewhere ${i + 1}`)));

  const reloads: string[] = [];
  page.on('request', (request) => {
    const body = request.postData() ?? '';
    if (/query (Conversations|PinnedConversations|Conversation)\b/.test(body)) reloads.push(body.slice(0, 60));
  });
  await api.startServer();
  await expect.poll(() => connection.getAttribute('class'), { timeout: 30_000 }).toContain('connection-connected');

  const window = page.getByTestId('chat-window');
  await expect.poll(() => window.getByTestId('message').filter({ hasText: /Missed \d+/ }).count(), { timeout: 15_000 }).toBe(missed.length);
  const texts = await window.locator('[data-testid="message"] .bubble-text').allInnerTexts();
  expect(texts.filter((text) => text.startsWith('Missed ')).toSorted()).toEqual(missed.toSorted());
  const previews = page.getByTestId('chat-row-preview');
  for (const text of elsewhere) await expect.poll(() => previews.filter({ hasText: text }).count(), { timeout: 10_000 }).toBe(1);
  await test.screenshot(page, 'inbox-resumed-after-restart');
  // Resumed from the stream: neither the list nor the conversation was fetched again.
  expect(reloads).toEqual([]);
}, 120_000);
