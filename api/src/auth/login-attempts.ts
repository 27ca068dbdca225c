import { setTimeout as sleep } from 'node:timers/promises';
import type { App } from '../context.ts';
import { UserError } from '../graphql/errors.ts';
import { spendAttempts } from '../limits/throttle.ts';
import { authErrors } from './auth.errors.ts';

// Failed logins are counted per e-mail (whether it has an account or not: the answers stay the same) and per
// address. Past a few failures on an e-mail its answers slow down; a full bucket locks that e-mail, or that address,
// until it drains. The lock is short and drains by itself, so an attacker cannot lock a real operator out for long.

/** Runs `attempt` (which throws INVALID_CREDENTIALS on a wrong e-mail or password) under the login limits. */
export async function guardLogin<T>(app: App, email: string, address: string, attempt: () => Promise<T>): Promise<T> {
  const { buckets, limits } = app;
  const byEmail = { key: `login:email:${email}`, rule: limits.loginFailuresPerEmail, refuse: authErrors.LOGIN_THROTTLED };
  const byAddress = { key: `login:address:${address}`, rule: limits.loginFailuresPerAddress, refuse: authErrors.LOGIN_THROTTLED };
  // Every attempt is counted as a failure before the password is checked, atomically, so that attempts arriving
  // all at once cannot all be checked before the first failure is counted; it is given back unless it failed.
  const spent = await spendAttempts(buckets, [byEmail, byAddress]);
  const over = Math.floor(spent.levels[0]!) - 1 - limits.loginFailuresPerEmail.slowAfter;
  if (over >= 0) await sleep(Math.min(250 * 2 ** over, 4000));
  try {
    const result = await attempt();
    // The right password clears the e-mail's failures; the address keeps its others.
    await Promise.all([spent.giveBack(), buckets.add(byEmail.key, -Infinity, byEmail.rule, { force: true })]);
    return result;
  } catch (error) {
    if (!(error instanceof UserError && error.code === 'INVALID_CREDENTIALS')) await spent.giveBack();
    throw error;
  }
}
