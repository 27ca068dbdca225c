import { afterAll, beforeAll, expect, it } from 'vitest';
import { botPace, telegramDriver } from './telegram.driver.ts';
import { startFakeTelegram, type FakeTelegram } from './testing/fake-telegram.ts';

// A bot's pace (30 messages a second): a send whose turn would come after its deadline is refused at once, before it
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
  const pace = botPace();
  const far = Date.now() + 60_000;
  const first = pace.reserve('1', far) as { at: number };
  const again = pace.reserve('1', far) as { at: number };
  expect(again.at - first.at).toBeGreaterThanOrEqual(1000);
  const others = Array.from({ length: 60 }, (_, n) => (pace.reserve(String(100 + n), far) as { at: number }).at);
  // 60 other chats take two seconds of the bot's turns, each turn its own.
  expect(new Set(others).size).toBe(60);
  expect(Math.max(...others) - Math.min(...others)).toBeGreaterThanOrEqual(1900);
  // Too late for its deadline: nothing reserved, and told by how much.
  const late = pace.reserve('1', first.at + 500) as { lateByMs: number };
  expect(late.lateByMs).toBeGreaterThanOrEqual(1500);
  expect(late.lateByMs).toBeLessThan(1600);
  expect((pace.reserve('1', far) as { at: number }).at - again.at).toBeGreaterThanOrEqual(1000);
});
