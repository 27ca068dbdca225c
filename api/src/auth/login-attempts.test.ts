import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';

// Small, fast limits. The leak is slow next to a test's few seconds, so the levels the rules look at are whole
// failures less a fraction; the e-mail's lock still drains within seconds.
const limits = {
  trustProxyHops: 1,
  loginFailuresPerEmail: { capacity: 5, leakPerSecond: 0.25, slowAfter: 2 },
  loginFailuresPerAddress: { capacity: 8, leakPerSecond: 0.25 },
};
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

let api: TestApi;
// The buckets live in Redis, shared by runs: e-mails and addresses of this run's own.
const run = randomBytes(4).toString('hex');
const domain = `login-${run}.test`;
const otherDomain = `login-other-${run}.test`;
let addresses = 0;
/** An address no earlier request came from (the documentation prefix of IPv6). */
const freshAddress = () => `2001:db8:${run.slice(0, 4)}:${run.slice(4)}::${(++addresses).toString(16)}`;
let unknownEmails = 0;
const unknownEmail = () => `nobody-${++unknownEmails}@${domain}`;

beforeAll(async () => {
  api = await startTestApi({ worker: false, limits, redisUrl });
  await api.seed({ clients: 1, emailDomain: domain });
  await api.seed({ clients: 1, emailDomain: otherDomain, projectName: 'Other Shop', widgetKey: 'other-shop' });
  // The first request warms the server and scrypt up, so that it is not mistaken for a slow answer.
  await api.login(`owner@${otherDomain}`, 'demo-owner');
});
afterAll(() => api?.stop());

type UserError = { code: string; message: string };
type LoginAnswer = { login: { token: string | null; userErrors: UserError[] } };
const mutation = 'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { token userErrors { code message } } }';

/** One login from `address`: its payload and how long the answer took. */
async function login(email: string, password: string, address: string) {
  const started = performance.now();
  const { body } = await api.request<LoginAnswer>(mutation, { email, password }, undefined, { 'x-forwarded-for': address });
  expect(body.errors).toBeUndefined();
  return { ...body.data!.login, ms: performance.now() - started };
}

async function failures(count: number, email: string, address: string) {
  const answers = [];
  for (let i = 0; i < count; i++) answers.push(await login(email, 'wrong password', address));
  return answers;
}

const wrong = { code: 'INVALID_CREDENTIALS', message: 'The e-mail or the password is wrong.' };
const locked = { code: 'THROTTLED', message: expect.stringMatching(/^Too many failed logins: try again in \d+ s\.$/) };
const retrySeconds = (error: UserError | undefined) => Number(/try again in (\d+) s/.exec(error?.message ?? '')?.[1]);

