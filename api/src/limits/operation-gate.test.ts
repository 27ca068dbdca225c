// What passOperation asks the buckets: nothing more for an operation admission already paid for, the rest of its
// cost for a dearer one, and a refusal when that rest is not available.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { App } from '../context.ts';
import { schema } from '../graphql/schema.ts';
import { createMemoryBuckets, type Buckets } from './buckets.ts';
import { limitsFromEnv } from './limits.ts';
import { passOperation } from './operation-gate.ts';
import { costBucketOf } from './throttle.ts';

function countingApp(capacity = 1000) {
  const memory = createMemoryBuckets();
  const calls: number[] = [];
  const buckets: Buckets = { add: (key, amount, rule, options) => (calls.push(amount), memory.add(key, amount, rule, options)), close: memory.close };
  const limits = { ...limitsFromEnv(), costBucket: { capacity, leakPerSecond: 1 } };
  const app = { limits, buckets } as unknown as App;
  const bucket = costBucketOf(limits, { scheme: 'bearer', token: 't', digest: 'd' }, '127.0.0.1');
  const pass = (query: string) => passOperation(app, { viewer: {} }, bucket, { schema, document: parse(query) });
  return { calls, pass, fill: (level: number) => memory.add(bucket.key, level, bucket.rule) };
}

describe('the operation gate', () => {
  it('asks the buckets nothing more for an operation costing no more than the point admission took', async () => {
    const { calls, pass } = countingApp();
    expect(await pass('{ __typename }')).toEqual({ requested: 0, answer: null });
    expect(calls).toEqual([]);
  });

  it('takes the rest of a dearer operation, and refuses it when the rest is not available', async () => {
    const { calls, pass, fill } = countingApp();
    const page = '{ conversations(first: 50) { edges { node { id client { name } } } } }';
    expect((await pass(page)).requested).toBe(151);
    expect(calls).toEqual([150]);
    await fill(800);
    await expect(pass(page)).rejects.toMatchObject({ extensions: { code: 'THROTTLED' } });
  });
});
