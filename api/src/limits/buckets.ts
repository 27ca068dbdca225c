import { Redis } from 'ioredis';
import type { BucketRule } from './limits.ts';

export type BucketAnswer = {
  /** Whether `amount` fitted (and was added). */
  allowed: boolean;
  /** The bucket's level after the call. */
  level: number;
  /** How long until `amount` would fit (0 when it did). */
  retryAfterMs: number;
};

/**
 * Leaky buckets (Shopify's throttle): each key's level drains at `leakPerSecond`; `add` pours `amount` in when it
 * fits under `capacity`. `force` pours it in regardless (a charge after the fact), and a negative amount refunds.
 * In-process, or in Redis so that every api node shares them.
 */
export type Buckets = {
  add(key: string, amount: number, rule: BucketRule, options?: { force?: boolean }): Promise<BucketAnswer>;
  close(): Promise<void>;
};

/** How long until `amount` more fits in a bucket at `level`. */
export const waitMs = (level: number, amount: number, rule: BucketRule) => Math.max(0, Math.ceil(((level + amount - rule.capacity) / rule.leakPerSecond) * 1000));

const answer = (allowed: boolean, level: number, amount: number, rule: BucketRule): BucketAnswer => ({
  allowed,
  level,
  retryAfterMs: allowed ? 0 : waitMs(level, amount, rule),
});

export function createMemoryBuckets(): Buckets {
  const buckets = new Map<string, { level: number; at: number; leak: number }>();
  // Empty buckets are forgotten, so that a stream of one-off addresses cannot grow the map without end.
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [key, bucket] of buckets) if (bucket.level - ((now - bucket.at) / 1000) * bucket.leak <= 0) buckets.delete(key);
  }, 60_000);
  sweep.unref();
  return {
    async add(key, amount, rule, options = {}) {
      const now = Date.now();
      const bucket = buckets.get(key);
      const level = Math.max(0, bucket ? bucket.level - ((now - bucket.at) / 1000) * rule.leakPerSecond : 0);
      const allowed = level + amount <= rule.capacity;
      const next = allowed || options.force ? Math.max(0, level + amount) : level;
      buckets.set(key, { level: next, at: now, leak: rule.leakPerSecond });
      return answer(allowed, next, amount, rule);
    },
    async close() {
      clearInterval(sweep);
    },
  };
}

// One round trip, atomic, on Redis's own clock (api nodes' clocks may differ). The key expires once drained.
const addScript = `
local capacity, leak, amount, force = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4] == '1'
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'level', 'at')
local level = tonumber(state[1]) or 0
local at = tonumber(state[2]) or now
level = math.max(0, level - (now - at) * leak / 1000)
local allowed = level + amount <= capacity
if allowed or force then level = math.max(0, level + amount) end
redis.call('HSET', KEYS[1], 'level', tostring(level), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(level / leak * 1000) + 1000)
return { allowed and 1 or 0, tostring(level) }`;

export function createRedisBuckets(url: string, prefix = 'bucket:'): Buckets {
  const redis = new Redis(url);
  redis.defineCommand('bucketAdd', { numberOfKeys: 1, lua: addScript });
  const bucketAdd = (redis as unknown as { bucketAdd: (...args: (string | number)[]) => Promise<[number, string]> }).bucketAdd.bind(redis);
  return {
    async add(key, amount, rule, options = {}) {
      const [allowed, level] = await bucketAdd(prefix + key, rule.capacity, rule.leakPerSecond, amount, options.force ? '1' : '0');
      return answer(allowed === 1, Number(level), amount, rule);
    },
    async close() {
      await redis.quit();
    },
  };
}
