// The hostile operations of issue 8, each refused before it runs, in milliseconds, changing nothing, while a
// normal request sent at the same time is answered normally; and the cost every answer reports and the throttle
// that counts it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';

let api: TestApi;
let boris: string;

const nested = (levels: number, leaf = 'id') => {
  let selection = leaf;
  for (let level = 0; level < levels; level++) selection = `id teams { id members { ${selection} } }`;
  return selection;
};
const normal = '{ conversations(first: 10) { edges { node { id client { name } } } } }';

beforeAll(async () => {
  // A small bucket, so that a few operations exhaust it; the other limits at their defaults.
  api = await startTestApi({ worker: false, limits: { costBucket: { capacity: 6000, leakPerSecond: 1000 } } });
  await api.seed({ clients: 3 });
  boris = await api.login('boris@demo.test', 'demo-operator');
});
afterAll(() => api?.stop());

/**
 * Sends the hostile document (from a session of its own: each refusal is charged to its caller) and a normal one
 * together: the first is refused in milliseconds, the second answered.
 */
async function refusedBeside(query: string) {
  const token = await api.login('anna@demo.test', 'demo-operator');
  const started = Date.now();
  const [hostile, calm] = await Promise.all([api.request(query, {}, token), api.request(normal, {}, boris)]);
  const elapsed = Date.now() - started;
  expect(calm.body.errors).toBeUndefined();
  expect(calm.body.data?.conversations.edges).toHaveLength(3);
  expect(hostile.body.data).toBeUndefined();
  expect(elapsed).toBeLessThan(2000);
  return { status: hostile.status, error: hostile.body.errors?.[0] as { message: string; extensions: Record<string, unknown> } };
}

describe('operation limits', () => {
  it('refuses the fifteen-level me → teams → members query by depth, with the limit and the value', async () => {
    const { status, error } = await refusedBeside(`{ me { operator { ${nested(7)} } } }`);
    expect(status).toBe(400);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'DEPTH', maximum: 10, value: 17 });
    expect(error.message).toBe('Query depth limit of 10 exceeded, found 17.');
  });

  it('refuses the six-level operators → teams → members query (175 bytes) by its cost', async () => {
    const query = `{ operators { ${nested(3)} } }`;
    expect(query.length).toBeLessThan(200);
    const { error } = await refusedBeside(query);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'COST', maximum: 5000 });
    expect(error.extensions.value).toBeGreaterThan(1_000_000);
  });

  it('stops parsing 1,000 aliased searches at the token limit', async () => {
    const flood = Array.from({ length: 1000 }, (_, i) => `a${i}: conversations(first: 100, filter: { search: "order" }) { edges { node { id } } }`).join(' ');
    const { error } = await refusedBeside(`{ ${flood} }`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'TOKENS', maximum: 2000 });
  });

  it('refuses 16 aliases, and 51 directives', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: me { project { name } }`).join(' ');
    const fifteen = Array.from({ length: 15 }, (_, i) => `a${i}: me { project { name } }`).join(' ');
    expect((await api.request(`{ ${fifteen} }`, {}, boris)).status).toBe(200);
    expect((await refusedBeside(`{ ${aliases} }`)).error.extensions).toMatchObject({ limit: 'ALIASES', maximum: 15, value: 16 });
    const directives = Array.from({ length: 51 }, () => '@include(if: true)').join(' ');
    expect((await refusedBeside(`{ me ${directives} { project { name } } }`)).error.extensions).toMatchObject({ limit: 'DIRECTIVES', maximum: 50, value: 51 });
  });

  it('refuses 100 aliases of nested 100 × 100 connections by cost, and 10 of them too', async () => {
    const connections = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: conversations(first: 100) { edges { node { id messages(first: 100) { edges { node { id } } } } } }`).join(' ');
    expect((await refusedBeside(`{ ${connections(100)} }`)).error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    const ten = await refusedBeside(`{ ${connections(10)} }`);
    expect(ten.error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'COST' });
    expect(ten.error.message).toMatch(/^Query cost limit of 5000 exceeded, found \d+/);
  });

  it('counts fragments spread again and again, whatever their nesting', async () => {
    // Each fragment spreads the next one ten times: 10^5 fields from 80 tokens.
    const fragments = ['fragment F0 on Project { name }', ...Array.from({ length: 5 }, (_, i) => `fragment F${i + 1} on Project { ${Array(10).fill(`...F${i}`).join(' ')} }`)];
    const { error } = await refusedBeside(`{ me { project { ...F5 } } } ${fragments.join(' ')}`);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
  });
});

describe('cost and throttle', () => {
  it('reports the requested and the actual cost with the bucket in every answer, and refunds the difference', async () => {
    const token = await api.login('owner@demo.test', 'demo-owner');
    const { body } = await api.request('{ conversations(first: 50) { edges { node { id client { name } } } } }', {}, token);
    const cost = body.extensions?.cost;
    // 1 + 50 × (edge 1 + node 1 + client 1); three conversations came back: 3 × 3 objects and the connection.
    expect(cost).toMatchObject({ requestedQueryCost: 151, actualQueryCost: 10, throttleStatus: { maximumAvailable: 6000, restoreRate: 1000 } });
    expect(cost.throttleStatus.currentlyAvailable).toBeGreaterThan(6000 - 151);
  });

  it('throttles a caller whose requested cost is not available with 429 and Retry-After, while others go on', async () => {
    const token = await api.login('anna@demo.test', 'demo-operator');
    // 4,301 points requested each: the bucket (6,000) holds one at a time; the unused part comes back afterwards.
    const expensive = '{ a: conversations(first: 100) { edges { node { client { tags { id } lists { id } } } } } }';
    const answers = await Promise.all([1, 2, 3, 4, 5, 6].map(() => api.request(expensive, {}, token)));
    expect(answers.map((answer) => answer.status)).toContain(200);
    expect(answers.map((answer) => answer.status)).toContain(429);
    const refused = answers.find((answer) => answer.status === 429)!;
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({ code: 'THROTTLED' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(refused.body.extensions?.cost.throttleStatus.currentlyAvailable).toBeLessThan(4201);
    // Another session of another operator is not affected.
    expect((await api.request(normal, {}, boris)).status).toBe(200);
    // The bucket refills at its restore rate.
    await expect.poll(async () => (await api.request(expensive, {}, token)).status, { timeout: 5000, interval: 250 }).toBe(200);
  });

  it('charges a refused operation the most an operation may cost, so that a caller repeating them is throttled', async () => {
    const token = await api.login('boris@demo.test', 'demo-operator');
    const hostile = `{ operators { ${nested(3)} } }`;
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await api.request(hostile, {}, token)).status);
    // 6,000 points: one refusal (5,000) fits, the second one's penalty empties the bucket, the third is throttled.
    expect(statuses.slice(0, 2)).toEqual([400, 400]);
    expect(statuses.slice(2)).toEqual([429, 429]);
  });

  it('throttles an address that keeps sending tokens that work for nobody', async () => {
    const small = await startTestApi({ worker: false, limits: { badCredentialsPerAddress: { capacity: 3, leakPerSecond: 0.5 } } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await small.request('{ me { project { name } } }', {}, `Bearer ses_made_up_${i}`)).status);
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await small.stop();
    }
  });
});
