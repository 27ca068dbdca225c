import type { App } from '../context.ts';
import { UserError } from '../graphql/errors.ts';
import { waitMs } from '../limits/buckets.ts';

// Failed logins are counted per e-mail (whether it has an account or not: the answers stay the same) and per
// address. Past a few failures on an e-mail its answers slow down; a full bucket locks that e-mail, or that address,
// until it drains. The lock is short and drains by itself, so an attacker cannot lock a real operator out for long.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


/** Runs `attempt` (which throws INVALID_CREDENTIALS on a wrong e-mail or password) under the login limits. */
export async function guardLogin<T>(app: App, email: string, address: string, attempt: () => Promise<T>): Promise<T> {
  const { buckets, limits } = app;
  const byEmail = { key: `login:email:${email}`, rule: limits.loginFailuresPerEmail };
  const byAddress = { key: `login:address:${address}`, rule: limits.loginFailuresPerAddress };
  const [emailLevel, addressLevel] = await Promise.all([buckets.add(byEmail.key, 0, byEmail.rule), buckets.add(byAddress.key, 0, byAddress.rule)]);
  for (const [level, bucket] of [[emailLevel, byEmail], [addressLevel, byAddress]] as const) {
    if (level.level + 1 > bucket.rule.capacity) {
      throw new UserError('THROTTLED', `Too many failed logins: try again in ${Math.max(1, Math.ceil(waitMs(level.level, 1, bucket.rule) / 1000))} s.`);
    }
  }
  const over = Math.floor(emailLevel.level) - limits.loginFailuresPerEmail.slowAfter;
  if (over >= 0) await sleep(Math.min(250 * 2 ** over, 4000));
  try {
    const result = await attempt();
    // The right password clears the e-mail's failures (not the address's).
    await buckets.add(byEmail.key, -Infinity, byEmail.rule, { force: true });
    return result;
  } catch (error) {
    if (error instanceof UserError && error.code === 'INVALID_CREDENTIALS') {
      await Promise.all([buckets.add(byEmail.key, 1, byEmail.rule, { force: true }), buckets.add(byAddress.key, 1, byAddress.rule, { force: true })]);
    }
    throw error;
  }
}
