import { GraphQLError } from 'graphql';
import type { Credential } from '../auth/auth.service.ts';
import { reasonOf, type UserError } from '../graphql/errors.ts';
import type { UserErrorReason } from '../generated/graphql.ts';
import { waitMs, type BucketAnswer, type Buckets } from './buckets.ts';
import type { BucketRule, Limits } from './limits.ts';

/** Whose cost bucket an operation drains: its API token, operator session or visitor, else its address. */
export type CostBucket = { key: string; rule: BucketRule; address: string };

// Keyed by the credential's digest (the one the database stores), so that a throttled caller is answered before
// the database is asked who it is.
export function costBucketOf(limits: Limits, credential: Credential | null, address: string): CostBucket {
  if (credential?.scheme === 'bearer') return { key: `cost:token:${credential.digest}`, rule: limits.costBucket, address };
  if (credential?.scheme === 'visitor') return { key: `cost:visitor:${credential.digest}`, rule: limits.anonymousCostBucket, address };
  return { key: `cost:address:${address}`, rule: limits.anonymousCostBucket, address };
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

export function throttled(answer: BucketAnswer, why = "the caller's cost points are used up", reason: UserErrorReason = 'REQUEST_THROTTLED') {
  const seconds = retryAfterSeconds(answer);
  // Apollo Server reads a Map here; graphql-yoga's typings (loaded with the gateway) declare a plain object.
  const headers = new Map([['retry-after', String(seconds)]]) as never;
  return new GraphQLError(`Throttled: ${why}. Retry in ${seconds} s.`, {
    extensions: { code: 'THROTTLED', retryAfter: seconds, ...reasonOf(reason, { seconds }), http: { status: 429, headers } },
  });
}

const badCredentials = (bucket: CostBucket) => `auth:bad:${bucket.address}`;

/**
 * Before anything else, every operation takes one point from its caller's bucket, so that a throttled caller costs
 * the server almost nothing; an address that keeps sending credentials that do not work is throttled the same
 * way (fresh made-up tokens would otherwise each bring a full bucket). Answers the refusal, or null.
 */
export async function admit(buckets: Buckets, limits: Limits, bucket: CostBucket, credential: Credential | null) {
  const answer = await buckets.add(bucket.key, 1, bucket.rule);
  if (!answer.allowed) return { answer, refusal: throttled(answer) };
  if (credential) {
    const bad = await buckets.add(badCredentials(bucket), 0, limits.badCredentialsPerAddress);
    if (bad.level + 1 > limits.badCredentialsPerAddress.capacity) {
      return { answer, refusal: throttled({ ...bad, allowed: false, retryAfterMs: waitMs(bad.level, 1, limits.badCredentialsPerAddress) }, 'this address sent too many tokens that work for nobody', 'REQUEST_BAD_CREDENTIALS_THROTTLED') };
    }
  }
  return { answer, refusal: null };
}

/** A credential that authenticated nobody counts against its address. */
export const countBadCredential = (buckets: Buckets, limits: Limits, bucket: CostBucket) =>
  buckets.add(badCredentials(bucket), 1, limits.badCredentialsPerAddress, { force: true });

export const chargeRest = (buckets: Buckets, bucket: CostBucket, requested: number) =>
  buckets.add(bucket.key, Math.max(0, requested - 1), bucket.rule);

/**
 * An operation refused for a limit (depth, aliases, tokens, directives, cost) is charged as if it had cost the most
 * an operation may: a caller sending them again and again is soon throttled, which is answered far more cheaply.
 */
export const penalize = (buckets: Buckets, limits: Limits, bucket: CostBucket) => buckets.add(bucket.key, limits.maxCost, bucket.rule, { force: true });

/** After the answer: what was charged beyond the actual cost goes back (Shopify refunds the difference). */
export const settle = (buckets: Buckets, bucket: CostBucket, requested: number, actual: number) =>
  buckets.add(bucket.key, Math.max(1, actual) - Math.max(1, requested), bucket.rule, { force: true });

/** A bucket of attempts (logins, new visitors…), and its feature's refusal when it is full (given the wait). */
export type Attempt = { key: string; rule: BucketRule; refuse: (field: string | null, values: { seconds: number }) => UserError };

/**
 * Takes one from each bucket of attempts, all or none: a full one refuses with its THROTTLED user error saying when
 * to retry, and the ones already taken are given back. Answers each bucket's level after the take, and `giveBack`,
 * which returns them all (an attempt that turned out not to count).
 */
export async function spendAttempts(buckets: Buckets, attempts: readonly Attempt[]) {
  const taken: Attempt[] = [];
  const giveBack = () => Promise.all(taken.map((attempt) => buckets.add(attempt.key, -1, attempt.rule, { force: true })));
  const levels: number[] = [];
  for (const attempt of attempts) {
    const answer = await buckets.add(attempt.key, 1, attempt.rule);
    if (!answer.allowed) {
      await giveBack();
      throw attempt.refuse(null, { seconds: retryAfterSeconds(answer) });
    }
    taken.push(attempt);
    levels.push(answer.level);
  }
  return { levels, giveBack };
}
