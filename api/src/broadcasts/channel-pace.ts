import type { ChannelKind } from '../channels/channel.entity.ts';
import type { Buckets } from '../limits/buckets.ts';
import { waitMs } from '../limits/buckets.ts';
import type { BucketRule } from '../limits/limits.ts';
import { channelRates } from './broadcast-rates.ts';

// A channel's limit is the messenger's, whatever broadcasts share it: each channel has one leaky bucket (in Redis
// when there is one, so every worker shares it) that a second's worth of messages fills. A broadcast's own pace is
// kept by its workflow; the bucket keeps two broadcasts on one channel from adding up past the limit.
const key = (channelId: string) => `broadcast-channel:${channelId}`;
const ruleOf = (rate: number): BucketRule => ({ capacity: rate, leakPerSecond: rate });

/** One recipient of a page in order: its channel, or null when nothing will be sent (skipped). */
export type Sending = { channelId: string; kind: ChannelKind } | null;

/**
 * How many of the page's first recipients their channels take now (skipped ones take nothing), with the tokens
 * taken; 0 and how long to wait when the first one's channel is full.
 */
export async function admit(buckets: Buckets, page: readonly Sending[]): Promise<{ count: number; waitMs: number }> {
  const rates = channelRates();
  const channels = new Map<string, { rule: BucketRule; free: number; wait: number; taking: number }>();
  for (const sending of page) {
    if (!sending || channels.has(sending.channelId)) continue;
    const rule = ruleOf(rates[sending.kind]);
    const { level } = await buckets.add(key(sending.channelId), 0, rule);
    channels.set(sending.channelId, { rule, free: Math.floor(rule.capacity - level), wait: waitMs(level, 1, rule), taking: 0 });
  }
  let count = 0;
  for (const sending of page) {
    if (sending) {
      const channel = channels.get(sending.channelId)!;
      if (channel.taking >= channel.free) break;
      channel.taking++;
    }
    count++;
  }
  if (count === 0) return { count, waitMs: Math.max(50, channels.get(page[0]!.channelId)!.wait) };
  const taken: [string, BucketRule, number][] = [];
  for (const [channelId, { rule, taking }] of channels) {
    if (!taking) continue;
    const answer = await buckets.add(key(channelId), taking, rule);
    if (!answer.allowed) {
      // Another broadcast was quicker: give back what this page took, and wait for room.
      for (const [other, otherRule, amount] of taken) await buckets.add(key(other), -amount, otherRule, { force: true });
      return { count: 0, waitMs: Math.max(50, answer.retryAfterMs) };
    }
    taken.push([channelId, rule, taking]);
  }
  return { count, waitMs: 0 };
}
