import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collect, eventually, settle, startTestApi, type TestApi } from '../../test/harness.ts';
import { ClientChannel } from '../clients/client-channel.entity.ts';
import { receiveClientMessage } from '../messages/message.service.ts';
import { presenceSqlTag } from '../operators/presence-lease.service.ts';
import { wholeExecutions } from './shared-subscription.ts';

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

/** A visitor's message, as a messenger would bring it: an inboxEvents event for the project's operators. */
async function visitorWrites(text = `Hello ${randomUUID()}`) {
  const clientChannel = await api.app.orm.em.fork().findOneOrFail(ClientChannel, { platformId: 'visitor-seed-0' });
  await receiveClientMessage(api.app, api.app.orm.em.fork(), { clientChannelId: clientChannel.id, text, dedupeKey: text });
  return text;
}

/** A bare graphql-transport-ws socket subscribed as `authorization`, keeping every `next` frame's text as it came. */
async function rawSubscriber(authorization: string, query: string, operationName?: string) {
  const socket = new WebSocket(`${api.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const frames: string[] = [];
  const acknowledged = new Promise<void>((resolve, reject) => {
    socket.on('message', (data) => {
      const text = String(data);
      if (text.includes('"connection_ack"')) resolve();
      else if (text.includes('"next"')) frames.push(text);
    });
    socket.once('close', (code) => reject(new Error(`closed with ${code}`)));
  });
  await new Promise((resolve) => socket.once('open', resolve));
  socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization } }));
  await acknowledged;
  socket.send(JSON.stringify({ id: 'same-id', type: 'subscribe', payload: { query, operationName } }));
  return { socket, frames };
}

/** Visitor messages until every subscriber got one (graphql-ws acknowledges no subscribe); the last one's text. */
async function untilAllListen(...subscribers: { frames: string[] }[]) {
  for (let attempt = 0; attempt < 50; attempt++) {
    const text = await visitorWrites();
    await settle(100);
    if (subscribers.every((subscriber) => subscriber.frames.some((frame) => frame.includes(text)))) return text;
  }
  throw new Error('the subscriptions never received an event');
}

it('sends operators who may see different things their own frame, and one session’s sockets the same answer', async () => {
  const manager = await api.login('manager@demo.test', 'demo-manager');
  const boris = await api.login('boris@demo.test', 'demo-operator');
  // Per-viewer fields whose answers differ between the two (a manager may assign, an operator may not).
  const query = 'subscription { inboxEvents { kind message { text viewerCanEdit } conversation { id viewerCanAssign viewerCanTake draft } } }';
  const [managerTab, managerOtherTab, borisTab] = [await rawSubscriber(manager, query), await rawSubscriber(manager, query), await rawSubscriber(boris, query)];
  const text = await untilAllListen(managerTab, managerOtherTab, borisTab);

  const frameOf = (subscriber: { frames: string[] }) => subscriber.frames.find((frame) => frame.includes(text))!;
  const dataOf = (frame: string) => (JSON.parse(frame) as { payload: { data: { inboxEvents: { conversation: { id: string } } } } }).payload.data;
  // Each operator's frame answers what that operator's own query answers for the same conversation.
  const id = dataOf(frameOf(borisTab)).inboxEvents.conversation.id;
  const own = async (token: string) => ((await api.gql('query($id: ID!) { node(id: $id) { ... on Conversation { viewerCanAssign viewerCanTake draft } } }', { id }, token)).data as { node: object }).node;
  expect(dataOf(frameOf(managerTab)).inboxEvents.conversation).toEqual({ id, ...(await own(manager)) });
  expect(dataOf(frameOf(borisTab)).inboxEvents.conversation).toEqual({ id, ...(await own(boris)) });
  expect(frameOf(managerTab)).not.toEqual(frameOf(borisTab));
  // One session's two sockets: the same text, serialized once (each subscription's own cost report after it).
  const shared = (frame: string) => frame.slice(0, frame.indexOf(',"extensions":'));
  expect(shared(frameOf(managerOtherTab))).toEqual(shared(frameOf(managerTab)));
  expect(shared(frameOf(managerTab))).not.toEqual(shared(frameOf(borisTab)));
  for (const subscriber of [managerTab, managerOtherTab, borisTab]) subscriber.socket.close();
});

it('executes a document with per-viewer fields whole once per distinct answer to them, not once per session', async () => {
  // Two sessions of the manager, two operators of the same role, and the web's own fragments (per-viewer fields
  // inside them): two kinds of answer, so two executions of the whole document an event.
  const sessions = [await api.login('manager@demo.test', 'demo-manager'), await api.login('manager@demo.test', 'demo-manager'), await api.login('anna@demo.test', 'demo-operator'), await api.login('boris@demo.test', 'demo-operator')];
  const query = `subscription Shares { inboxEvents { kind message { ...Mine } conversation { id viewerCanAssign client { id } } } }
    fragment Mine on Message { id text viewerCanEdit viewerCanDelete }`;
  const subscribers: Awaited<ReturnType<typeof rawSubscriber>>[] = [];
  for (const session of sessions) subscribers.push(await rawSubscriber(session, query, 'Shares'));
  await untilAllListen(...subscribers);
  await settle(200);
  const before = wholeExecutions.get('Shares') ?? 0;
  const text = await visitorWrites();
  await eventually(async () => subscribers.every((subscriber) => subscriber.frames.some((frame) => frame.includes(text))));
  // Each frame answers what that session's own query answers; one execution per distinct answer (the manager's two
  // sessions share one at least).
  const frames = subscribers.map((subscriber) => JSON.parse(subscriber.frames.find((frame) => frame.includes(text))!).payload.data.inboxEvents);
  const own = await Promise.all(
    sessions.map(async (session, i) => {
      const { message, conversation } = frames[i];
      const answer: any = await api.gql('query($m: ID!, $c: ID!) { m: node(id: $m) { ... on Message { viewerCanEdit viewerCanDelete } } c: node(id: $c) { ... on Conversation { viewerCanAssign } } }', { m: message.id ?? '', c: conversation.id }, session);
      return JSON.stringify([answer.data.m, answer.data.c]);
    }),
  );
  frames.forEach((frame, i) => expect(JSON.stringify([{ viewerCanEdit: frame.message.viewerCanEdit, viewerCanDelete: frame.message.viewerCanDelete }, { viewerCanAssign: frame.conversation.viewerCanAssign }])).toBe(own[i]));
  expect(new Set(own).size).toBeLessThan(sessions.length);
  expect((wholeExecutions.get('Shares') ?? 0) - before).toBe(new Set(own).size);
  for (const subscriber of subscribers) subscriber.socket.close();
});

it('checks a socket’s token once, on connect: its subscriptions start without another token query', async () => {
  const anna = await api.login('anna@demo.test', 'demo-operator');
  const client = await api.connect({ authorization: anna });
  const before = api.queries.length;
  const first = collect(client, 'subscription { inboxEvents { message { text } } }');
  const second = collect(client, 'subscription { clientsChanged { clientIds } }');
  const text = await untilAllListen({ get frames() { return first.received.map((result) => JSON.stringify(result)); } });
  await settle(100);
  expect(text).toBeTruthy();
  expect(second.failure).toBeNull();
  // Presence renewals (on timers) read tokens too; the subscribes themselves read none.
  const tokenQueries = api.queries.slice(before).filter((line) => /\bauth_token\b/.test(line) && !line.startsWith(presenceSqlTag));
  expect(tokenQueries).toEqual([]);
});

it('gives live sockets a project’s changed settings: the next event answers with the roles it now lets delete messages', async () => {
  const owner = await api.login('owner@demo.test', 'demo-owner');
  const anna = await api.login('anna@demo.test', 'demo-operator');
  const query = 'subscription Deletes { inboxEvents { message { text viewerCanDelete } } }';
  const subscriber = await rawSubscriber(anna, query, 'Deletes');
  const deletable = async (text: string) => {
    const frame = await eventually(async () => subscriber.frames.find((candidate) => candidate.includes(text)));
    return JSON.parse(frame).payload.data.inboxEvents.message.viewerCanDelete;
  };
  expect(await deletable(await untilAllListen(subscriber))).toBe(false);
  const changed: any = await api.gql('mutation { updateProjectSettings(input: { messageDeletionRoles: [OWNER, OPERATOR] }) { userErrors { code } } }', {}, owner);
  expect(changed.data.updateProjectSettings.userErrors).toEqual([]);
  // The same socket, not a new one: the change reaches it (over pub/sub, as from any node) without a reconnect.
  await eventually(async () => (await deletable(await visitorWrites())) === true);
  expect(subscriber.socket.readyState).toBe(WebSocket.OPEN);
  await api.gql('mutation { updateProjectSettings(input: { messageDeletionRoles: [OWNER] }) { userErrors { code } } }', {}, owner);
  subscriber.socket.close();
});
