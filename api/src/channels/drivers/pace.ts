import { DeliveryPaced } from './driver.ts';

/**
 * A messenger account's pace (Telegram: 30 messages a second per bot and one a second per chat; WhatsApp: 80 a second
 * per number; VK: 20 calls a second per community). A send reserves its turns when it asks, the first free ones at
 * least `perChatMs` after its chat's last, so a reckoned turn is kept. A send whose last turn would come after its
 * deadline (a delivery attempt's claim lapses then) reserves nothing and fails at once with DeliveryPaced, told when
 * its turns would be due: it takes no turn from the sends that can still make theirs, and delivery tries it again
 * then without counting an attempt.
 */
export type Pace = ReturnType<typeof pace>;

export function pace(perSecond: number, perChatMs = 0) {
  const spacing = 1000 / perSecond;
  const taken = new Set<number>();
  const chatLast = new Map<string, number>();
  const forget = (now: number) => {
    for (const slot of taken) if (slot * spacing < now - 1000) taken.delete(slot);
    for (const [chat, at] of chatLast) if (at < now - perChatMs) chatLast.delete(chat);
  };
  return {
    /** Reserves `turns` turns for a send to `chat` if the last comes by `deadline`: their times, else how late it would be. */
    reserve(chat: string, deadline: number, turns = 1): { at: number[] } | { lateByMs: number } {
      const now = Date.now();
      if (taken.size > 4 * perSecond || chatLast.size > 1000) forget(now);
      const slots: number[] = [];
      let after = Math.max(now, (chatLast.get(chat) ?? -Infinity) + perChatMs);
      for (let turn = 0; turn < turns; turn++) {
        let slot = Math.ceil(after / spacing);
        while (taken.has(slot) || slots.includes(slot)) slot++;
        slots.push(slot);
        after = slot * spacing + perChatMs;
      }
      const last = slots.at(-1)! * spacing;
      if (last > deadline) return { lateByMs: last - deadline };
      for (const slot of slots) taken.add(slot);
      chatLast.set(chat, last);
      return { at: slots.map((slot) => slot * spacing) };
    },
  };
}

/** One pace per account (a bot's token, a WhatsApp number, a VK community), made on first use. */
export function paces(perSecond: number, perChatMs = 0) {
  const byAccount = new Map<string, Pace>();
  return (account: string) => byAccount.get(account) ?? byAccount.set(account, pace(perSecond, perChatMs)).get(account)!;
}

// A send without a deadline of its own (a test message) waits at most this for its turn.
const maxWaitMs = 20_000;

/** Waits for the first of a send's `turns` turns, or throws DeliveryPaced when the last would come too late. */
export async function takeTurns(account: Pace, chat: string, sendBy: number | undefined, turns: number, platform: string) {
  const deadline = Math.min(Date.now() + maxWaitMs, sendBy ?? Infinity);
  const turn = account.reserve(chat, deadline, Math.max(1, turns));
  if ('lateByMs' in turn) throw new DeliveryPaced(`${platform}'s pace has no turn for this message before its deadline: it is sent on a later attempt.`, turn.lateByMs);
  await new Promise((resolve) => setTimeout(resolve, turn.at[0]! - Date.now()));
}
