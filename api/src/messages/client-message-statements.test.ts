import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../test/harness.ts';

// A visitor's message to their open conversation, in a project without business processes: the token, the message
// (stored with its conversation's and client's changes, its events, and whether processes need a look), then the
// outbox's drain taking its events out and logging them in one statement (pubsub/outbox.ts).

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await api.seed({ clients: 1 });
});
afterAll(() => api?.stop());

it('stores a client message to an open conversation in three statements when no process is published', async () => {
  const start = await api.gql<{ widgetStart: { session: { visitorToken: string } } }>('mutation { widgetStart(input: { publicKey: "demo-shop" }) { session { visitorToken } } }');
  const visitor = `Visitor ${start.data!.widgetStart.session.visitorToken}`;
  const send = (text: string) => api.gql('mutation($t: String!) { widgetSend(input: { text: $t, idempotencyKey: $t }) { message { id } } }', { t: text }, visitor);
  await send('First: opens the conversation');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await api.countQueries(() => send('Second: into the open conversation'))).toBeLessThanOrEqual(3);
});
