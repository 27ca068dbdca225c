import { GraphQLError } from 'graphql';
import type { BucketAnswer, Buckets } from './buckets.ts';
import type { BucketRule, Limits } from './limits.ts';

/** Whose cost bucket an operation drains: its API token or operator session, else its visitor, else its address. */
export type CostBucket = { key: string; rule: BucketRule };

export function costBucketOf(limits: Limits, identity: { viewer: { tokenId: string } | null; visitor: { clientChannelId: string } | null }, address: string): CostBucket {
  if (identity.viewer) return { key: `cost:token:${identity.viewer.tokenId}`, rule: limits.costBucket };
  if (identity.visitor) return { key: `cost:visitor:${identity.visitor.clientChannelId}`, rule: limits.anonymousCostBucket };
  return { key: `cost:address:${address}`, rule: limits.anonymousCostBucket };
}

/** Shopify's `extensions.cost`, reported with every response. */
export type CostReport = {
  requestedQueryCost: number;
  actualQueryCost: number | null;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number };
};

export const costReport = (bucket: CostBucket, requested: number, actual: number | null, answer: BucketAnswer): CostReport => ({
  requestedQueryCost: requested,
  actualQueryCost: actual,
  throttleStatus: {
    maximumAvailable: bucket.rule.capacity,
    currentlyAvailable: Math.max(0, Math.floor(bucket.rule.capacity - answer.level)),
    restoreRate: bucket.rule.leakPerSecond,
  },
});

export const retryAfterSeconds = (answer: BucketAnswer) => Math.max(1, Math.ceil(answer.retryAfterMs / 1000));

export function throttled(answer: BucketAnswer, what = 'This operation') {
  const seconds = retryAfterSeconds(answer);
  return new GraphQLError(`${what} is throttled: the caller's cost points are used up. Retry in ${seconds} s.`, {
    extensions: { code: 'THROTTLED', retryAfter: seconds, http: { status: 429, headers: new Map([['retry-after', String(seconds)]]) } },
  });
}

/**
 * Every operation takes one point before it is even parsed, so that a throttled caller costs the server almost
 * nothing; the rest of its requested cost once it is known.
 */
export const admit = (buckets: Buckets, bucket: CostBucket) => buckets.add(bucket.key, 1, bucket.rule);

export const chargeRest = (buckets: Buckets, bucket: CostBucket, requested: number) =>
  buckets.add(bucket.key, Math.max(0, requested - 1), bucket.rule);

/** After the answer: what was charged beyond the actual cost goes back (Shopify refunds the difference). */
export const settle = (buckets: Buckets, bucket: CostBucket, requested: number, actual: number) =>
  buckets.add(bucket.key, Math.max(1, actual) - Math.max(1, requested), bucket.rule, { force: true });