describe('failed logins for one e-mail', () => {
  it('are refused, answered more slowly past slowAfter, and then lock the e-mail, the right password included', async () => {
    const email = `owner@${domain}`;
    const answers = await failures(5, email, freshAddress());
    for (const answer of answers) expect(answer).toMatchObject({ token: null, userErrors: [wrong] });
    // The first failures are answered at once; the fifth waits out the slowdown's second step (500 ms). The fastest
    // of the first three is the yardstick, so that one slow answer on a busy machine does not count as the slowdown.
    const unslowed = Math.min(...answers.slice(0, 3).map((answer) => answer.ms));
    expect(answers[4]!.ms / unslowed).toBeGreaterThan(2);
    expect(answers[4]!.ms - unslowed).toBeGreaterThan(400);

    const next = await login(email, 'wrong password', freshAddress());
    expect(next).toMatchObject({ token: null, userErrors: [locked] });
    // The bucket is one failure over: 1 / 0.25 per second at most.
    expect(retrySeconds(next.userErrors[0])).toBeGreaterThanOrEqual(1);
    expect(retrySeconds(next.userErrors[0])).toBeLessThanOrEqual(4);
    // Locked means locked: the right password from another address gets the same answer and no token.
    expect(await login(email, 'demo-owner', freshAddress())).toMatchObject({ token: null, userErrors: [locked] });
  });

  it('get the same answers for an unknown e-mail, so that nobody can tell which e-mails have an account', async () => {
    // Side by side, so that both buckets have leaked the same. Until the known e-mail locks: on a busy machine the
    // slowdown's waits let the bucket leak a little, so the lock may come an attempt or two after the capacity.
    const [knownEmail, unknownOne, knownAddress, unknownAddress] = [`boris@${domain}`, unknownEmail(), freshAddress(), freshAddress()];
    const known: UserError[][] = [];
    const unknown: UserError[][] = [];
    while (known.length < 12 && known.at(-1)?.[0]?.code !== 'THROTTLED') {
      const [k, u] = await Promise.all([login(knownEmail, 'wrong password', knownAddress), login(unknownOne, 'wrong password', unknownAddress)]);
      known.push(k.userErrors);
      unknown.push(u.userErrors);
    }
    expect(known.slice(0, 5).map(([error]) => error?.code)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(known.at(-1)?.[0]?.code).toBe('THROTTLED');
    // The same answers, word for word but the seconds to wait (the two buckets leak a moment apart).
    const shape = (answers: UserError[][]) => answers.map((errors) => errors.map((error) => ({ ...error, message: error.message.replace(/\d+/g, 'N') })));
    expect(shape(unknown)).toEqual(shape(known));
  });

  it('lock for a while only: once the lock drains, the right password from a fresh address logs in', async () => {
    const email = `manager@${domain}`;
    await failures(5, email, freshAddress());
    const lockedAt = performance.now();
    const refused = await login(email, 'demo-manager', freshAddress());
    expect(refused).toMatchObject({ token: null, userErrors: [locked] });
    const promised = retrySeconds(refused.userErrors[0]);

    const address = freshAddress();
    await expect.poll(async () => (await login(email, 'demo-manager', address)).token, { timeout: 10_000, interval: 200 }).toMatch(/^ses_/);
    // Not long after the time the lock said (the poll's step and the slowdown's wait on top).
    expect(performance.now() - lockedAt).toBeLessThan(promised * 1000 + 2000);
  });

  it('are forgotten after a successful login: the e-mail gets its whole allowance again', async () => {
    const email = `anna@${domain}`;
    const address = freshAddress();
    await failures(4, email, address);
    expect((await login(email, 'demo-operator', address)).token).toMatch(/^ses_/);
    // Without the reset the second of these would be locked (4 + 2 failures > 5).
    const again = await failures(5, email, freshAddress());
    for (const answer of again) expect(answer.userErrors).toEqual([wrong]);
    expect((await login(email, 'wrong password', freshAddress())).userErrors).toEqual([locked]);
  });
});

describe('failed logins from one address', () => {
  it('lock that address whatever the e-mails, while another address still logs in', async () => {
    const address = freshAddress();
    // Different e-mails, so that no e-mail's own limit is reached: only the address's.
    for (let i = 0; i < 8; i++) expect((await login(unknownEmail(), 'wrong password', address)).userErrors).toEqual([wrong]);
    expect((await login(unknownEmail(), 'wrong password', address)).userErrors).toEqual([locked]);
    const email = `owner@${otherDomain}`;
    expect(await login(email, 'demo-owner', address)).toMatchObject({ token: null, userErrors: [locked] });
    expect((await login(email, 'demo-owner', freshAddress())).token).toMatch(/^ses_/);
  });
});

describe('failed logins arriving all at once', () => {
  it('check no more passwords than the e-mail’s capacity, and lock it no longer than one at a time would', async () => {
    const email = unknownEmail();
    const answers = await Promise.all(Array.from({ length: 30 }, () => login(email, 'wrong password', freshAddress())));
    const checked = answers.filter((answer) => answer.userErrors[0]?.code === 'INVALID_CREDENTIALS');
    expect(checked.length).toBeLessThanOrEqual(limits.loginFailuresPerEmail.capacity);
    expect(answers.filter((answer) => answer.userErrors[0]?.code === 'THROTTLED').length).toBe(30 - checked.length);
    // A full bucket drains one failure in 1 / leakPerSecond seconds: the lock says about that, not minutes.
    const waits = answers.map((answer) => retrySeconds(answer.userErrors[0])).filter((seconds) => seconds > 0);
    expect(Math.max(...waits)).toBeLessThanOrEqual(Math.ceil(1 / limits.loginFailuresPerEmail.leakPerSecond) + 1);
  });
});

