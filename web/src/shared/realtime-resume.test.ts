// The inbox's resuming subscribe (realtime.ts) against the real api: a reconnect sends the last cursor and misses
// nothing; a resume the server refuses starts over from the position it gives and asks for the state to be loaded.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { eventually, startTestApi, type TestApi } from '../../../api/test/harness.ts';
import { ClientChannel } from '../../../api/src/clients/client-channel.entity.ts';
import { receiveClientMessage } from '../../../api/src/messages/message.service.ts';
import { maxReplay } from '../../../api/src/pubsub/stream.ts';
import { announce } from '../../../api/src/pubsub/outbox.ts';
import { createLiveSocket } from './realtime.ts';

let api: TestApi;
let token: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 2 });
  token = await api.login('anna@demo.test', 'demo-operator');
});
afterAll(() => api?.stop());

const query = 'subscription($after: String) { inboxEvents(after: $after) { kind message { text } } }';
type Answer = { data?: { inboxEvents: { kind: string; message: { text: string } | null } } | null };

it('resumes after a dropped socket, and starts over from the given position when too much was missed', async () => {
  const channel = await api.app.orm.em.fork().findOneOrFail(ClientChannel, { platformId: 'visitor-seed-0' });
  const write = (text: string) => receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId: channel.id, text, dedupeKey: text });
  const live = createLiveSocket({ url: `${api.url.replace('http', 'ws')}/graphql`, connectionParams: () => ({ authorization: token }) });
  const answers: Answer[] = [];
  const stop = live.subscribe<Answer['data']>({ query }, { next: (answer) => void answers.push(answer as Answer), error: () => {}, complete: () => {} });
  const texts = () => answers.flatMap((answer) => (answer.data?.inboxEvents.kind === 'MESSAGE_ADDED' ? [answer.data.inboxEvents.message!.text] : []));
  await eventually(async () => live.state() === 'connected');
  await write('Before the drop');
  await eventually(async () => texts().includes('Before the drop'));

  // Dropped: what arrives meanwhile comes after the reconnect, once.
  live.ws.terminate();
  for (const text of ['Away 1', 'Away 2', 'Away 3']) await write(text);
  await eventually(async () => texts().includes('Away 3'));
  expect(texts()).toEqual(['Before the drop', 'Away 1', 'Away 2', 'Away 3']);
  expect(live.resyncs()).toBe(0);

  // Dropped while more than can be replayed happened: the lists are to be loaded again, and it goes on live.
  await api.stopServer();
  const conversation = (await api.app.orm.em.fork().getConnection().execute<{ projectId: string; id: string }[]>('select project_id as "projectId", id from conversation where client_id = ?', [channel.clientId]))[0]!;
  const event = { kind: 'CONVERSATION_UPDATED', conversationId: conversation.id };
  await api.app.orm.em.fork().transactional((tx) => announce(tx, ...Array.from({ length: maxReplay + 1 }, () => ({ topic: `inbox:${conversation.projectId}`, event }))));
  await api.startServer();
  await eventually(async () => live.resyncs() === 1, 30_000);
  await write('After the resync');
  await eventually(async () => texts().includes('After the resync'));
  expect(texts().filter((text) => text.startsWith('Away'))).toHaveLength(3);
  stop();
  live.dispose();
}, 60_000);
