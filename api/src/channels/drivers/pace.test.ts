import { afterAll, beforeAll, expect, it } from 'vitest';
import { DeliveryPaced } from './driver.ts';
import { pace } from './pace.ts';
import { FakeWhatsApp } from './whatsapp/testing/fake-whatsapp.ts';
import { whatsappDriver } from './whatsapp/whatsapp.driver.ts';
import { telegramDriver } from './telegram/telegram.driver.ts';
import { startFakeTelegram, type FakeTelegram } from './telegram/testing/fake-telegram.ts';

// A messenger account's pace (a Telegram bot's 30 messages a second): a send whose turn would come after its deadline is refused at once, before it
// takes a turn, so that a long backlog drains at the bot's full pace instead of wasting turns on calls given up.

let fake: FakeTelegram;
beforeAll(async () => {
  fake = await startFakeTelegram();
});
afterAll(() => fake?.stop());

it('queues only the sends whose turn comes before their deadline, and makes every one it queued', async () => {
  const driver = telegramDriver({ apiRoot: fake.root });
  const channel = { id: 'c', projectId: 'p', config: {}, secrets: { token: '123456:AAFakeTokenForTestsOnly_abcdefghij' }, webhookUrl: null };
  const startedAt = Date.now();
  const sendBy = new Date(startedAt + 2000);
  const outcomes = await Promise.all(
    Array.from({ length: 150 }, async (_, n) => {
      try {
        await driver.send({ messageId: `m${n}`, text: `backlog ${n}`, channel, clientChannelId: 'cc', platformId: String(8_000_000 + n), sendBy });
        return { sent: true, at: Date.now() - startedAt };
      } catch (error) {
        return { sent: false, at: Date.now() - startedAt, message: (error as Error).message };
      }
    }),
  );
  const sent = outcomes.filter((outcome) => outcome.sent);
  const refused = outcomes.filter((outcome) => !outcome.sent);
  // Two seconds at 30 a second.
  expect(sent.length).toBeGreaterThanOrEqual(50);
  expect(sent.length).toBeLessThanOrEqual(90);
  expect(fake.sent.length).toBe(sent.length);
  // The others were refused when they asked, not after waiting for nothing.
  expect(Math.max(...refused.map((outcome) => outcome.at))).toBeLessThan(500);
  expect(refused[0]!.message).toMatch(/later attempt/);
});

it("keeps a second between a chat's turns and thirty turns a second for the bot", () => {
  const bot = pace(30, 1000);
  const far = Date.now() + 60_000;
  const at = (turn: ReturnType<typeof bot.reserve>) => ('at' in turn ? turn.at.at(-1)! : NaN);
  const first = { at: at(bot.reserve('1', far)) };
  const again = { at: at(bot.reserve('1', far)) };
  expect(again.at - first.at).toBeGreaterThanOrEqual(1000);
  const others = Array.from({ length: 60 }, (_, n) => at(bot.reserve(String(100 + n), far)));
  // 60 other chats take two seconds of the bot's turns, each turn its own.
  expect(new Set(others).size).toBe(60);
  expect(Math.max(...others) - Math.min(...others)).toBeGreaterThanOrEqual(1900);
  // Too late for its deadline: nothing reserved, and told by how much.
  const late = bot.reserve('1', first.at + 500) as { lateByMs: number };
  expect(late.lateByMs).toBeGreaterThanOrEqual(1500);
  expect(late.lateByMs).toBeLessThan(1600);
  expect(at(bot.reserve('1', far)) - again.at).toBeGreaterThanOrEqual(1000);
});

it('reserves all of a send’s turns or none: the last must come by the deadline', () => {
  const number = pace(80);
  const now = Date.now();
  const three = number.reserve('447700900001', now + 1000, 3);
  if (!('at' in three)) throw new Error('expected turns');
  expect(new Set(three.at).size).toBe(3);
  expect(three.at.at(-1)! - three.at[0]!).toBeGreaterThanOrEqual(2 * 12.5 - 1);
  // 80 turns cannot fit in the next half second: none is taken, so the next send's first turn is still early.
  expect('lateByMs' in number.reserve('447700900002', now + 500, 80)).toBe(true);
  const next = number.reserve('447700900003', now + 1000);
  expect('at' in next && next.at[0]! - now).toBeLessThan(100);
});

it('paces a WhatsApp number at 80 messages a second: what cannot go before its deadline is refused at once, unsent', async () => {
  const graph = new FakeWhatsApp();
  await graph.start();
  try {
    const driver = whatsappDriver({ apiRoot: graph.apiRoot });
    const channel = { id: 'c', projectId: 'p', config: { phoneNumberId: graph.phoneNumberId }, secrets: { accessToken: graph.token, appSecret: graph.appSecret }, webhookUrl: null };
    const sendBy = new Date(Date.now() + 500);
    const outcomes = await Promise.all(
      Array.from({ length: 120 }, (_, n) =>
        driver.send({ messageId: `m${n}`, text: `hello ${n}`, channel, clientChannelId: 'cc', platformId: `4477009${String(n).padStart(5, '0')}`, sendBy }).then(
          () => 'sent',
          (error: unknown) => (error instanceof DeliveryPaced ? 'paced' : String(error)),
        ),
      ),
    );
    const sent = outcomes.filter((outcome) => outcome === 'sent').length;
    expect(sent).toBeGreaterThanOrEqual(35);
    expect(sent).toBeLessThanOrEqual(45);
    expect(outcomes.filter((outcome) => outcome === 'paced')).toHaveLength(120 - sent);
  } finally {
    await graph.stop();
  }
});
