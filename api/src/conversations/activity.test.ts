import { afterAll, beforeAll, expect, it } from 'vitest';
import { collect, settle, startTestApi, type TestApi } from '../../test/harness.ts';

let api: TestApi;
let anna: string;
let boris: string;
let conversationId: string;

beforeAll(async () => {
  api = await startTestApi({ worker: false });
  await api.seed({ clients: 1 });
  anna = await api.login('anna@demo.test', 'demo-operator');
  boris = await api.login('boris@demo.test', 'demo-operator');
  const list: any = await api.gql('{ conversations(first: 1) { edges { node { id } } } }', {}, anna);
  conversationId = list.data.conversations.edges[0].node.id;
});
afterAll(() => api?.stop());

const activity = 'subscription($id: ID!) { conversationActivity(conversationId: $id) { operator { name } viewing typing } }';

it('shows who else views and types in a conversation, and when they leave', async () => {
  const annaSees = collect(api.socket({ authorization: anna }), activity, { id: conversationId });
  await settle();
  const borisSocket = api.socket({ authorization: boris });
  const borisSees = collect(borisSocket, activity, { id: conversationId });

  // Anna sees Boris arrive; Boris learns Anna was already there.
  await annaSees.next(1);
  await borisSees.next(1);
  expect(annaSees.received[0]?.data).toEqual({ conversationActivity: { operator: { name: 'Boris Operator' }, viewing: true, typing: false } });
  expect(borisSees.received[0]?.data).toEqual({ conversationActivity: { operator: { name: 'Anna Operator' }, viewing: true, typing: false } });

  await api.gql('mutation($id: ID!) { setTyping(input: { conversationId: $id, typing: true }) { typing } }', { id: conversationId }, boris);
  await annaSees.next(2);
  expect(annaSees.received[1]?.data).toEqual({ conversationActivity: { operator: { name: 'Boris Operator' }, viewing: true, typing: true } });
  // Nobody is told about themself.
  expect(borisSees.received.every((r) => r.data?.conversationActivity.operator.name !== 'Boris Operator')).toBe(true);

  borisSees.dispose();
  await annaSees.next(3);
  expect(annaSees.received[2]?.data).toEqual({ conversationActivity: { operator: { name: 'Boris Operator' }, viewing: false, typing: false } });
});

it('is refused for a conversation of another project or an unknown one', async () => {
  const sub = collect(api.socket({ authorization: anna }), activity, { id: 'nope' });
  await sub.next(1);
  expect(sub.received[0]?.errors?.[0]?.message).toBe('No such conversation.');
  const typing: any = await api.gql('mutation { setTyping(input: { conversationId: "nope", typing: true }) { typing userErrors { code } } }', {}, anna);
  expect(typing.data.setTyping).toEqual({ typing: null, userErrors: [{ code: 'NOT_FOUND' }] });
});
