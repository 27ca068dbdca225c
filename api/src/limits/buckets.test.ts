import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryBuckets, createRedisBuckets, type Buckets } from './buckets.ts';
import type { BucketRule } from './limits.ts';

// Both implementations must answer alike: the in-process one serves a single node, the Redis one every api node.
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
// A prefix of this run's own, so that neither the api's keys nor another run's are touched.
const prefix = `test:buckets:${randomBytes(6).toString('hex')}:`;
const opened: Buckets[] = [];
const open = (buckets: Buckets) => (opened.push(buckets), buckets);
afterAll(async () => {
  await Promise.all(opened.map((buckets) => buckets.close()));
});

// Slow enough that a few milliseconds between calls leak almost nothing, fast enough to drain within a test.
const rule: BucketRule = { capacity: 5, leakPerSecond: 4 };
const key = () => `key-${randomUUID()}`;

/** Polls `add` until it fits; answers how long that took. */
async function msUntilFits(buckets: Buckets, bucket: string, amount: number, timeoutMs = 5000) {
  const started = performance.now();
  for (;;) {
    if ((await buckets.add(bucket, amount, rule)).allowed) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`${amount} did not fit within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each([
  ['in-process', () => open(createMemoryBuckets())],
  ['Redis', () => open(createRedisBuckets(redisUrl, prefix))],
])('%s leaky buckets', (_, make) => {
  const buckets = make();

  it('take what fits under the capacity and tell how full they are', async () => {
    const bucket = key();
    expect(await buckets.add(bucket, 3, rule)).toEqual({ allowed: true, level: 3, retryAfterMs: 0 });
    const full = await buckets.add(bucket, 2, rule);
    expect(full).toMatchObject({ allowed: true, retryAfterMs: 0 });
    expect(full.level).toBeCloseTo(5, 1);
  });

  it('refuse what would overflow, adding nothing, and say to retry after the time the leak rate gives', async () => {
    const bucket = key();
    await buckets.add(bucket, 5, rule);
    const refused = await buckets.add(bucket, 2, rule);
    expect(refused.allowed).toBe(false);
    expect(refused.level).toBeCloseTo(5, 1);
    // 2 over the capacity at 4 per second: half a second, less the little that leaked since the bucket filled.
    expect(refused.retryAfterMs).toBeGreaterThan(450);
    expect(refused.retryAfterMs).toBeLessThanOrEqual(500);
    // The refused amount was not added: 1 more is refused with the wait of 1, not of 3.
    const one = await buckets.add(bucket, 1, rule);
    expect(one.allowed).toBe(false);
    expect(one.retryAfterMs).toBeLessThanOrEqual(250);
  });

  it('drain at the leak rate: a refused amount fits once its retryAfterMs has passed, not much earlier', async () => {
    const bucket = key();
    await buckets.add(bucket, 5, rule);
    const { retryAfterMs } = await buckets.add(bucket, 2, rule);
    const waited = await msUntilFits(buckets, bucket, 2);
    // Redis measures on its own clock, in whole milliseconds: a little slack either way.
    expect(waited).toBeGreaterThan(retryAfterMs - 25);
    expect(waited).toBeLessThan(retryAfterMs + 250);
  });

  it('take a forced amount past the capacity (a charge after the fact), then refuse until it has drained', async () => {
    const bucket = key();
    const startedAt = performance.now();
    await buckets.add(bucket, 5, rule);
    const forced = await buckets.add(bucket, 3, rule, { force: true });
    expect(forced.allowed).toBe(false);
    // What leaked meanwhile (4 a second) is all a busy machine may take off.
    const leaked = () => ((performance.now() - startedAt) / 1000) * rule.leakPerSecond;
    expect(forced.level).toBeLessThanOrEqual(8);
    expect(forced.level).toBeGreaterThanOrEqual(8 - leaked() - 0.01);
    const next = await buckets.add(bucket, 1, rule);
    expect(next.allowed).toBe(false);
    // 8 + 1 is 4 over the capacity: a second at 4 per second, less what leaked.
    expect(next.retryAfterMs).toBeGreaterThanOrEqual(1000 - (leaked() / rule.leakPerSecond) * 1000 - 10);
    expect(next.retryAfterMs).toBeLessThanOrEqual(1000);
  });

  it('give back a negative amount (a refund), never going below empty', async () => {
    // A bucket that barely leaks, so that a busy machine's milliseconds do not show in the levels.
    const rule: BucketRule = { capacity: 5, leakPerSecond: 0.001 };
    const bucket = key();
    await buckets.add(bucket, 4, rule);
    const refunded = await buckets.add(bucket, -3, rule, { force: true });
    expect(refunded.allowed).toBe(true);
    expect(refunded.level).toBeCloseTo(1, 2);
    expect(await buckets.add(bucket, -10, rule, { force: true })).toEqual({ allowed: true, level: 0, retryAfterMs: 0 });
    // guardLogin clears an e-mail's failures this way.
    await buckets.add(bucket, 4, rule);
    expect(await buckets.add(bucket, -Infinity, rule, { force: true })).toEqual({ allowed: true, level: 0, retryAfterMs: 0 });
    // Empty, not in debt: the whole capacity fits again, and no more.
    expect((await buckets.add(bucket, 5, rule)).allowed).toBe(true);
    expect((await buckets.add(bucket, 1, rule)).allowed).toBe(false);
  });

  it('keep keys apart', async () => {
    const [one, other] = [key(), key()];
    await buckets.add(one, 5, rule);
    expect((await buckets.add(other, 5, rule)).allowed).toBe(true);
  });
});

describe('Redis leaky buckets of several api nodes', () => {
  const slow: BucketRule = { capacity: 5, leakPerSecond: 0.001 };

  it('are one bucket for two connections with the same prefix: what one adds, the other sees', async () => {
    const [first, second] = [open(createRedisBuckets(redisUrl, prefix)), open(createRedisBuckets(redisUrl, prefix))];
    const bucket = key();
    await first.add(bucket, 4, slow);
    const seen = await second.add(bucket, 0, slow);
    expect(seen.level).toBeCloseTo(4, 1);
    expect((await second.add(bucket, 2, slow)).allowed).toBe(false);
    expect((await second.add(bucket, 1, slow)).allowed).toBe(true);
    expect((await first.add(bucket, 1, slow)).allowed).toBe(false);
  });

  it('let exactly the capacity through when two nodes race for the same bucket', async () => {
    const [first, second] = [open(createRedisBuckets(redisUrl, prefix)), open(createRedisBuckets(redisUrl, prefix))];
    const bucket = key();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? first : second).add(bucket, 1, slow)));
    expect(answers.filter((answer) => answer.allowed)).toHaveLength(5);
  });

  it('are separate under different prefixes', async () => {
    const [first, second] = [open(createRedisBuckets(redisUrl, prefix)), open(createRedisBuckets(redisUrl, `${prefix}other:`))];
    const bucket = key();
    await first.add(bucket, 5, slow);
    expect((await second.add(bucket, 5, slow)).allowed).toBe(true);
  });
});
