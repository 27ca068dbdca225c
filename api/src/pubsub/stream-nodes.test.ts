// Resuming across api nodes (Redis pub/sub): visitors write through two nodes at once; a subscriber on either gets the
// events in number order, and one resuming from any cursor on the other node gets exactly the rest.
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collect, eventually, startApiProcess, startTestApi, type TestApi } from '../../test/harness.ts';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
let api: TestApi;
let other: Awaited<ReturnType<typeof startApiProcess>>;

beforeAll(async () => {
  api = await startTestApi({ worker: false, redisUrl });
  await api.seed({ clients: 2 });
  other = await startApiProcess(api, redisUrl);
});
afterAll(async () => {
  await other?.kill();
  await api?.stop();
});

async function post<T>(url: string, query: string, variables: Record<string, unknown>, authorization?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return ((await response.json()) as { data: T }).data;
}

const socketTo = (url: string, authorization: string) =>
  createClient({ url: `${url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization }, retryAttempts: 0, lazy: true });

const document = 'subscription($after: String) { inboxEvents(after: $after) { kind message { text } } }';
type Answer = { inboxEvents: { kind: string; message: { text: string } | null } };
const seqOf = (answer: unknown) => Number((answer as { extensions: { cursor: string } }).extensions.cursor.split('.')[0]);
const textOf = (answer: { data?: Answer }) => answer.data?.inboxEvents.message?.text ?? null;

it('delivers a topic’s events in number order on every node, and resumes on one node from a cursor of the other', async () => {
  const anna = await api.login('anna@demo.test', 'demo-operator');
  const nodes = [api.url, other.url];
  // Four visitors, two on each node, writing at once.
  const visitors = await Promise.all(
    [0, 1, 2, 3].map(async (i) => {
      const start = await post<{ widgetStart: { session: { visitorToken: string } } }>(
        nodes[i % 2]!,
        'mutation($input: WidgetStartInput!) { widgetStart(input: $input) { session { visitorToken } } }',
        { input: { publicKey: 'demo-shop', name: `Visitor ${i}` } },
      );
      return { node: nodes[i % 2]!, token: `Visitor ${start.widgetStart.session.visitorToken}` };
    }),
  );
  const here = collect<Answer>(socketTo(api.url, anna), document);
  const there = collect<Answer>(socketTo(other.url, anna), document);
  await new Promise((resolve) => setTimeout(resolve, 500));

  const texts: string[] = [];
  await Promise.all(
    visitors.map(async ({ node, token }, v) => {
      for (let i = 1; i <= 15; i++) {
        const text = `Visitor ${v} says ${i}`;
        texts.push(text);
        await post(node, 'mutation($input: WidgetSendInput!) { widgetSend(input: $input) { message { id } } }', { input: { text, idempotencyKey: text } }, token);
      }
    }),
  );
  const messages = (subscription: { received: { data?: Answer }[] }) => subscription.received.filter((answer) => textOf(answer) !== null);
  for (const subscription of [here, there]) await eventually(async () => messages(subscription).length >= texts.length);

  for (const subscription of [here, there]) {
    const seqs = subscription.received.map(seqOf);
    expect(seqs).toEqual(seqs.toSorted((a, b) => a - b));
    expect(messages(subscription).map(textOf).toSorted()).toEqual(texts.toSorted());
  }
  // From the 20th message's cursor of this node, on the other node: exactly what came after it.
  const mark = messages(here)[19]!;
  const rest = here.received.filter((answer) => seqOf(answer) > seqOf(mark)).map(textOf);
  const resumed = collect<Answer>(socketTo(other.url, anna), document, { after: (mark as { extensions?: { cursor?: string } }).extensions!.cursor });
  await eventually(async () => resumed.received.length >= rest.length);
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(resumed.received.map(textOf)).toEqual(rest);
}, 90_000);
