import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { Client } from '../clients/client.entity.ts';

// Small limits that barely leak during a test, so that the counts are exact.
const limits = {
  trustProxyHops: 1,
  widgetStartsPerAddress: { capacity: 5, leakPerSecond: 0.05 },
  widgetStartsPerChannel: { capacity: 8, leakPerSecond: 0.05 },
};
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

let api: TestApi;
let owner: string;
// The buckets live in Redis, shared by runs: addresses of this run's own (channels are new in every database).
const run = randomBytes(4).toString('hex');
let addresses = 0;
/** An address no earlier request came from (the documentation prefix of IPv6). */
const freshAddress = () => `2001:db8:${run.slice(0, 4)}:${run.slice(4)}::${(++addresses).toString(16)}`;

beforeAll(async () => {
  api = await startTestApi({ worker: false, limits, redisUrl });
  await api.seed({ clients: 1 });
  await api.seed({ clients: 1, projectName: 'Other Shop', emailDomain: 'other.test', widgetKey: 'other-shop' });
  owner = await api.login('owner@demo.test', 'demo-owner');
});
afterAll(() => api?.stop());

type UserError = { code: string; message: string };
type StartAnswer = { widgetStart: { session: { visitorToken: string; messages: { text: string }[] } | null; userErrors: UserError[] } };
const start = `mutation($input: WidgetStartInput!) {
  widgetStart(input: $input) { session { visitorToken messages { text } } userErrors { code message } }
}`;

async function widgetStart(address: string, input: { publicKey: string; visitorToken?: string }) {
  const { body } = await api.request<StartAnswer>(start, { input }, undefined, { 'x-forwarded-for': address });
  expect(body.errors).toBeUndefined();
  return body.data!.widgetStart;
}

const clients = () => api.app.orm.em.fork().count(Client, {});

/** A web chat of the demo project's own, so that no other test has spent its channel's allowance. */
async function newWebChat(name: string) {
  const created = await api.gql<{ createChannel: { channel: { publicKey: string } } }>(
    'mutation($name: String!) { createChannel(input: { kind: WEBCHAT, name: $name }) { channel { publicKey } userErrors { code } } }',
    { name },
    owner,
  );
  return created.data!.createChannel.channel.publicKey;
}

const throttledAddress = { code: 'THROTTLED', message: expect.stringMatching(/^Too many new chats from this address: try again in \d+ s\.$/) };
const throttledChannel = { code: 'THROTTLED', message: expect.stringMatching(/^Too many new chats on this web chat: try again in \d+ s\.$/) };

describe('widgetStart limits', () => {
  it('refuse the sixth new visitor from one address with THROTTLED, creating no client for it', async () => {
    const publicKey = await newWebChat('Address limit chat');
    const address = freshAddress();
    const before = await clients();
    const tokens = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const answer = await widgetStart(address, { publicKey });
      expect(answer.userErrors).toEqual([]);
      tokens.add(answer.session!.visitorToken);
    }
    expect(tokens.size).toBe(5);
    expect(await clients()).toBe(before + 5);

    expect(await widgetStart(address, { publicKey })).toEqual({ session: null, userErrors: [throttledAddress] });
    expect(await clients()).toBe(before + 5);
    // The address is refused on every channel, not only the one it filled.
    expect(await widgetStart(address, { publicKey: 'other-shop' })).toEqual({ session: null, userErrors: [throttledAddress] });
    expect(await clients()).toBe(before + 5);
  });

  it('let no more new visitors through when one address sends them all at once', async () => {
    const publicKey = await newWebChat('Burst chat');
    const address = freshAddress();
    const before = await clients();
    const answers = await Promise.all(Array.from({ length: 20 }, () => widgetStart(address, { publicKey })));
    expect(answers.filter((answer) => answer.session)).toHaveLength(5);
    expect(answers.filter((answer) => answer.userErrors[0]?.code === 'THROTTLED')).toHaveLength(15);
    expect(await clients()).toBe(before + 5);
  });

  it('let a returning visitor back into the same session, creating nothing, even while the address is throttled', async () => {
    const publicKey = await newWebChat('Returning visitor chat');
    const address = freshAddress();
    const first = await widgetStart(address, { publicKey });
    const { visitorToken } = first.session!;
    const fresh = await clients();
    expect(await widgetStart(address, { publicKey, visitorToken })).toEqual({ session: { visitorToken, messages: [] }, userErrors: [] });
    expect(await clients()).toBe(fresh);
    await api.gql('mutation { widgetSend(input: { text: "Still there?", idempotencyKey: "k" }) { userErrors { code } } }', {}, `Visitor ${visitorToken}`);
    // The first visit and the four new visitors after it fill the address; the visit back spent nothing.
    for (let i = 0; i < 4; i++) expect((await widgetStart(address, { publicKey })).userErrors).toEqual([]);
    expect((await widgetStart(address, { publicKey })).userErrors).toEqual([throttledAddress]);

    const before = await clients();
    for (let i = 0; i < 3; i++) {
      expect(await widgetStart(address, { publicKey, visitorToken })).toEqual({
        session: { visitorToken, messages: [{ text: 'Still there?' }] },
        userErrors: [],
      });
    }
    expect(await clients()).toBe(before);
    // Coming back while throttled spent nothing either: the address is one new visitor over, 1 / 0.05 per second.
    const [refused] = (await widgetStart(address, { publicKey })).userErrors;
    expect(refused).toEqual(throttledAddress);
    expect(Number(/in (\d+) s/.exec(refused!.message)?.[1])).toBeLessThanOrEqual(20);
  });

  it('hold per channel across addresses, and leave other channels alone', async () => {
    const publicKey = await newWebChat('Channel limit chat');
    const before = await clients();
    for (let i = 0; i < 8; i++) expect((await widgetStart(freshAddress(), { publicKey })).userErrors).toEqual([]);
    const address = freshAddress();
    expect(await widgetStart(address, { publicKey })).toEqual({ session: null, userErrors: [throttledChannel] });
    expect(await clients()).toBe(before + 8);

    // The same new address on another channel, of this project and of another one: both still take visitors.
    const sibling = await newWebChat('Sibling chat');
    expect((await widgetStart(address, { publicKey: sibling })).userErrors).toEqual([]);
    expect((await widgetStart(address, { publicKey: 'other-shop' })).userErrors).toEqual([]);
    expect(await clients()).toBe(before + 10);
  });
});
