import { afterAll, beforeAll, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { receiveClientMessage } from '../messages/message.service.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 1 });
});
afterAll(() => api?.stop());

it('gives every subscriber the shared result, and each its own per-viewer fields', async () => {
  const anna = await api.login('anna@demo.test', 'demo-operator');
  const boris = await api.login('boris@demo.test', 'demo-operator');
  const list: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, anna);
  const id = list.data.conversations.edges[0].node.id;
  await api.gql('mutation($c: ID!) { takeConversation(input: { conversationId: $c }) { userErrors { code } } }', { c: id }, anna);
  for (const [token, text] of [[anna, 'Anna’s draft'], [boris, 'Boris’s draft']] as const) {
    await api.gql('mutation($c: ID!, $t: String!) { saveDraft(input: { conversationId: $c, text: $t }) { draft } }', { c: id, t: text }, token);
  }
  const query = 'subscription { inboxEvents { kind message { text } conversation { id draft viewerCanAssign } } }';
  const plain = 'subscription { inboxEvents { kind message { text } } }';
  const seen = [collect(api.socket({ authorization: anna }), query), collect(api.socket({ authorization: boris }), query)];
  const others = [collect(api.socket({ authorization: anna }), plain), collect(api.socket({ authorization: boris }), plain)];
  await settle();

  const clientChannel = await api.app.orm.em.fork().findOneOrFail(ClientChannel, { platformId: 'visitor-seed-0' });
  await receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId: clientChannel.id, text: 'Hello there', dedupeKey: 'shared-1' });
  for (const s of [...seen, ...others]) await s.next(1);

  expect(seen.map((s) => s.received[0]?.data)).toEqual([
    { inboxEvents: { kind: 'MESSAGE_ADDED', message: { text: 'Hello there' }, conversation: { id, draft: 'Anna’s draft', viewerCanAssign: true } } },
    { inboxEvents: { kind: 'MESSAGE_ADDED', message: { text: 'Hello there' }, conversation: { id, draft: 'Boris’s draft', viewerCanAssign: false } } },
  ]);
  expect(others.map((s) => s.received[0]?.data)).toEqual([
    { inboxEvents: { kind: 'MESSAGE_ADDED', message: { text: 'Hello there' } } },
    { inboxEvents: { kind: 'MESSAGE_ADDED', message: { text: 'Hello there' } } },
  ]);
});
