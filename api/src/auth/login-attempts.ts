import type { App } from '../context.ts';
import { UserError } from '../graphql/errors.ts';
import type { BucketAnswer } from '../limits/buckets.ts';
import type { BucketRule } from '../limits/limits.ts';

// Failed logins are counted per e-mail (whether it has an account or not: the answers stay the same) and per
// address. Past a few failures on an e-mail its answers slow down; a full bucket locks that e-mail, or that address,
// until it drains. The lock is short and drains by itself, so an attacker cannot lock a real operator out for long.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


/** Runs `attempt` (which throws INVALID_CREDENTIALS on a wrong e-mail or password) under the login limits. */
export async function guardLogin<T>(app: App, email: string, address: string, attempt: () => Promise<T>): Promise<T> {
  const { buckets, limits } = app;
  const byEmail = { key: `login:email:${email}`, rule: limits.loginFailuresPerEmail };
  const byAddress = { key: `login:address:${address}`, rule: limits.loginFailuresPerAddress };
  // Every attempt is counted as a failure before the password is checked, atomically, so that attempts arriving
  // all at once cannot all be checked before the first failure is counted; it is given back unless it failed.
  const [emailTaken, addressTaken] = await Promise.all([buckets.add(byEmail.key, 1, byEmail.rule), buckets.add(byAddress.key, 1, byAddress.rule)]);
  const giveBack = (bucket: { key: string; rule: BucketRule }, taken: BucketAnswer) => (taken.allowed ? buckets.add(bucket.key, -1, bucket.rule, { force: true }) : null);
  const refused = !emailTaken.allowed ? emailTaken : !addressTaken.allowed ? addressTaken : null;
  if (refused) {
    await Promise.all([giveBack(byEmail, emailTaken), giveBack(byAddress, addressTaken)]);
    throw new UserError('THROTTLED', `Too many failed logins: try again in ${Math.max(1, Math.ceil(refused.retryAfterMs / 1000))} s.`);
  }
  const over = Math.floor(emailTaken.level) - 1 - limits.loginFailuresPerEmail.slowAfter;
  if (over >= 0) await sleep(Math.min(250 * 2 ** over, 4000));
  try {
    const result = await attempt();
    // The right password clears the e-mail's failures; the address keeps its others.
    await Promise.all([buckets.add(byEmail.key, -Infinity, byEmail.rule, { force: true }), giveBack(byAddress, addressTaken)]);
    return result;
  } catch (error) {
    if (!(error instanceof UserError && error.code === 'INVALID_CREDENTIALS')) await Promise.all([giveBack(byEmail, emailTaken), giveBack(byAddress, addressTaken)]);
    throw error;
  }
}
